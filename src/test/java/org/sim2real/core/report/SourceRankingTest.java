package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;

/**
 * "Which source to grow" in words, on two synthetic sources of known laws that share their test
 * rows, repetitions and scratch cells: the truly better one is ranked first and named, equal ones
 * cannot be told apart, a budget ranks by what it buys, and the memo prints the same as a table.
 */
class SourceRankingTest {
  private static final double SCRATCH = 0.9;
  private static final TrueCurve LOW_FLOOR = withFloor(0.15);
  private static final TrueCurve HIGH_FLOOR = withFloor(0.25);
  private static final ErrorMeasure EV = new ErrorMeasure("MAE", "eV");
  private static final long SEED = 3;

  @TempDir Path dir;

  private static TrueCurve withFloor(double floor) {
    return new TrueCurve(floor, (0.8 - floor) * Math.pow(101, 0.4), 1, 0.4, SCRATCH);
  }

  /** "high" comes first in the table, so a ranking in input order would put the worse first. */
  private static ScalingAnalysis analysis(TrueCurve high, TrueCurve low) {
    LearningCurveTable a = SyntheticStudy.generateSource(high, SyntheticStudy.SIZES, 5, 400,
        SEED, 1000 + SEED);
    LearningCurveTable b = SyntheticStudy.generateSource(low, SyntheticStudy.SIZES, 5, 400,
        SEED, 2000 + SEED);
    LearningCurveTable table = SourceTables.combine(List.of(
        new SourceTables.Source("high", "study A", a),
        new SourceTables.Source("low", "study B", b)), new ArrayList<>());
    return ScalingAnalyzer.analyze(table, FitOptions.defaults().withBootstrap(300, SEED));
  }

  private static CurveAnalysis curve(ScalingAnalysis analysis, String strategy) {
    return analysis.curve(strategy, SyntheticStudy.M).orElseThrow();
  }

  private static SourceRanking rank(ScalingAnalysis analysis, Map<String, Double> costs,
      Double target, Double budget) {
    return SourceRanking.of(analysis, curve(analysis, "finetune@high"), "primary", costs,
        target, budget, EV, SEED);
  }

  /** low (floor 0.15) against high (0.25), with costs, a budget and a target: for the memo tests. */
  static SourceRanking lowBeatsHighAtABudget() {
    return rank(analysis(HIGH_FLOOR, LOW_FLOOR), Map.of("high", 0.05, "low", 0.2), 0.3,
        20_000.0);
  }

  @Test
  void theClearlyBetterSourceIsRankedFirstAndNamedWithItsShareOfDraws() {
    SourceRanking ranking = rank(analysis(HIGH_FLOOR, LOW_FLOOR), Map.of(), null, null);
    assertEquals("Grow low", ranking.value(), ranking.sentence());
    assertEquals("low", ranking.rows().get(0).source());
    assertEquals(1, ranking.rows().get(0).rank());
    assertEquals("high", ranking.rows().get(1).source());
    assertTrue(ranking.sentence().startsWith("Grow low: at n = 100,000 simulation rows, low"
        + " reaches 0."), ranking.sentence());
    assertTrue(ranking.band().startsWith("low better in "), ranking.band());
    assertTrue(ranking.band().contains("difference low - high: -0."), ranking.band());
    assertFalse(ranking.byBudget());
    assertEquals("Within the measured sizes", ranking.reach());
    assertEquals(ForecastCard.Kind.SOURCES, ranking.card().kind());
  }

  @Test
  void equalSourcesCannotBeToldApartAndSayWhy() {
    SourceRanking ranking = rank(analysis(LOW_FLOOR, LOW_FLOOR), Map.of(), null, null);
    assertEquals(SourceRanking.CANNOT_TELL, ranking.value(), ranking.sentence());
    assertTrue(ranking.sentence().startsWith("Cannot tell which source to grow: at n = 100,000"),
        ranking.sentence());
    assertTrue(ranking.sentence().contains("includes 0"), ranking.sentence());
  }

  @Test
  void aBudgetRanksByTheRowsItBuysAndATargetAddsEachSourcesDataNeed() {
    // 20,000 buys 100,000 rows of the low floor and 400,000 of the other
    SourceRanking ranking = rank(analysis(HIGH_FLOOR, LOW_FLOOR),
        Map.of("high", 0.05, "low", 0.2), 0.3, 20_000.0);
    assertTrue(ranking.byBudget());
    assertEquals("at a budget of 20,000", ranking.where());
    assertEquals("low", ranking.rows().get(0).source(), ranking.sentence());
    assertEquals("100,000", ranking.rows().get(0).rows());
    assertEquals("400,000", ranking.rows().get(1).rows());
    assertTrue(ranking.sentence().contains("The budget buys about 100,000 rows of low, about"
        + " 400,000 rows of high"), ranking.sentence());
    assertTrue(ranking.sentence().contains("For the target 0.300 eV: low needs about "),
        ranking.sentence());
    assertTrue(ranking.reach().startsWith("Extrapolated: beyond the largest measured n of high"),
        ranking.reach());
  }

  @Test
  void aBudgetWithoutEverySourcesCostRanksAtTheCommonN() {
    SourceRanking ranking = rank(analysis(HIGH_FLOOR, LOW_FLOOR), Map.of("low", 0.2), null,
        20_000.0);
    assertFalse(ranking.byBudget());
    assertTrue(ranking.where().startsWith("at n = "), ranking.where());
  }

  @Test
  void aStudyOfOneSourceHasNoRanking() {
    ScalingAnalysis one = ScalingAnalyzer.analyze(SyntheticStudy.generate(LOW_FLOOR,
        SyntheticStudy.SIZES, 5, 400, SEED), FitOptions.defaults().withBootstrap(100, SEED));
    assertNull(SourceRanking.of(one, curve(one, SyntheticStudy.STRATEGY), "primary", Map.of(),
        null, null, EV, SEED));
  }

  @Test
  void thePrimarySimulationGetsItsNameAndNamedSourcesTheirs() {
    ScalingAnalysis analysis = analysis(HIGH_FLOOR, LOW_FLOOR);
    assertEquals(List.of("high", "low"), List.copyOf(SourceRanking.sourceCurves(analysis,
        curve(analysis, "finetune@low"), "mp").keySet()));
    assertEquals("finetune", SourceRanking.baseStrategy("finetune@aflow"));
    assertEquals("finetune", SourceRanking.baseStrategy("finetune"));
  }

  @Test
  void theHtmlMemoHasTheSectionWithOneTableRowPerSource() throws IOException {
    ForecastMemo memo = memo().withSources(lowBeatsHighAtABudget());
    String html = MemoHtml.render(memo);
    assertTrue(html.contains("<section class=\"sources\" id=\"sources\">\n<h2>Which source to"
        + " grow</h2>"), "the section");
    assertTrue(html.contains("<strong>Grow low</strong>"), "the verdict");
    assertTrue(html.contains("<th>Error at a budget of 20,000</th><th>Rows bought</th>"
        + "<th>n* for the target</th>"), "the columns of a budget and a target");
    assertTrue(html.contains("<tr><td>1</td><td>low</td><td>0."), "low first");
    assertTrue(html.contains("<tr><td>2</td><td>high</td><td>0."), "high second");
    assertFalse(MemoHtml.render(memo()).contains("class=\"sources\""),
        "no section for one source");
  }

  private ForecastMemo memo() throws IOException {
    Path table = MemoFixtures.syntheticCsv(dir);
    ScalingAnalysis analysis = MemoFixtures.analyze(table);
    return ForecastMemo.build(analysis, new MemoSettings(null, null, null,
            ForecastRequest.forTarget(0.3), EV),
        ReproducibilityStamps.collect(table, analysis.options(), MemoFixtures.CLOCK));
  }
}
