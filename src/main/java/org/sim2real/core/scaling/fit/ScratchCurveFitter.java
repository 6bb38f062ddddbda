package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * Fits the {@link ScratchCurveFit} E0(m) from the scratch baselines of a table, with intervals from
 * the study's draws (the baselines of one draw share its repetitions and test rows) and its own
 * grade.
 */
final class ScratchCurveFitter {
  private static final LawForm FORM = LawForm.POWER_LAW_WITH_OFFSET;

  private ScratchCurveFitter() {}

  /** The fit, or null with a note saying why it could not be fitted. */
  static @Nullable ScratchCurveFit fit(
      LearningCurveTable table, StudyDraws studyDraws, List<String> notes) {
    List<Integer> ms = new ArrayList<>(table.mValues(Observation.SCRATCH));
    ms.removeIf(m -> m <= 0); // the unnamed m, and m = 0 (no experiments) has no learning curve
    if (!table.hasBaseline()) {
      notes.add("No scratch baseline in the table: E0(m), regime onset, gain and m_eq need one.");
      return null;
    }
    if (ms.size() < 3) {
      notes.add("Scratch learning curve E0(m) cannot be fitted: the baseline was run at "
          + ms.size() + " m value(s), it needs at least 3. Without it m_eq cannot be estimated.");
      return null;
    }
    double[] x = new double[ms.size()];
    double[] y = new double[ms.size()];
    double[][] yDraws = new double[ms.size()][];
    List<ScratchPoint> points = new ArrayList<>();
    List<PointSummary> summaries = new ArrayList<>();
    int minReps = Integer.MAX_VALUE;
    for (int i = 0; i < ms.size(); i++) {
      LearningCurve baseline = table.baseline(ms.get(i)).orElseThrow();
      PointSummary summary = PointSummary.of(baseline, studyDraws).get(0);
      x[i] = ms.get(i);
      y[i] = summary.mean();
      yDraws[i] = studyDraws.means(baseline, 0);
      minReps = Math.min(minReps, summary.repetitions());
      points.add(new ScratchPoint(ms.get(i), summary.mean(), summary.interval(),
          summary.repetitions()));
      summaries.add(new PointSummary(ms.get(i), summary.mean(), summary.interval(),
          summary.repetitions(), summary.standardDeviation()));
    }
    LawFit fit = LawFitter.fit(FORM, x, y, null, null);
    if (fit == null) {
      notes.add("Scratch learning curve E0(m) could not be fitted (optimizer failed).");
      return null;
    }
    List<double @Nullable []> draws = new ArrayList<>();
    int atBound = 0;
    int floorAtZero = 0;
    double[] yb = new double[x.length];
    for (int b = 0; b < studyDraws.count(); b++) {
      for (int i = 0; i < x.length; i++) {
        yb[i] = yDraws[i][b];
      }
      LawFit refit = LawFitter.fit(FORM, x, yb, null, fit.parameters());
      draws.add(refit == null ? null : refit.parameters());
      atBound += refit != null && refit.atBound() ? 1 : 0;
      floorAtZero += refit != null && refit.floorAtZero() ? 1 : 0;
    }
    FitBootstrap bootstrap = new FitBootstrap(draws, atBound, floorAtZero);
    boolean repeated = minReps >= 2;
    List<String> names = List.of("a", "b", "c");
    List<ParameterEstimate> parameters = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parameters.add(new ParameterEstimate(names.get(i), fit.parameter(i),
          repeated ? bootstrap.interval(i) : Interval.NONE));
    }
    GoodnessOfFit goodness = GoodnessOfFit.of(fit, summaries, yDraws, weightedRefit(fit, x, y,
        yDraws));
    TrustAssessment trust = grade(ms.size(), minReps, goodness, bootstrap.summary());
    return new ScratchCurveFit(points, fit, parameters, goodness.r2Log(), goodness, trust,
        bootstrap.summary(), bootstrap);
  }

  /** E0 refitted with weights 1 / variance of each baseline's mean, for the chi-square. */
  private static LawFit weightedRefit(LawFit fit, double[] x, double[] y, double[][] draws) {
    double[] variances = GoodnessOfFit.variances(draws);
    if (variances == null) {
      return fit;
    }
    double[] weights = new double[variances.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / variances[i];
    }
    LawFit refit = LawFitter.fit(FORM, x, y, weights, fit.parameters());
    return refit == null ? fit : refit;
  }

  /** The grade of E0(m), which every m_eq carries. */
  static TrustAssessment grade(int mValues, int repetitions, GoodnessOfFit goodness,
      BootstrapSummary bootstrap) {
    List<String> concerns = new ArrayList<>();
    TrustLevel level = TrustLevel.GOOD;
    if (repetitions < 2) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, "The scratch baseline has a single"
          + " repetition per m: E0(m) has no interval, so neither has m_eq.", List.of());
    }
    if (!goodness.passes(0.9) || goodness.chiSquareP() < 0.001) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, "E0(m) fits the scratch baselines"
          + " poorly: " + goodness.sentence(), List.of());
    }
    if (bootstrap.failedShare() > 0.3) {
      return new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, Format.percent(
          bootstrap.failedShare()) + " of the refits of E0(m) failed.", List.of());
    }
    if (mValues < 4) {
      level = TrustLevel.CAUTION;
      concerns.add("E0(m) has 3 parameters and was fitted to " + mValues + " m values: nothing is"
          + " left to check it; run the baseline at 4 or more m values.");
    }
    if (goodness.residualsExceedNoise()) {
      level = TrustLevel.CAUTION;
      concerns.add("The baselines scatter around E0(m) more than their noise allows: "
          + goodness.sentence());
    }
    if (bootstrap.failedShare() + bootstrap.atBoundShare() > 0.1) {
      level = TrustLevel.CAUTION;
      concerns.add(Format.percent(bootstrap.failedShare() + bootstrap.atBoundShare())
          + " of the refits of E0(m) failed or ended on a bound.");
    }
    if (concerns.isEmpty()) {
      return new TrustAssessment(TrustLevel.GOOD, "E0(m) fits the baselines at " + mValues
          + " m values well (" + goodness.sentence() + ")", List.of());
    }
    return new TrustAssessment(level, concerns.get(0), concerns.subList(1, concerns.size()));
  }
}
