package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/** The forecast memo's content and its HTML, for a known law and for the band-gap study. */
class ForecastMemoTest {
  @TempDir Path dir;

  private ForecastMemo memo(Path table, MemoSettings settings) {
    ScalingAnalysis analysis = MemoFixtures.analyze(table);
    return ForecastMemo.build(analysis, settings,
        ReproducibilityStamps.collect(table, analysis.options(), MemoFixtures.CLOCK));
  }

  private static MemoSettings target(double t, String unit) {
    return new MemoSettings(null, null, null, ForecastRequest.forTarget(t),
        new ErrorMeasure("MAE", unit));
  }

  @Test
  void memoForSyntheticCurveContainsEquationHeadlineNumbersTrustAndStamp() throws IOException {
    Path table = MemoFixtures.syntheticCsv(dir);
    ForecastMemo memo = memo(table, target(0.25, "eV"));
    String html = MemoHtml.render(memo);

    assertTrue(html.contains(HtmlText.escape(memo.lawSentence())), "equation");
    assertTrue(memo.lawSentence().startsWith(
        LawDescriptions.formName(memo.curve().fit().form()) + " E(n) = "), memo.lawSentence());
    for (String parameter : memo.parameterSentences()) {
      assertTrue(html.contains(HtmlText.escape(parameter)), parameter);
    }
    ForecastCard need = memo.card(ForecastCard.Kind.DATA_NEED);
    assertNotNull(need);
    double trueNeed = Math.pow((0.25 - MemoFixtures.C) / MemoFixtures.D, -1 / MemoFixtures.ALPHA);
    double forecast = memo.forecast().dataNeed().requiredN().value();
    assertEquals(trueNeed, forecast, 0.35 * trueNeed, "n* near the true law's");
    String headline = "To reach a test MAE of " + new ErrorMeasure("MAE", "eV").value(0.25)
        + " you need about "
        + PlainNumbers.size(forecast) + " simulation rows (90% forecast interval: ";
    assertTrue(need.sentence().startsWith(headline), need.sentence());
    assertTrue(html.contains(HtmlText.escape(headline)), "data-need headline in the HTML");
    assertTrue(html.contains("about " + PlainNumbers.size(forecast)), "the large number");
    assertTrue(html.contains("<p class=\"band\">" + HtmlText.escape(need.band()) + "</p>"),
        "the data need's band under its number");
    assertTrue(need.band().startsWith("90% forecast interval: "), need.band());
    assertTrue(html.contains(HtmlText.escape(need.reach())), "extrapolated or not, in words");
    ForecastCard ten = memo.card(ForecastCard.Kind.TEN_TIMES_MORE);
    assertTrue(html.contains(HtmlText.escape(ten.band())), "the 10x card's bands");
    assertTrue(ten.band().contains("a re-run of this study would measure"), ten.band());
    assertTrue(html.contains("<p class=\"reach extrapolated\">Extrapolated: 10x the largest"),
        "the 10x card says it is extrapolated");
    assertTrue(html.contains("<p class=\"uncertainty\">"
        + HtmlText.escape(memo.uncertaintySentence()) + "</p>"), "the sources of uncertainty");
    assertTrue(memo.uncertaintySentence().startsWith("The 90% bands include the spread between"
        + " repetitions"), memo.uncertaintySentence());
    assertTrue(html.contains("10x more simulation"), "marginal value card");
    assertTrue(html.contains("Worth of the simulation data in experiments"), "m_eq card");

    TrustLevel level = memo.forecast().fitTrust().level();
    assertTrue(html.contains("class=\"trust-banner"), "prominent trust banner");
    assertTrue(html.contains(">Trust: " + level.label() + "</span>"), "trust badge");
    assertTrue(html.contains(HtmlText.escape(memo.forecast().fitTrust().reason())), "trust reason");

    assertTrue(html.contains("Sim2Real Scaling Workbench " + AppInfo.version()), "version");
    assertTrue(html.contains(Sha256.ofFile(table)), "SHA-256 of the table");
    assertTrue(html.contains("plain learning-curve table"), "says there is no design");
    assertTrue(html.contains("fit bootstrap 42 (200 resamples)"), "seeds");
    assertTrue(html.contains("2025-03-14T09:26:53Z"), "date");
  }

  @Test
  void everyCardOfTheMemoCarriesATrustBadge() throws IOException {
    ForecastMemo memo = memo(MemoFixtures.syntheticCsv(dir), target(0.25, null));
    String html = MemoHtml.render(memo);
    long cards = html.split("<article class=\"card\"", -1).length - 1;
    assertEquals(3, cards, "data need, worth in experiments, 10x (no budget without costs)");
    for (String card : html.split("<article class=\"card\"")) {
      if (card.contains("</article>")) {
        assertTrue(card.substring(0, card.indexOf("</article>")).contains("class=\"badge "), card);
      }
    }
  }

  @Test
  void unreachableTargetGivesTheFloorVerdictWithItsProbability() throws IOException {
    ForecastMemo memo = memo(MemoFixtures.syntheticCsv(dir), target(0.12, "eV"));
    assertEquals(DataNeedVerdict.UNREACHABLE, memo.forecast().dataNeed().verdict());
    ForecastCard need = memo.card(ForecastCard.Kind.DATA_NEED);
    assertEquals("Unreachable", need.value());
    assertTrue(need.sentence().startsWith(
        "0.120 eV is unreachable with this kind of simulation alone: the floor C is "), need.sentence());
    assertTrue(need.sentence().contains("; probability of that verdict "), need.sentence());
    assertTrue(MemoHtml.render(memo).contains("0.120 eV is unreachable"), "in the HTML");
  }

  @Test
  void bandGapMemoWarnsOfNegativeTransferAndNamesTheLeftOutPoints() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("bandgap"));
    Path cells = BandGapReferenceFixture.writeCellsCsv(folder, 7);
    ForecastMemo memo = memo(cells, target(0.30, "eV"));
    assertTrue(memo.forecast().fitTrust().level() != TrustLevel.GOOD);
    assertNotNull(memo.negativeTransferWarning());
    assertTrue(memo.negativeTransferWarning().startsWith("Negative transfer at n = 2,154"),
        memo.negativeTransferWarning());
    assertTrue(memo.negativeTransferWarning().contains("possibly also at n = 100 and 215"),
        memo.negativeTransferWarning());
    assertTrue(memo.windowSentence().startsWith("The law was fitted on n = 4,642 to 100,000"
        + " (5 sizes, proposed by the workbench)"), memo.windowSentence());
    assertTrue(memo.windowSentence().contains("left out: n = 100, 215, 464 and 1,000: before the"
        + " last negative transfer"), memo.windowSentence());
    assertTrue(memo.windowSentence().contains("n = 2,154: negative transfer (worse than scratch"
        + " beyond its interval)"), memo.windowSentence());
    ForecastCard worth = memo.card(ForecastCard.Kind.EXPERIMENT_WORTH);
    assertEquals("Not estimable", worth.value());
    assertTrue(worth.sentence().contains("What the data do show: at n = 100,000 transfer lowers"),
        worth.sentence());
    String html = MemoHtml.render(memo);
    assertTrue(html.contains("<p class=\"warning\">"), "warning shown");
    // n* for 0.30 lies far beyond the data, graded "do not extrapolate": the card headlines in
    // words, its number only in the detail
    ForecastCard need = memo.card(ForecastCard.Kind.DATA_NEED);
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, need.trust().level());
    assertTrue(html.contains("<p class=\"value\">Cannot tell yet</p>"), "words, not a number");
    assertTrue(html.contains(HtmlText.escape("These data cannot tell how many simulation rows"
        + " reach")), "what the data cannot tell");
    assertTrue(html.contains("<p class=\"band\">What to measure: "), "what to measure");
  }

  @Test
  void equivalentExperimentsAndBudgetAppearWhenTheTableAllowsThem() throws IOException {
    Path table = MemoFixtures.write(MemoFixtures.gridTable(), dir.resolve("grid.csv"));
    ScalingAnalysis analysis = MemoFixtures.analyze(table);
    MemoSettings settings = new MemoSettings("Grid", null, null,
        ForecastRequest.forTarget(0.5).withCosts(1, 100, 10_000), ErrorMeasure.MAE);
    ForecastMemo memo = ForecastMemo.build(analysis, settings,
        ReproducibilityStamps.collect(table, analysis.options(), MemoFixtures.CLOCK));
    assertEquals(1000, memo.curve().m(), "the largest m is chosen by default");
    ForecastCard worth = memo.card(ForecastCard.Kind.EXPERIMENT_WORTH);
    // m_eq falls far beyond the m the baseline was run at: its own grade says do not extrapolate
    assertEquals(TrustLevel.DO_NOT_EXTRAPOLATE, worth.trust().level());
    assertEquals(memo.forecast().equivalentExperiments().trust(), worth.trust());
    assertEquals("Cannot tell yet", worth.value());
    assertEquals("", worth.unit());
    assertEquals("Extrapolated: the equivalent number of experiments lies beyond the"
        + " measured m (100 to 1,000)", worth.reach());
    assertTrue(worth.band().startsWith("What to measure: the baseline without simulation"),
        worth.band());
    assertTrue(worth.sentence().startsWith("These data cannot tell what the simulation data are"
        + " worth in experiments. "), worth.sentence());
    assertTrue(worth.sentence().contains("For the record only, not to plan on: pretraining on"
        + " 100,000 simulation rows is worth about "), worth.sentence());
    String html = MemoHtml.render(memo);
    assertTrue(html.contains("<p class=\"reach extrapolated\">Extrapolated: the equivalent number"),
        "the m_eq card says it reads off an extrapolated E0(m)");
    ForecastCard budget = memo.card(ForecastCard.Kind.BUDGET);
    assertNotNull(budget, "budget card when costs are given");
    assertTrue(budget.sentence().startsWith("Spending the budget on 10,000 more simulation rows"),
        budget.sentence());
    assertEquals(memo.forecast().budget().trust(), budget.trust(), "the budget's own grade");
    assertEquals("Extrapolated: beyond the measured n or m", budget.reach());
    assertTrue(budget.sentence().contains("Beyond what was measured: n after the budget"),
        budget.sentence());
    assertTrue(budget.band().matches("in (over |under )?\\d+% of the bootstrap refits"),
        budget.band());
    assertTrue(memo.otherCurves().contains("transfer, m = 100"), memo.otherCurves());
  }

  @Test
  void aMemoWithoutCostsLeavesTheBudgetOut() throws IOException {
    ForecastMemo memo = memo(MemoFixtures.syntheticCsv(dir), target(0.25, null));
    assertNull(memo.card(ForecastCard.Kind.BUDGET));
    assertFalse(MemoHtml.render(memo).contains("Budget: simulation or experiments?"));
  }

  @Test
  void unknownStrategyOrMIsAUserErrorListingTheCurvesThereAre() throws IOException {
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(MemoFixtures.gridTable(),
        MemoFixtures.OPTIONS);
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> CurveChoice.choose(analysis, "frozen", null));
    assertTrue(e.getMessage().contains("has no curve for strategy 'frozen'"), e.getMessage());
    assertTrue(e.getMessage().contains("transfer (m = 100, 300, 1000)"), e.getMessage());
    assertThrows(UserFacingException.class, () -> CurveChoice.choose(analysis, null, 42));
    assertEquals(300, CurveChoice.choose(analysis, null, 300).m());
  }

  @Test
  void htmlIsSelfContained() throws IOException {
    String html = MemoHtml.render(memo(MemoFixtures.syntheticCsv(dir), target(0.25, null)));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg"), "chart inline");
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked stylesheets");
    assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
    assertTrue(html.contains("default-src 'none'"), "content security policy");
    assertTrue(html.contains("@media print"), "print styles");
    assertEquals(html, new String(MemoFormat.HTML.render(
        memo(MemoFixtures.syntheticCsv(dir), target(0.25, null))), StandardCharsets.UTF_8),
        "the same input, seed and date give the same memo");
  }
}
