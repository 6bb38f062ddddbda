package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.study.RunLedger;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.scaling.ScalingChartView;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product as a user goes through it (issue 7), headless on the real main window: import
 * the synthetic sample pair, design a small study in the Study form, run it on the Run screen,
 * read the fitted law on the Scaling screen and the answers on the Forecast screen, save the
 * project, and reopen it in a fresh window with the same results and design. Only the native
 * file choosers are scripted (FakeDialogService); everything else is clicks and typing.
 */
class EndToEndGuiTest extends ApplicationTest {
  private static final long TIMEOUT_SECONDS = 180;
  /** Five log-spaced simulation sizes of the study. */
  private static final String SIZES = "100, 300, 1000, 3000, 10000";

  @TempDir Path dir;

  private final QueuedWork work = new QueuedWork();
  private FakeDialogService dialogs = new FakeDialogService();
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    workbench = open(stage, dialogs);
  }

  private Workbench open(Stage stage, FakeDialogService answers) {
    return Workbench.show(stage, work.services(answers,
        new WorkbenchPreferences(new InMemoryPreferences())));
  }

  /** Runs the shared task pool's work (imports, fits, forecasts) on the FX thread. */
  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  private void await(String what, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("timed out waiting for " + what + "; run log: " + runLog()
          + "; status: " + workbench.shell().statusMessageProperty().get(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> runLog() {
    return lookup("#runLog").tryQuery()
        .map(n -> List.copyOf(((ListView<String>) n).getItems())).orElse(List.of());
  }

  private String label(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private String text(String id) {
    return lookup(id).queryAs(Text.class).getText();
  }

  private boolean showing(String id) {
    Optional<Node> node = lookup(id).tryQuery();
    if (node.isEmpty()) {
      return false;
    }
    for (Node n = node.get(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** Tabs to the field as a user would (the form scrolls it into view), clicks it and types. */
  private void type(String field, String value) {
    interact(() -> lookup(field).query().requestFocus());
    clickOn(field);
    push(KeyCode.CONTROL, KeyCode.A);
    write(value);
    push(KeyCode.TAB);
  }

  private Path copySample(String name) throws IOException {
    Path sample = Path.of("sample-data", "synthetic", name);
    return Files.copy(sample, dir.resolve(name));
  }

  private void importTheSyntheticPair() throws IOException {
    dialogs.filesToOpen.add(copySample("simulation.csv.gz"));
    clickOn("#importSimulation");
    finishBackgroundWork();
    dialogs.filesToOpen.add(copySample("experiments.csv"));
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    finishBackgroundWork();
    assertTrue(workbench.data().readyProperty().get(), "both datasets imported: "
        + workbench.shell().statusMessageProperty().get());
  }

  /**
   * A 64-32 MLP with short fixed phases: the run takes a few CPU seconds, and on this pair it
   * still gives a learning curve with a floor (C about 0.07, alpha about 0.5; the long reference
   * run of this sample finds C 0.068).
   */
  private void designASmallStudy() {
    clickOn("#step-STUDY");
    type("#hiddenLayers", "64, 32");
    type("#batchSize", "64");
    type("#pretrainMinSteps", "3000");
    type("#pretrainMaxSteps", "3000");
    type("#finetuneLearningRate", "0.001");
    type("#finetuneEpochs", "60");
    type("#scratchEpochs", "60");
    type("#newheadEpochs", "60");
    interact(() -> lookup("#strategy-FROZEN_FEATURES").query().requestFocus());
    clickOn("#strategy-FROZEN_FEATURES");
    type("#sizeList", SIZES);
    type("#repetitions", "2");
  }

  private ScalingChartView scalingView() {
    return lookup("#scalingView").queryAs(ScalingChartView.class);
  }

  private ScalingChart chart() {
    ScalingChart chart = scalingView().chartPane().chart();
    assertNotNull(chart, "the Scaling step shows no chart");
    return chart;
  }

  /** What the Scaling step shows of the fit: the parameter table and the chart's legend. */
  private record ScalingPicture(List<String> parameterTable, List<String> legend,
      String trust) {}

  private ScalingPicture scalingPicture() {
    List<String> table = new ArrayList<>();
    for (int row = 0; row <= 3; row++) {
      for (int column = 0; column <= 2; column++) {
        table.add(label("#parameter-" + row + "-" + column));
      }
    }
    return new ScalingPicture(table, chart().legendLabels(), label("#fitTrust"));
  }

  private static double number(String shown) {
    return Double.parseDouble(shown.replace(",", ""));
  }

  @Test
  void aStudyGoesFromImportToForecastAndComesBackAfterReopening() throws IOException {
    importTheSyntheticPair();
    designASmallStudy();
    assertEquals("22 cells", label("#summaryCells"),
        "5 sizes x 2 repetitions x 2 strategies + 2 scratch baselines");

    // Run: the unsaved project is saved first (into the temporary folder), then the study runs
    clickOn("#step-RUN");
    Path project = dir.resolve("flow.s2r");
    dialogs.confirmations.add(true);
    dialogs.filesToSave.add(project);
    clickOn("#runStart");
    await("the run to finish", () -> label("#runSummary").startsWith("Finished"));
    assertEquals("22 of 22 cells", label("#runCells"));
    assertTrue(runLog().get(runLog().size() - 1).contains("Finished: all 22 cells done"),
        runLog().toString());
    // a fixed grid has no answer by wave: the live curve alone, without tab headers
    javafx.scene.control.TabPane charts = lookup("#runChartTabs").queryAs(
        javafx.scene.control.TabPane.class);
    assertEquals(List.of("runCurveTab"), charts.getTabs().stream().map(t -> t.getId()).toList());
    assertTrue(charts.getStyleClass().contains("single-tab"), charts.getStyleClass().toString());
    Path results = dir.resolve("results");
    assertEquals(22, RunLedger.read(results.resolve(RunLedger.FILE_NAME)).results().size());
    assertTrue(Files.isRegularFile(results.resolve("cells.csv")));

    // Scaling: the run's cells.csv is picked up and fitted
    clickOn("#runGoToScaling");
    assertEquals(WorkbenchStep.SCALING, workbench.session().selectedStepProperty().get());
    finishBackgroundWork();
    assertTrue(showing("#scalingChart"), "the Scaling step shows the run's results");
    assertFalse(showing("#emptyState-SCALING"));
    assertTrue(label("#tableSource").contains("cells.csv"), label("#tableSource"));
    ScalingPicture picture = scalingPicture();
    List<String> table = picture.parameterTable();
    assertEquals(List.of("parameter", "value", "90% interval", "D"), table.subList(0, 4));
    assertEquals("alpha", table.get(6));
    assertEquals("C", table.get(9));
    double d = number(table.get(4));
    double alpha = number(table.get(7));
    double c = number(table.get(10));
    assertTrue(d > 0 && alpha > 0 && c >= 0, table.toString());
    String equation = table.get(4) + "\u00b7n^-" + table.get(7) + " + " + table.get(10);
    // with several curves the legend gives each curve one entry naming its law's form; the
    // equation itself is in the side panel
    assertTrue(picture.legend().stream().anyMatch(l -> l.startsWith("finetune, m = ")
        && l.contains("; fit: power law with offset")), "legend " + picture.legend());
    assertTrue(label("#fitLaw").contains(equation), label("#fitLaw") + " lacks " + equation);
    assertTrue(chart().seriesNames().stream().anyMatch(s -> s.startsWith("frozen")),
        chart().seriesNames().toString());
    assertTrue(picture.trust().startsWith("Trust: "), picture.trust());
    CurveAnalysis fitted = scalingView().model().primaryProperty().get();
    assertNotNull(fitted);
    assertEquals("finetune", fitted.strategy());

    // Forecast: a target between the floor and the measured errors needs more simulation rows
    push(KeyCode.CONTROL, KeyCode.DIGIT5);
    finishBackgroundWork();
    assertTrue(showing("#forecastCards"), "the Forecast step reads the Scaling step's fit");
    assertFalse(showing("#emptyState-FORECAST"));
    double lowest = fitted.points().stream().mapToDouble(p -> p.mean()).min().orElseThrow();
    assertTrue(lowest > c, "the floor " + c + " lies below every measured error");
    double reachable = c + 0.5 * (lowest - c);
    type("#targetField", String.format(Locale.ROOT, "%.4f", reachable));
    finishBackgroundWork();
    String need = text("#DATA_NEED-value");
    Matcher about = Pattern.compile("about ([0-9,]+)").matcher(need);
    assertTrue(about.matches(), need);
    double expectedN = Math.pow(d / (reachable - c), 1 / alpha);
    double shownN = number(about.group(1));
    assertTrue(Math.abs(shownN / expectedN - 1) < 0.08,
        "shown n " + shownN + ", from the Scaling step's D, alpha, C: " + expectedN);
    assertTrue(shownN > fitted.largestMeasuredN(), need);
    assertEquals("simulation rows", text("#DATA_NEED-unit").strip());
    String level = picture.trust().substring("Trust: ".length(),
        picture.trust().indexOf(" \u2014"));
    assertEquals(level.toLowerCase(Locale.ROOT), text("#TRUST-value").toLowerCase(Locale.ROOT),
        "both steps grade the same fit");
    assertTrue(label("#DATA_NEED-trust").startsWith("Trust: "), label("#DATA_NEED-trust"));

    // a target below the floor C is out of reach of simulation alone
    assertTrue(c > 0.01, "this study has a floor: " + table);
    type("#targetField", String.format(Locale.ROOT, "%.4f", c / 2));
    finishBackgroundWork();
    assertEquals("Unreachable", text("#DATA_NEED-value"));
    assertTrue(label("#DATA_NEED-sentence").contains("the floor C is " + table.get(10)),
        label("#DATA_NEED-sentence"));

    // Save As into another folder (the results go along), then close the window
    Path copy = Files.createDirectories(dir.resolve("elsewhere")).resolve("flow-copy.s2r");
    dialogs.filesToSave.add(copy);
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
    assertTrue(Files.isRegularFile(copy));
    assertEquals(22, RunLedger.read(dir.resolve("elsewhere").resolve("results")
        .resolve(RunLedger.FILE_NAME)).results().size(), "the ledger was copied along");
    assertFalse(stageOf("#statusBar").getTitle().contains("*"), stageOf("#statusBar")
        .getTitle());
    interact(() -> {
      assertTrue(workbench.prepareToClose());
      stageOf("#statusBar").close();
    });

    // a fresh window opens the saved copy: same fit on Scaling, same design on Study
    FakeDialogService fresh = new FakeDialogService();
    dialogs = fresh;
    interact(() -> workbench = open(new Stage(), fresh));
    fresh.filesToOpen.add(copy);
    push(KeyCode.CONTROL, KeyCode.O);
    finishBackgroundWork();
    assertEquals(copy, workbench.session().file());
    clickOn("#step-SCALING");
    finishBackgroundWork();
    assertTrue(showing("#scalingChart"), "the reopened project shows its results");
    assertTrue(label("#tableSource").contains("elsewhere"), label("#tableSource"));
    // the same fit, and the study's target (typed on the Forecast step) is the project's too
    ScalingPicture reopened = scalingPicture();
    assertEquals(picture.parameterTable(), reopened.parameterTable());
    assertEquals(picture.trust(), reopened.trust());
    List<String> targetLines = new ArrayList<>(reopened.legend());
    targetLines.removeAll(picture.legend());
    assertEquals(1, targetLines.size(), reopened.legend().toString());
    assertTrue(targetLines.get(0).startsWith("target " + Format.error(Double.parseDouble(
        String.format(Locale.ROOT, "%.4f", c / 2)))), targetLines.toString());
    assertTrue(reopened.legend().containsAll(picture.legend()), reopened.legend().toString());
    clickOn("#step-STUDY");
    assertEquals(SIZES, lookup("#sizeList").queryAs(TextField.class).getText());
    assertEquals("2", lookup("#repetitions").queryAs(TextField.class).getText());
    assertEquals("64, 32", lookup("#hiddenLayers").queryAs(TextField.class).getText());
    assertEquals("0.001", lookup("#finetuneLearningRate").queryAs(TextField.class).getText());
    assertEquals("60", lookup("#scratchEpochs").queryAs(TextField.class).getText());
    assertTrue(lookup("#strategy-FROZEN_FEATURES").queryAs(CheckBox.class).isSelected());
    assertEquals("22 cells", label("#summaryCells"));
    clickOn("#step-RUN");
    await("the results folder to be read",
        () -> label("#runFolderNote").startsWith("All 22 cells of this design are done"));
    assertEquals(List.of(), fresh.errors);
  }

  /**
   * A second simulation source (issue 17): every other row of the synthetic simulation with a
   * biased property, added on the Data step's More sources page with a cost per row, runs in the
   * same study against the same experiments and scratch baseline, and shows as its own curve and
   * in the cost view.
   */
  @Test
  void aStudyOfTwoSimulationSourcesRunsAndShowsACurvePerSource() throws IOException {
    importTheSyntheticPair();
    Path other = dir.resolve("simulation_b.csv");
    List<String> lines = new ArrayList<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("simulation.csv.gz"))),
        java.nio.charset.StandardCharsets.UTF_8))) {
      lines.add(in.readLine());
      String line;
      for (int row = 0; (line = in.readLine()) != null; row++) {
        if (row % 2 == 0) {
          int comma = line.lastIndexOf(',');
          double biased = 1.2 * Double.parseDouble(line.substring(comma + 1)) + 0.1;
          lines.add(line.substring(0, comma + 1) + String.format(Locale.ROOT, "%.4f", biased));
        }
      }
    }
    Files.write(other, lines);

    clickOn("#sourcesTab");
    dialogs.filesToOpen.add(other);
    clickOn("#addSource");
    finishBackgroundWork();
    assertEquals(List.of("b"), workbench.session().project().simulationSources().stream()
        .map(s -> s.name()).toList(), "named after what its file name does not share");
    @SuppressWarnings("unchecked")
    javafx.scene.control.TableView<Object> table =
        lookup("#sourcesTable").queryAs(javafx.scene.control.TableView.class);
    assertEquals(1, table.getItems().size());
    interact(() -> {
      table.getSelectionModel().select(0);
      table.edit(0, table.getColumns().get(4)); // the cost per row
    });
    write("0.25");
    push(KeyCode.ENTER);
    assertEquals(0.25, workbench.session().project().simulationSources().get(0).costPerRow());

    clickOn("#step-STUDY");
    type("#hiddenLayers", "64, 32");
    type("#batchSize", "64");
    type("#pretrainMinSteps", "1500");
    type("#pretrainMaxSteps", "1500");
    type("#finetuneEpochs", "40");
    type("#scratchEpochs", "40");
    type("#sizeList", "100, 1000, 10000");
    type("#repetitions", "2");
    assertEquals("14 cells", label("#summaryCells"),
        "2 repetitions x (3 sizes of the primary + 3 of b) + 2 scratch baselines");

    clickOn("#step-RUN");
    dialogs.confirmations.add(true);
    dialogs.filesToSave.add(dir.resolve("two.s2r"));
    clickOn("#runStart");
    await("the run to finish", () -> label("#runSummary").startsWith("Finished"));
    assertEquals("14 of 14 cells", label("#runCells"));
    List<String> strategies = RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME))
        .results().stream().map(r -> r.strategy()).distinct().sorted().toList();
    assertEquals(List.of("finetune", "finetune@b", "scratch"), strategies);

    clickOn("#runGoToScaling");
    finishBackgroundWork();
    List<String> series = chart().seriesNames();
    assertTrue(series.stream().anyMatch(n -> n.startsWith("finetune, m = ")), series.toString());
    assertTrue(series.stream().anyMatch(n -> n.startsWith("finetune@b, m = ")),
        series.toString());
    clickOn("#tabCost");
    finishBackgroundWork();
    assertTrue(showing("#costChart"), "with a cost per row the cost view has a chart");
    assertFalse(showing("#costChartMessage"));
    assertEquals(List.of(), dialogs.errors);
  }

  /**
   * An adaptive study (issue 19): the question is asked on the Study step, the run measures the
   * grid's cells in waves, the Run step shows the answer after each wave with its interval and the
   * verdict, and the ledger holds fewer cells than the full grid.
   */
  @Test
  void anAdaptiveStudyAnswersItsQuestionWaveByWaveWithFewerCellsThanTheGrid() throws IOException {
    importTheSyntheticPair();
    clickOn("#step-STUDY");
    // small and short, yet enough training that transfer beats scratch at the larger sizes (with
    // less, the study ends after its first wave with "no forecast can be given")
    type("#hiddenLayers", "64, 32");
    type("#batchSize", "64");
    type("#pretrainMinSteps", "1500");
    type("#pretrainMaxSteps", "1500");
    type("#finetuneLearningRate", "0.001");
    type("#finetuneEpochs", "30");
    type("#scratchEpochs", "30");
    type("#sizeList", "100, 200, 400, 800, 1600, 3200, 6400, 12800");
    type("#repetitions", "3");
    assertEquals("27 cells", label("#summaryCells"), "3 repetitions x (8 sizes + scratch)");
    interact(() -> lookup("#adaptiveQuestion").query().requestFocus());
    interact(() -> lookup("#adaptiveQuestion").queryAs(javafx.scene.control.ComboBox.class)
        .getSelectionModel().select(org.sim2real.ui.study.AdaptiveQuestionModel.Choice.ERROR_AT));
    type("#adaptiveValue", "12800");
    type("#adaptivePrecision", "50%");
    type("#adaptiveBudget", "16");
    assertEquals(org.sim2real.core.study.AdaptiveSettings.errorAt(12_800, 0.5, true)
        .withBudget(16, null), org.sim2real.core.study.DesignJson.fromTree(
        workbench.session().project().studyDesign(), Path.of("project")).adaptive());

    clickOn("#step-RUN");
    dialogs.confirmations.add(true);
    dialogs.filesToSave.add(dir.resolve("adaptive.s2r"));
    clickOn("#runStart");
    await("the adaptive run to finish", () -> label("#runSummary").startsWith("Finished"));

    assertTrue(label("#runQuestion").startsWith("Wave "), label("#runQuestion"));
    assertTrue(label("#runSummary").startsWith("Finished: the adaptive study has its answer."),
        label("#runSummary") + "\n" + label("#runQuestion") + "\n" + label("#runQuestionDetail"));
    assertTrue(label("#runQuestion").contains("90%"), label("#runQuestion"));
    assertTrue(label("#runQuestionDetail").startsWith("spent "), label("#runQuestionDetail"));
    assertTrue(runLog().stream().anyMatch(l -> l.contains("== Wave 1")), runLog().toString());
    assertTrue(runLog().stream().anyMatch(l -> l.contains("Verdict: ")), runLog().toString());
    int measured = RunLedger.read(dir.resolve("results").resolve(RunLedger.FILE_NAME)).results()
        .size();
    assertTrue(measured >= 10 && measured <= 16, "the first wave (4 sizes x 2 + 2 scratch) and"
        + " at most the budget of 16 cells, not the grid's 27: " + measured);
    assertTrue(label("#runCells").startsWith(measured + " of the grid's 27 cells measured ("),
        label("#runCells"));

    // the answer wave by wave: one point per wave with an answer, its interval around it
    javafx.scene.control.TabPane tabs = lookup("#runChartTabs").queryAs(
        javafx.scene.control.TabPane.class);
    javafx.scene.control.Tab answerTab = tabs.getTabs().stream()
        .filter(t -> "runAnswerTab".equals(t.getId())).findFirst().orElseThrow();
    assertEquals(answerTab, tabs.getSelectionModel().getSelectedItem(),
        "an adaptive run starts on its answer");
    assertFalse(tabs.getStyleClass().contains("single-tab"), "both tab headers show");
    interact(() -> tabs.getSelectionModel().select(answerTab));
    org.jfree.chart.JFreeChart answers = lookup("#runAnswerChart")
        .queryAs(org.jfree.chart.fx.ChartViewer.class).getChart();
    var data = (org.jfree.data.xy.YIntervalSeriesCollection) answers.getXYPlot().getDataset();
    long answeredWaves = runLog().stream().filter(l -> l.contains("== Wave ")
        && l.contains("90%")).count();
    assertTrue(answeredWaves >= 1, runLog().toString());
    assertEquals(answeredWaves, data.getItemCount(0), "one point per wave with an answer");
    for (int i = 0; i < data.getItemCount(0); i++) {
      assertTrue(data.getStartYValue(0, i) <= data.getYValue(0, i)
          && data.getYValue(0, i) <= data.getEndYValue(0, i), "interval around the answer");
    }
    assertEquals(List.of(), dialogs.errors);
  }

  private Stage stageOf(String id) {
    return (Stage) lookup(id).query().getScene().getWindow();
  }
}
