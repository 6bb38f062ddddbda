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
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.forecast.MarginalValue;
import org.sim2real.core.scaling.forecast.PredictionBand;
import org.sim2real.core.scaling.forecast.SimulationSpending;

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

  /** The forecast with its data need given another grade, as a weaker or stronger fit would. */
  private static CurveForecast regraded(CurveForecast f, TrustAssessment trust) {
    DataNeedForecast n = f.dataNeed();
    assertNotNull(n);
    DataNeedForecast need = new DataNeedForecast(n.target(), n.verdict(), n.requiredN(),
        n.probabilityUnreachable(), n.reachedAtN(), n.floor(), n.extrapolationFactor(),
        n.upperExtrapolationFactor(), trust, n.sentence());
    return new CurveForecast(f.strategy(), f.m(), f.fitTrust(), need, f.transferGap(),
        f.gapSentence(), f.gains(), f.equivalentExperiments(), f.marginalValue(), f.budget(),
        f.spending(), f.band());
  }

  @Test
  void aDataNeedGradedDoNotExtrapolateIsWordsWithWhatToMeasureAndTheNumberOnlyInTheDetail() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast graded = forecast(synthetic, curve, ForecastRequest.forTarget(0.225));
    DataNeedForecast within = graded.dataNeed();
    assertNotNull(within);
    assertTrue(within.extrapolationFactor() < Forecaster.STOP_FACTOR, within.sentence());
    // within 100x, but from a law meant for use near the data only: do not extrapolate
    TrustAssessment stop = new TrustAssessment(TrustLevel.DO_NOT_EXTRAPOLATE, "The forecast"
        + " reaches 40x beyond the largest measured n, from a law meant for use near the data"
        + " only.", List.of(), true);
    CurveForecast f = regraded(graded, stop);
    DataNeedForecast need = f.dataNeed();
    ForecastCard card = ForecastCards.dataNeed(curve, f, EV);

    assertEquals("Cannot tell yet", card.value());
    assertEquals("", card.unit());
    assertFalse(hasDigit(card.value() + card.unit()), "no number in the headline");
    assertTrue(card.band().startsWith("What to measure: larger simulation sizes, about "
        + PlainNumbers.size(2.0 * curve.largestMeasuredN()) + " to "
        + PlainNumbers.size(10.0 * curve.largestMeasuredN()) + " rows"), card.band());
    assertTrue(card.sentence().startsWith("These data cannot tell how many simulation rows reach a"
        + " test MAE of 0.225 eV. " + stop.reason()), card.sentence());
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
  void aDataNeedMoreThan100xBeyondTheDataIsNeverANumberWhateverItsGrade() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast measured = forecast(synthetic, curve, ForecastRequest.forTarget(0.218));
    DataNeedForecast far = measured.dataNeed();
    assertNotNull(far);
    assertEquals(DataNeedVerdict.REACHABLE, far.verdict(), far.sentence());
    assertTrue(far.extrapolationFactor() > 100 && far.extrapolationFactor() < 1000,
        far.sentence());
    // even graded as well as the fit (a grader that forgot the reach): words, not a number
    for (CurveForecast f : List.of(measured, regraded(measured, measured.fitTrust()))) {
      ForecastCard card = ForecastCards.dataNeed(curve, f, EV);
      assertEquals("Cannot tell yet", card.value(), card.sentence());
      assertFalse(hasDigit(card.value() + card.unit()), "no number in the headline");
      String why = "The target needs about " + Format.value(far.extrapolationFactor())
          + "x the largest measured n (100,000), and no forecast from these data reaches beyond"
          + " 100x.";
      assertTrue(card.sentence().startsWith("These data cannot tell how many simulation rows"
          + " reach a test MAE of 0.218 eV. " + why + " To find out, measure simulation sizes up"
          + " to about n = " + PlainNumbers.size(far.requiredN().value() / 10)), card.sentence());
      assertEquals("What to measure: simulation sizes up to about n = "
          + PlainNumbers.size(far.requiredN().value() / 10), card.band());
      assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, card.trust().level());
      assertEquals(why, card.trust().reason(), "the badge says the same why");
      int recordOnly = card.sentence().indexOf("For the record only, not to plan on: ");
      assertTrue(card.sentence().indexOf(PlainNumbers.size(far.requiredN().value()))
          > recordOnly, "the number only after the words");
      assertFalse(card.headline().contains(PlainNumbers.size(far.requiredN().value())),
          card.headline());
    }
  }

  @Test
  void aTargetBeyondAnySensibleExtrapolationSaysSoInsteadOfWhatToMeasure() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve, ForecastRequest.forTarget(0.21));
    DataNeedForecast need = f.dataNeed();
    assertNotNull(need);
    assertTrue(need.extrapolationFactor() > 1000, need.sentence());
    ForecastCard card = ForecastCards.dataNeed(curve, f, EV);
    assertEquals("Cannot tell yet", card.value());
    assertEquals("Beyond any sensible extrapolation: needs about "
        + Format.value(need.extrapolationFactor()) + "x the largest measured n (100,000)",
        card.band());
    assertTrue(card.sentence().contains("The target lies beyond any sensible extrapolation: even"
        + " measuring 100x more (up to n = 10,000,000) would leave it more than 10x beyond the"
        + " data."), card.sentence());
    assertFalse(card.sentence().contains("To find out"), card.sentence());
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

  @Test
  void withoutTheTwoDimensionalLawTheBudgetCardSaysWhatTheBudgetBuysAsSimulation() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve,
        ForecastRequest.forTarget(0.25).withCosts(2, 100, 20_000));
    assertFalse(f.budget().available(), "one m: no E(n, m)");
    SimulationSpending spending = f.spending();
    assertNotNull(spending);
    assertEquals(10_000, spending.extraRows(), 1e-9);
    assertEquals(110_000, spending.toN(), 1e-9);
    ForecastCard card = ForecastCards.of(synthetic, curve, f, EV).get(4);

    assertEquals(ForecastCard.Kind.BUDGET, card.kind());
    assertEquals("Budget spent on simulation", card.title());
    assertEquals("about 10,000", card.value());
    assertEquals("more simulation rows", card.unit());
    assertTrue(card.band().startsWith("forecast test MAE there: "
        + EV.value(spending.errorTo().value()) + " (90% forecast band: "), card.band());
    assertEquals("Extrapolated: 1.10x the largest measured n (100,000)", card.reach());
    assertTrue(card.sentence().startsWith("Spent on simulation at 2 per row, the budget buys"
        + " about 10,000 more simulation rows, from n = 100,000 to about 110,000. There the law"
        + " forecasts a mean test MAE of " + EV.value(spending.errorTo().value())), card.sentence());
    // what the target's rows cost: n* x 2 per row
    DataNeedForecast need = f.dataNeed();
    assertNotNull(need);
    assertTrue(card.sentence().contains(" The about " + PlainNumbers.size(need.requiredN().value())
        + " simulation rows that reach the target 0.25 eV cost about "
        + PlainNumbers.size(2 * need.requiredN().value())), card.sentence());
    assertTrue(card.sentence().endsWith("a second m would unlock it. Run this strategy also at"
        + " m = " + Format.size(curve.m() / 2) + " (half of the " + Format.size(curve.m())
        + " experiments, no new measurements) with 3 or more simulation sizes: with the"
        + " two-dimensional law E(n, m) this card then compares the budget spent on simulation"
        + " with the same budget spent on experiments."), card.sentence());
    assertEquals(spending.trust().level(), card.trust().level(), "its own grade");
  }

  @Test
  void aBudgetOnlyOnSimulationPricesNoTargetTheDataCannotTell() {
    CurveAnalysis curve = synthetic.curves().get(0);
    CurveForecast f = forecast(synthetic, curve,
        ForecastRequest.forTarget(0.21).withCosts(1, 100, 10_000));
    ForecastCard card = ForecastCards.of(synthetic, curve, f, EV).get(4);
    assertTrue(card.sentence().contains("What the target 0.210 eV costs cannot be told yet: these"
        + " data cannot tell how many rows it needs."), card.sentence());
    assertFalse(card.sentence().contains(PlainNumbers.size(f.dataNeed().requiredN().value())),
        "no price of rows nobody can count: " + card.sentence());
  }

  @Test
  void aCardWhoseInputIsNotValidSaysWhatToFixInsteadOfAnAnswer() {
    ForecastCard target = ForecastCards.waitingForInput(ForecastCard.Kind.DATA_NEED,
        "\"45%\" is not a number: type the target error in eV, e.g. 0.40",
        synthetic.curves().get(0).trust());
    assertEquals("Fix the target", target.value());
    assertEquals("\"45%\" is not a number: type the target error in eV, e.g. 0.40. This card"
        + " answers again once the target holds a valid number.", target.sentence());
    ForecastCard budget = ForecastCards.waitingForInput(ForecastCard.Kind.BUDGET,
        "The budget must be a positive amount.", synthetic.curves().get(0).trust());
    assertEquals("Fix the costs and the budget", budget.value());
    assertFalse(hasDigit(budget.value() + target.value()));
  }
}
