package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.MarginalValue;
import org.sim2real.core.scaling.forecast.PredictionBand;

/**
 * Every headline number of the Forecast cards carries the band that matches its label, the grade of
 * its own number and the word "Extrapolated" beyond the measured n or m; a number graded "do not
 * extrapolate" is never a headline.
 */
class ForecastCardsTest {
  private static final ErrorMeasure EV = new ErrorMeasure("MAE", "eV");

  private static ScalingAnalysis synthetic;
  private static ScalingAnalysis grid;

  @BeforeAll
  static void analyze() {
    synthetic = ScalingAnalyzer.analyze(MemoFixtures.syntheticTable(), MemoFixtures.OPTIONS);
    grid = ScalingAnalyzer.analyze(MemoFixtures.gridTable(), MemoFixtures.OPTIONS);
  }

  private static CurveForecast forecast(ScalingAnalysis analysis, CurveAnalysis curve,
      ForecastRequest request) {
    return Forecaster.forecast(analysis, curve, request);
  }

  private static ForecastCard card(List<ForecastCard> cards, ForecastCard.Kind kind) {
    return cards.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  @Test
  void dataNeedHeadlineCarriesItsForecastIntervalAndSaysItIsExtrapolated() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve, ForecastRequest.forTarget(0.25));
    DataNeedForecast need = f.dataNeed();
    assertNotNull(need);
    assertEquals(DataNeedVerdict.REACHABLE, need.verdict());
    assertTrue(need.trust().level() != TrustLevel.DO_NOT_EXTRAPOLATE, need.trust().sentence());
    ForecastCard card = ForecastCards.dataNeed(curve, f, EV);

    assertEquals("about " + PlainNumbers.size(need.requiredN().value()), card.value());
    assertEquals("90% forecast interval: " + PlainNumbers.size(need.requiredN().lower()) + " to "
        + PlainNumbers.size(need.requiredN().upper()), card.band());
    assertTrue(card.sentence().contains("(90% forecast interval: "), card.sentence());
    assertEquals(need.trust().level(), card.trust().level(), "the data need's own grade");
    if (need.extrapolationFactor() >= 1) {
      assertEquals("Extrapolated: " + Format.value(need.extrapolationFactor())
          + "x the largest measured n (" + Format.size(curve.largestMeasuredN()) + ")",
          card.reach());
    } else {
      assertTrue(card.reach().startsWith("Inside the measured sizes"), card.reach());
    }
    assertTrue(card.headline().startsWith(card.value() + " simulation rows (" + card.band() + ")"),
        card.headline());
  }

  @Test
  void aDataNeedGradedDoNotExtrapolateIsWordsWithWhatToMeasureAndTheNumberOnlyInTheDetail() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve, ForecastRequest.forTarget(0.21));
    DataNeedForecast need = f.dataNeed();
    assertNotNull(need);
    assertEquals(DataNeedVerdict.REACHABLE, need.verdict(), need.sentence());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, need.trust().level(), need.trust().sentence());
    ForecastCard card = ForecastCards.dataNeed(curve, f, EV);

    assertEquals("Cannot tell yet", card.value());
    assertEquals("", card.unit());
    assertFalse(hasDigit(card.value() + card.unit()), "no number in the headline");
    assertTrue(card.band().startsWith("What to measure: larger simulation sizes, about "
        + PlainNumbers.size(2.0 * curve.largestMeasuredN()) + " to "
        + PlainNumbers.size(10.0 * curve.largestMeasuredN()) + " rows"), card.band());
    assertTrue(card.sentence().startsWith("These data cannot tell how many simulation rows reach a"
        + " test MAE of 0.210 eV. " + need.trust().reason()), card.sentence());
    assertTrue(card.sentence().contains(" To find out, measure larger simulation sizes"),
        card.sentence());
    String number = "about " + PlainNumbers.size(need.requiredN().value()) + " simulation rows";
    int recordOnly = card.sentence().indexOf("For the record only, not to plan on: ");
    assertTrue(recordOnly > 0, card.sentence());
    assertTrue(card.sentence().indexOf(number) > recordOnly, "the number only after the words");
    assertTrue(card.reach().startsWith("Extrapolated: "), card.reach());
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, card.trust().level());
  }

  @Test
  void tenTimesMoreHeadlinesTheForecastErrorWithTheMeanCurveAndTheRerunBandsNamed() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve, ForecastRequest.forTarget(0.25));
    MarginalValue value = f.marginalValue();
    assertNotNull(value);
    assertTrue(value.trust().level() != TrustLevel.DO_NOT_EXTRAPOLATE, value.trust().sentence());
    ForecastCard card = ForecastCards.tenTimesMore(curve, f, EV);

    assertEquals(Format.error(value.errorAtTarget().value()), card.value());
    assertEquals("eV at " + PlainNumbers.size(value.toN()) + " rows", card.unit());
    Interval rerun = PredictionBand.at(curve, value.toN()).rerun();
    assertTrue(rerun.isKnown());
    // the mean curve's band is the law's uncertainty only; a re-run adds one measured mean's noise
    Interval meanCurve = PredictionBand.at(curve, value.toN()).meanCurve();
    assertTrue(rerun.lower() < meanCurve.lower() && rerun.upper() > meanCurve.upper(),
        "a re-run varies more than the mean curve: " + rerun + " vs " + meanCurve);
    assertEquals("90% forecast band of the mean curve: "
        + PlainNumbers.valueRange(value.errorAtTarget().interval())
        + "; a re-run of this study would measure " + PlainNumbers.valueRange(rerun), card.band());
    assertTrue(card.sentence().contains("would measure " + PlainNumbers.valueRange(rerun)),
        card.sentence());
    assertEquals("Extrapolated: 10x the largest measured n (" + Format.size(value.fromN()) + ")",
        card.reach());
    assertEquals(value.trust().level(), card.trust().level(), "the 10x forecast's own grade");
  }

  @Test
  void onTheBandGapStudyEveryNumberBeyondTheDataIsWordsNotAHeadline() throws IOException {
    Path dir = Files.createTempDirectory("cards");
    Path cells = BandGapReferenceFixture.writeCellsCsv(dir, 7);
    ScalingAnalysis analysis = MemoFixtures.analyze(cells);
    CurveAnalysis curve = CurveChoice.choose(analysis, null, null);
    CurveForecast f = forecast(analysis, curve, ForecastRequest.forTarget(0.30));
    assertTrue(f.fitTrust().level() != TrustLevel.GOOD, f.fitTrust().sentence());
    List<ForecastCard> cards = ForecastCards.of(analysis, curve, f, EV);

    // n* for 0.30 lies far beyond the data: graded do not extrapolate, answered in words
    ForecastCard need = card(cards, ForecastCard.Kind.DATA_NEED);
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, need.trust().level());
    assertEquals("Cannot tell yet", need.value());
    assertTrue(need.sentence().startsWith("These data cannot tell how many simulation rows"),
        need.sentence());
    assertTrue(need.band().startsWith("What to measure: "), need.band());
    ForecastCard ten = card(cards, ForecastCard.Kind.TEN_TIMES_MORE);
    if (ten.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      assertEquals("Cannot tell yet", ten.value());
      assertTrue(ten.sentence().startsWith("These data cannot tell what 10x more simulation"
          + " buys. "), ten.sentence());
    } else {
      assertTrue(hasDigit(ten.value()), ten.value());
    }
    for (ForecastCard c : cards) {
      if (c.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
        assertFalse(hasDigit(c.value()), c.kind() + ": " + c.value());
      }
    }
  }

  @Test
  void theAnalysisSymbolsBecomeWordsOnTheCards() {
    assertEquals("At n = 1,000 pretraining is worth 1,200 (90%: 800 to 1,600) experiments.",
        ForecastCards.plainWords("At n = 1,000 pretraining is worth m_eq = 1,200 (90%: 800 to"
            + " 1,600) experiments."));
    assertEquals("The equivalent number of experiments cannot be estimated without several m: it"
        + " needs the scratch curve (how the error of experiments alone falls with m).",
        ForecastCards.plainWords("m_eq cannot be estimated without several m: it needs the"
            + " scratch learning curve E0(m)."));
  }

  @Test
  void equivalentExperimentsAndBudgetCarryTheirOwnGradesAndSayWhenTheyReachBeyondTheMeasuredM() {
    CurveAnalysis curve = CurveChoice.choose(grid, null, null);
    CurveForecast f = forecast(grid, curve,
        ForecastRequest.forTarget(0.5).withCosts(1, 100, 10_000));
    List<ForecastCard> cards = ForecastCards.of(grid, curve, f, ErrorMeasure.MAE);

    ForecastCard worth = card(cards, ForecastCard.Kind.EXPERIMENT_WORTH);
    assertTrue(f.equivalentExperiments().available());
    for (String text : List.of(worth.value(), worth.band(), worth.reach(), worth.sentence())) {
      assertFalse(text.contains("m_eq") || text.contains("E0(m)"), "symbols on the card: " + text);
    }
    assertEquals(f.equivalentExperiments().trust().level(), worth.trust().level(), "m_eq's grade");
    EquivalentExperimentPoint last = f.equivalentExperiments().points()
        .get(f.equivalentExperiments().points().size() - 1);
    String measured = " (" + Format.size(grid.scratchCurve().smallestM()) + " to "
        + Format.size(grid.scratchCurve().largestM()) + ")";
    if (Double.isInfinite(last.equivalentM().value())) {
      assertTrue(worth.reach().startsWith("Extrapolated: "), worth.reach());
    } else if (last.extrapolated()) {
      assertEquals("Extrapolated: the equivalent number of experiments lies beyond the measured m"
          + measured, worth.reach());
      assertTrue(worth.sentence().contains("an extrapolation of that curve, not a measurement"),
          worth.sentence());
    } else {
      assertEquals("Within the measured m" + measured, worth.reach());
    }
    if (worth.trust().level() == TrustLevel.DO_NOT_EXTRAPOLATE) {
      assertEquals("Cannot tell yet", worth.value());
      assertTrue(worth.band().startsWith("What to measure: the baseline without simulation"
          + " (scratch) at more m values"), worth.band());
      assertTrue(worth.sentence().contains("For the record only, not to plan on: pretraining on"),
          worth.sentence());
    } else if (worth.value().startsWith("about ")) {
      assertEquals("90% interval: " + PlainNumbers.sizeRange(last.worthExperiments().interval())
          + " experiments", worth.band());
    }

    ForecastCard budget = card(cards, ForecastCard.Kind.BUDGET);
    assertTrue(f.budget().available(), f.budget().sentence());
    assertEquals(f.budget().trust().level(), budget.trust().level(), "the budget's own grade");
    if (budget.trust().level() != TrustLevel.DO_NOT_EXTRAPOLATE) {
      boolean simulation = budget.value().equals("Simulation");
      double share = simulation ? f.budget().probabilitySimulationWins()
          : 1 - f.budget().probabilitySimulationWins();
      assertEquals("in " + PlainNumbers.percent(share)
          + " of the bootstrap refits", budget.band());
    } else {
      assertEquals("Cannot tell yet", budget.value());
    }
    boolean beyond = f.budget().trust().reason().contains("lies outside")
        || f.budget().trust().concerns().stream().anyMatch(c -> c.contains("lies outside"));
    assertEquals(beyond, budget.reach().startsWith("Extrapolated: "), budget.reach());
  }

  @Test
  void anExtrapolationSpreadMeasuredAsNothingIsNotReportedAsAbout0Percent() {
    CurveAnalysis curve = CurveChoice.choose(grid, null, null);
    assertNotNull(curve.extrapolation());
    assertTrue(Math.expm1(curve.extrapolation().perDecade()) < 0.0005,
        "the grid's spread is (near) zero: " + curve.extrapolation());
    String sentence = LawDescriptions.uncertaintySentence(curve);
    assertTrue(sentence.contains("the chance that the law changes its form (measured at under"
        + " 0.1% wider per decade of extrapolation)."), sentence);
    assertFalse(sentence.contains("about 0.0%"), sentence);
    String synthetic = LawDescriptions.uncertaintySentence(ForecastCardsTest.synthetic.curves()
        .get(0));
    assertTrue(synthetic.matches(
        ".*\\(about \\d+\\.\\d% wider per decade of extrapolation\\)\\..*"), synthetic);
  }

  @Test
  void aCardGradedBelowTheFitSaysWhyInItsOwnWords() {
    CurveAnalysis curve = synthetic.curves().get(0);
    // far beyond the data: the data need is graded lower than the fit
    CurveForecast f = forecast(synthetic, curve, ForecastRequest.forTarget(0.215));
    ForecastCard card = ForecastCards.dataNeed(curve, f, EV);
    assertTrue(card.trust().level().compareTo(f.fitTrust().level()) > 0,
        card.trust().level() + " vs the fit's " + f.fitTrust().level());
    assertTrue(card.sentence().contains(card.trust().reason()), card.sentence());
  }
}
