package org.sim2real.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.HtmlText;
import org.sim2real.core.report.SourceRanking;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.scaling.CurrentAnalysisLink;
import org.sim2real.ui.scaling.ScalingViewModel;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * "Which source to grow" and the domain shift per source on the Forecast screen, driven like a
 * user would, headless: they show for a results folder of two simulation sources and not for one,
 * the clearly better source is ranked first, costs come from the design and the cost field, and
 * the domain shift reads each source's file in the background and says plainly when one is
 * missing.
 */
class ForecastSourcesTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private ForecastViewModel model;

  @Override
  public void start(Stage stage) {
    BackgroundTasks tasks = new BackgroundTasks(workers::add, Runnable::run, Runnable::run);
    ScalingViewModel scaling = new ScalingViewModel(tasks);
    scaling.bootstrapProperty().set(200);
    CurrentAnalysis current = new CurrentAnalysis();
    CurrentAnalysisLink.publish(scaling, current);
    model = new ForecastViewModel(current, tasks, s -> { },
        Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneOffset.UTC), () -> null);
    ForecastView view = new ForecastView(model, dialogs, theme, null);
    stage.setScene(new Scene(view, 1200, 800));
    stage.show();
  }

  @BeforeEach
  void noWorkLeftOver() {
    workers.clear();
  }

  private void finishBackgroundWork() {
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
  }

  private void open(Path table) {
    dialogs.filesToOpen.add(table);
    clickOn("#forecastOpenTable");
    finishBackgroundWork();
  }

  private void type(String field, String text) {
    interact(() -> lookup(field).queryAs(TextField.class).setText(text));
    finishBackgroundWork();
  }

  private SourceRanking ranking() {
    ForecastOutcome outcome = model.outcomeProperty().get();
    assertNotNull(outcome);
    return outcome.sources();
  }

  private String label(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private boolean visible(String id) {
    Node node = lookup(id).query();
    if (node == null) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private void openDomainShift() {
    interact(() -> lookup("#domainShift").queryAs(TitledPane.class).setExpanded(true));
    finishBackgroundWork();
  }

  @Test
  void twoSourcesShowTheCardWithTheClearlyBetterSourceRankedFirst() throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER));
    SourceRanking ranking = ranking();
    assertNotNull(ranking, "a card for two sources");
    assertEquals("aflow", ranking.rows().get(0).source(), ranking.sentence());
    assertEquals("primary", ranking.rows().get(1).source());
    assertEquals("Grow aflow", ranking.value(), ranking.sentence());
    assertTrue(visible("#card-SOURCES"));
    assertTrue(visible("#domainShift"));
    assertEquals("Grow aflow", lookup("#SOURCES-value").queryAs(Text.class).getText());
    assertEquals(ranking.sentence(), label("#SOURCES-sentence"));
    assertTrue(label("#SOURCES-sentence").startsWith("Grow aflow: at n = 100,000 simulation rows,"
        + " aflow reaches "), label("#SOURCES-sentence"));
    assertTrue(label("#SOURCES-band").startsWith("aflow better in "), label("#SOURCES-band"));
    assertTrue(label("#SOURCES-trust").startsWith("Trust: "));
  }

  @Test
  void theRankingFollowsTheTruthNotTheOrderOfTheSources() throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.BETTER, TwoSourceResults.WORSE));
    assertEquals("Grow primary", ranking().value(), ranking().sentence());
    assertEquals("primary", ranking().rows().get(0).source());
  }

  @Test
  void aBudgetTakesTheNamedSourcesCostFromTheDesignAndThePrimarysFromTheField()
      throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER));
    type("#budgetField", "10000");
    assertFalse(ranking().byBudget(), "the primary has no cost yet");
    assertTrue(ranking().sentence().contains("primary has none"), ranking().sentence());
    type("#costSimField", "1");
    assertTrue(ranking().byBudget(), ranking().sentence());
    assertEquals("at a budget of 10,000", ranking().where());
    assertEquals("20,000", ranking().rows().stream().filter(r -> r.source().equals("aflow"))
        .findFirst().orElseThrow().rows(), "0.5 per row from the design");
    assertTrue(ranking().sentence().endsWith("Costs per row: aflow 0.5 (the study's design),"
        + " primary 1 (Cost per simulation row)."), ranking().sentence());
    type("#budgetField", "10000x");
    assertEquals("Fix the costs and the budget",
        lookup("#SOURCES-value").queryAs(Text.class).getText(), "no answer for a half-typed budget");
  }

  @Test
  void theMemoWrittenFromTheScreenHasTheSourcesSectionWithTheScreensWords() throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER));
    Path file = dir.resolve("memo.html");
    dialogs.filesToSave.add(file);
    clickOn("#writeMemo");
    finishBackgroundWork();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("<h2>Which source to grow</h2>"), "the section");
    assertTrue(html.contains(HtmlText.escape(label("#SOURCES-sentence"))),
        "the memo says what the screen showed");
    assertTrue(html.contains("<tr><td>1</td><td>aflow</td>"), "aflow ranked first");
  }

  @Test
  void aBrokenDesignLeavesTheOtherCardsAndRanksWithoutItsCosts() throws IOException {
    Path table = TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER);
    Files.writeString(table.resolveSibling("design.json"), "{ not json");
    open(table);
    assertEquals("", model.problemProperty().get(), "the forecast itself did not fail");
    assertEquals("Grow aflow", ranking().value());
    assertTrue(ranking().sentence().contains("design.json could not be read"),
        ranking().sentence());
    assertTrue(visible("#card-DATA_NEED"));
  }

  @Test
  void oneSourceShowsNeitherTheCardNorTheDomainShift() throws IOException {
    open(TwoSourceResults.writeOneSource(dir));
    ForecastOutcome outcome = model.outcomeProperty().get();
    assertNotNull(outcome);
    assertNull(outcome.sources());
    assertNull(outcome.card(ForecastCard.Kind.SOURCES));
    assertFalse(visible("#card-SOURCES"));
    assertFalse(visible("#domainShift"));
    assertTrue(visible("#card-DATA_NEED"), "the other cards as before");
  }

  @Test
  void theDomainShiftReadsEverySourceInTheBackgroundAndDrawsItsCharts() throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER));
    assertTrue(model.domainShift().shifts().isEmpty(), "nothing read before it is opened");
    openDomainShift();
    List<DomainShift> shifts = model.domainShift().shifts();
    assertEquals(List.of("primary", "aflow"), shifts.stream().map(DomainShift::source).toList());
    for (DomainShift shift : shifts) {
      assertTrue(shift.readable(), shift.sentence());
      assertEquals(TwoSourceResults.EXPERIMENT_ROWS, shift.experimentRows());
      assertTrue(label("#domainShift-" + shift.source() + "-sentence").startsWith(
          shift.source() + "'s values run "), shift.sentence());
      assertNotNull(lookup("#domainShift-" + shift.source() + "-histogram")
          .queryAs(ChartViewer.class).getChart());
      assertNotNull(lookup("#domainShift-" + shift.source() + "-parity")
          .queryAs(ChartViewer.class).getChart());
    }
    assertEquals(300, shifts.get(0).simulationRows());
    assertEquals(200, shifts.get(1).simulationRows());
  }

  @Test
  void aMissingSourceFileIsSaidPlainlyAndTheOtherSourceIsStillShown() throws IOException {
    open(TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER));
    Files.delete(dir.resolve("aflow.csv"));
    openDomainShift();
    List<DomainShift> shifts = model.domainShift().shifts();
    assertTrue(shifts.get(0).readable());
    assertFalse(shifts.get(1).readable());
    assertTrue(shifts.get(1).sentence().startsWith("aflow: The file of the data of aflow is"
        + " missing: " + dir.resolve("aflow.csv")), shifts.get(1).sentence());
    assertTrue(label("#domainShift-aflow-sentence").contains("is missing"));
    assertTrue(lookup("#domainShift-aflow-histogram").tryQuery().isEmpty(), "no chart");
  }
}
