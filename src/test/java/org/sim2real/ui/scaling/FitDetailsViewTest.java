package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.testfx.framework.junit5.ApplicationTest;

/** The fitted numbers beside the chart: plain words first, the statistics behind Details. */
class FitDetailsViewTest extends ApplicationTest {
  /** Words of the statistics that belong in the details, not in a section's first sentence. */
  private static final List<String> JARGON = List.of("AICc", "chi-square", "R2", "R\u00b2",
      "delta", "degrees of freedom", "90%:");

  @TempDir Path dir;
  private FitDetailsView view;

  @Override
  public void start(Stage stage) {
    view = new FitDetailsView();
    stage.setScene(new Scene(new ScrollPane(view), 360, 700));
    stage.show();
  }

  private CurveAnalysis bandGapCurve() throws IOException {
    var table = LearningCurveReader.read(ChartTestTables.bandGapCells(dir), null);
    var analysis = ScalingAnalyzer.analyze(table,
        FitOptions.defaults().withBootstrap(200, FitOptions.DEFAULT_SEED));
    return analysis.curves().stream().filter(c -> c.m() == 3683).findFirst().orElseThrow();
  }

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private TitledPane details(String id) {
    return lookup(id).queryAs(TitledPane.class);
  }

  @Test
  void everySectionLeadsWithAPlainSentenceAndKeepsItsStatisticsInAClosedDetailsExpander()
      throws IOException {
    CurveAnalysis curve = bandGapCurve();
    interact(() -> view.show(curve));
    for (String lead : List.of("#fitTrust", "#fitLawShape", "#fitFormLead", "#fitBackTestLead",
        "#fitRegime")) {
      String sentence = text(lead);
      assertFalse(sentence.isBlank(), lead);
      for (String word : JARGON) {
        assertFalse(sentence.contains(word), lead + " says '" + word + "': " + sentence);
      }
    }
    assertTrue(text("#fitTrust").startsWith("Trust: "), text("#fitTrust"));
    assertTrue(text("#fitConcerns").startsWith("Why: " + curve.trust().reason()));
    // the statistics: still there, one click away
    assertEquals(curve.comparison().sentence(), text("#fitComparison"));
    assertTrue(text("#fitComparison").contains("AICc"));
    assertTrue(text("#fitGoodness").startsWith("Goodness: R2 in log space"));
    for (String section : List.of("#trustDetails", "#lawDetails", "#fitDetails",
        "#backTestDetails")) {
      assertEquals("Details", details(section).getText(), section);
      assertFalse(details(section).isExpanded(), section + " starts closed");
    }
    assertTrue(details("#lawDetails").getContent().lookup("#parameterTable") != null,
        "the parameter table is in the law's details");
  }

  @Test
  void negativeTransferIsSaidOnceInWordsAndItsAmountsOnlyInTheDetails() throws IOException {
    CurveAnalysis curve = bandGapCurve();
    assertFalse(curve.regime().negativeTransfer().isEmpty(), "the fixture has negative transfer");
    interact(() -> view.show(curve));
    String lead = text("#fitRegime");
    assertEquals(1, lead.split("Negative transfer", -1).length - 1, lead);
    String amounts = text("#fitNegativeTransfer");
    assertTrue(amounts.startsWith("By how much transfer is worse than scratch: n = "), amounts);
    assertFalse(amounts.contains("Negative transfer"), amounts);
  }

  @Test
  void aParameterOnItsBoundSaysSoInsteadOfAnEmptyInterval() {
    LawFit floorAtZero = new LawFit(LawForm.POWER_LAW_WITH_OFFSET, new double[] {2, 0.3, 0},
        0.01, 8, false, true);
    ParameterEstimate c = new ParameterEstimate("C", 0, new Interval(0, 0));
    ParameterEstimate alpha = new ParameterEstimate("alpha", 0.3, new Interval(0.2, 0.4));
    assertTrue(FitSentences.atBound(floorAtZero, c));
    assertFalse(FitSentences.atBound(floorAtZero, alpha));
    LawFit floorAbove = new LawFit(LawForm.POWER_LAW_WITH_OFFSET, new double[] {2, 0.3, 0.1},
        0.01, 8, false, false);
    assertFalse(FitSentences.atBound(floorAbove,
        new ParameterEstimate("C", 0.1, new Interval(0.05, 0.15))));
    ParameterEstimate steep = new ParameterEstimate("alpha", LawForm.MAX_ALPHA,
        new Interval(1, LawForm.MAX_ALPHA));
    assertTrue(FitSentences.atBound(floorAbove, steep));
  }
}
