package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.RowErrors;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.PredictionBand;

/**
 * The acceptance check of forecasts on real curves (issue 16), on the shipped band-gap demo
 * (bandgap-v1, all 106,113 DFT rows, 10 sizes to 100,000, 5 repetitions, m = 3,683): cut the study
 * at 4,642, 10,000 and 21,544 as if it had stopped there, analyse what was measured up to the cut
 * with the default options (per-test-row errors and convergence flags of those cells kept), and
 * compare the forecast at n = 100,000 with what the full study measured there. Every cut's 90%
 * forecast band holds the measured mean, or the forecast is graded "do not extrapolate"; from the
 * cut 21,544, where the regime is established over three sizes (4.6x extrapolation), it holds the
 * measured mean and is graded caution or better. Prints the numbers the sample-data README quotes.
 */
class BandGapForecastsFromShorterStudiesTest {
  private static final Path RESULTS = SampleFolder.repositorySamples()
      .resolve(SampleDataBuilder.BANDGAP).resolve(SampleDataBuilder.RESULTS);
  private static final String STRATEGY = DemoFit.STRATEGY;
  private static final int M = SampleDataBuilder.BANDGAP_ALL_TRAINING_ROWS;
  private static final long FORECAST_N = 100_000;

  /** What the analysis of a study cut at {@code cut} says at n = 100,000. */
  record Outcome(long cut, String law, BandPoint at100k, TrustAssessment grade, double measured) {
    boolean holds() {
      return at100k.forecast().contains(measured);
    }

    String line() {
      Interval band = at100k.forecast();
      Interval mean = at100k.meanCurve();
      return String.format(Locale.ROOT, "cut %,d: %s; at n = 100,000 forecast %.3f, mean-curve band"
          + " %.3f-%.3f, forecast band %.3f-%.3f, measured %.3f (%s); grade %s: %s", cut, law,
          at100k.fitted(), mean.lower(), mean.upper(), band.lower(), band.upper(), measured,
          holds() ? "inside" : "outside", grade.level().label(), grade.reason());
    }
  }

  private static LearningCurveTable full;
  private static double measured;

  @BeforeAll
  static void readTheShippedStudy() {
    full = StudyResults.read(RESULTS, null);
    assertTrue(full.hasRowErrors(), "the demo keeps its per-test-row errors");
    LearningCurve curve = full.curve(STRATEGY, M).orElseThrow();
    measured = curve.mean(curve.indexOf(FORECAST_N));
  }

  @ParameterizedTest
  @ValueSource(longs = {4_642, 10_000, 21_544})
  void eachCutEitherHoldsTheMeasuredErrorAtOneHundredThousandOrSaysDoNotExtrapolate(long cut) {
    Outcome outcome = forecastFrom(cut);
    System.out.println(outcome.line());
    assertTrue(outcome.holds() || outcome.grade().level() == TrustLevel.DO_NOT_EXTRAPOLATE,
        outcome.line());
  }

  @Test
  void fromTheEstablishedRegimeTheForecastHoldsTheMeasuredErrorWithCautionOrBetter() {
    Outcome outcome = forecastFrom(21_544);
    assertTrue(outcome.holds(), outcome.line());
    assertTrue(outcome.grade().level() == TrustLevel.GOOD
        || outcome.grade().level() == TrustLevel.CAUTION, outcome.line());
  }

  /**
   * The cells with n <= cut (and the scratch baseline) of the m = 3,683 curve, with their per-row
   * errors and convergence flags, analysed as a study of their own.
   */
  static Outcome forecastFrom(long cut) {
    LearningCurveTable table = cut(full, cut);
    CurveAnalysis curve = ScalingAnalyzer.analyze(table, FitOptions.defaults(), STRATEGY)
        .curve(STRATEGY, M).orElseThrow();
    assertEquals(cut, curve.largestMeasuredN());
    assertNotNull(curve.fit(), curve.trust().sentence());
    double factor = (double) FORECAST_N / cut;
    TrustAssessment grade = Forecaster.forecastTrust(curve.trust(), factor, factor, Double.NaN);
    return new Outcome(cut, curve.lawSentence(), PredictionBand.at(curve, FORECAST_N), grade,
        measured);
  }

  private static LearningCurveTable cut(LearningCurveTable table, long cut) {
    List<Observation> kept = table.observations().stream()
        .filter(o -> o.m() == M && (o.isBaseline() || (o.strategy().equals(STRATEGY) && o.n() <= cut)))
        .toList();
    RowErrors rows = table.rowErrors();
    assertNotNull(rows);
    assertEquals(RowErrors.Kind.ABSOLUTE, rows.kind(), "MAE: the rows hold absolute errors");
    Map<RowErrors.CellKey, float[]> errors = new HashMap<>();
    Map<RowErrors.CellKey, Boolean> converged = new HashMap<>();
    for (Observation o : kept) {
      RowErrors.CellKey key = new RowErrors.CellKey(o.strategy(), o.m(), o.n(), o.repetition());
      errors.put(key, rows.of(o.strategy(), o.m(), o.n(), o.repetition()));
      Boolean flag = table.pretrainingConverged(o.strategy(), o.m(), o.n(), o.repetition());
      if (flag != null) {
        converged.put(key, flag);
      }
    }
    // the values are absolute errors already; taking their absolute value again changes nothing
    return LearningCurveTable.of("bandgap demo, n <= " + cut, kept)
        .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, errors))
        .withConvergence(converged);
  }
}
