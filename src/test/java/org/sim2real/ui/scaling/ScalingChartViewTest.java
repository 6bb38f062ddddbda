package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.Project;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.chart.ChartInteractions;
import org.testfx.framework.junit5.ApplicationTest;

/** The Scaling screen driven like a user would, headless, with scripted dialogs. */
class ScalingChartViewTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private final List<String> started = new ArrayList<>(); // titles of the tasks handed to the worker
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private final ProjectSession session = new ProjectSession();
  private ScalingViewModel model;
  private ScalingChartView view;

  @Override
  public void start(Stage stage) {
    BackgroundTasks tasks = new BackgroundTasks(job -> {
      started.add(((BackgroundTasks.Job) job).title());
      workers.add(job);
    }, Runnable::run, Runnable::run);
    model = new ScalingViewModel(tasks);
    model.bootstrapProperty().set(200); // intervals without a long wait
    view = new ScalingChartView(model, session, dialogs, tasks, theme);
    stage.setScene(new Scene(view, 1200, 760));
    theme.get().applyTo(stage.getScene());
    stage.show();
  }

  @BeforeEach
  void noWorkLeftOver() {
    workers.clear();
  }

  /** Full fits handed to the worker so far (quick fits have their own title). */
  private long fitsStarted() {
    return started.stream().filter("Fitting the scaling law"::equals).count();
  }

  /** Runs the background work the screen started (and what that starts), as the pool would. */
  private void finishBackgroundWork() {
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
  }

  private void openBandGap() throws Exception {
    dialogs.filesToOpen.add(ChartTestTables.bandGapCells(dir));
    clickOn("#openLearningCurves");
    finishBackgroundWork();
  }

  /** Scrolls the side panel so that the node is on screen, as a user would before clicking. */
  private String onScreen(String id) {
    interact(() -> {
      Node node = lookup(id).query();
      javafx.scene.control.ScrollPane scroll = null;
      for (Node n = node.getParent(); n != null && scroll == null; n = n.getParent()) {
        if (n instanceof javafx.scene.control.ScrollPane sp) {
          scroll = sp;
        }
      }
      if (scroll != null) {
        double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double room = scroll.getContent().getBoundsInLocal().getHeight()
            - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        scroll.layout();
      }
    });
    return id;
  }

  private ScalingChart chart() {
    ScalingChart chart = view.chartPane().chart();
    assertNotNull(chart, "no chart shown");
    return chart;
  }

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private boolean visible(String id) {
    for (Node n = lookup(id).query(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void emptyStateExplainsTheChartAndOffersToOpenATable() {
    assertTrue(visible("#emptyState-SCALING"));
    assertTrue(visible("#openLearningCurves"));
    assertFalse(visible("#scalingChart"));
  }

  @Test
  void openingATableShowsTheChartWithSeriesAndFittedParameters() throws Exception {
    openBandGap();
    assertTrue(visible("#scalingChart"));
    assertFalse(visible("#emptyState-SCALING"));
    assertTrue(chart().seriesNames().contains("finetune, m = 3683"));
    assertTrue(chart().seriesNames().contains("fit: finetune, m = 3683"));
    assertEquals("alpha", text("#parameter-2-0"));
    CurveAnalysis curve = model.primaryProperty().get();
    assertEquals(org.sim2real.core.scaling.curve.Format.value(curve.parameter("alpha").value()),
        text("#parameter-2-1"));
    assertTrue(text("#fitTrust").startsWith("Trust: "), text("#fitTrust"));
    assertTrue(text("#leftOutPoints").contains("n = 100: before the last negative transfer")
        || text("#leftOutPoints").contains("n = 100: negative transfer"), text("#leftOutPoints"));
    assertTrue(text("#tableSource").startsWith("cells.csv in "));
    assertEquals("open: Open a Learning-Curve Table", dialogs.asked.get(0));
  }

  @Test
  void sidePanelLeadsWithPlainWordsAndNamesEveryConcernAndSourceOfUncertainty() throws Exception {
    openBandGap();
    CurveAnalysis curve = model.primaryProperty().get();
    assertTrue(text("#fitLawShape").startsWith("A "), text("#fitLawShape"));
    assertTrue(text("#fitLaw").startsWith("power law with offset E(n) = ")
        || text("#fitLaw").startsWith("broken power law E(n) = "), text("#fitLaw"));
    for (String concern : curve.trust().concerns()) {
      assertTrue(text("#fitConcerns").contains(concern), concern);
    }
    // the band-gap cells.csv has no per-test-row errors: the panel says what is missing
    assertFalse(curve.testRowsIncluded());
    assertTrue(text("#fitUncertainty").startsWith("The 90% bands include the spread between"
        + " repetitions"), text("#fitUncertainty"));
    assertTrue(text("#fitUncertainty").contains("Missing, so the bands are too narrow: the"
        + " sampling error of the test set"), text("#fitUncertainty"));
    assertEquals(curve.extrapolation().sentence(), text("#fitExtrapolation"));
    assertEquals(curve.backTests().sentence(), text("#fitBackTest"));
    for (String note : curve.notes()) {
      assertTrue(text("#fitNotes").contains(note), note);
    }
    assertTrue(chart().legendLabels().contains("90% forecast band"),
        chart().legendLabels().toString());
  }

  @Test
  void crosshairReadoutNamesTheForecastTheMeanCurveAndTheRerunBands() throws Exception {
    openBandGap();
    ChartInteractions mouse = view.chartPane().interactions();
    Node canvas = view.chartPane().viewer().getCanvas();
    moveTo(canvas.localToScreen(mouse.xOf(300_000), mouse.yOf(0.45)));
    String readout = view.chartPane().readout().getText();
    assertTrue(readout.startsWith("n = "), readout);
    assertTrue(readout.contains("forecast 90%: ") && readout.contains("mean curve 90%: ")
        && readout.contains("a re-run would measure 90%: "), readout);
    moveTo(canvas.localToScreen(mouse.xOf(21_544), mouse.yOf(0.45)));
    assertTrue(view.chartPane().readout().getText().contains("forecast = mean curve 90%: "),
        view.chartPane().readout().getText());
  }

  @Test
  void backTestTabListsOneRowPerReplayedForecastWithItsCoverage() throws Exception {
    openBandGap();
    clickOn("#tabBackTest");
    CurveAnalysis curve = model.primaryProperty().get();
    int forecasts = curve.backTests().tests().size();
    assertTrue(forecasts >= 3, "the band-gap window replays several origins: " + forecasts);
    assertTrue(visible("#backTestTable"));
    assertFalse(visible("#backTestEmpty"));
    javafx.scene.control.TableView<?> table = lookup("#backTestTable").queryTableView();
    assertEquals(forecasts, table.getItems().size());
    assertEquals(curve.backTests().sentence(), text("#backTestCoverage"));
    assertTrue(text("#backTestIntroduction").startsWith("If the study had stopped at an earlier"
        + " size"), text("#backTestIntroduction"));
    // keyboard: focus the table, walk down to the second forecast
    clickOn(table.lookup(".column-header"));
    interact(table::requestFocus);
    type(KeyCode.DOWN, KeyCode.DOWN);
    var chosen = curve.backTests().tests().get(table.getSelectionModel().getSelectedIndex());
    assertEquals((double) chosen.fittedUpToN(), view.backTestView().chart().selectedOrigin());
    assertEquals(BackTestView.result(chosen), ((javafx.scene.control.TableColumn<?, ?>)
        table.getColumns().get(5)).getCellData(table.getSelectionModel().getSelectedIndex()));
  }

  @Test
  void backTestTabSaysWhyThereIsNoneWhenTheWindowIsTooShort() throws Exception {
    List<Long> sizes = org.sim2real.core.scaling.teaching.TeachingCurveGenerator.logSpacedSizes(
        1000, 100_000, 4);
    Path four = ChartTestTables.write(org.sim2real.core.scaling.teaching.TeachingCurveGenerator
        .generate(sizes, List.of(500), 4, 0.02, 3, (n, m) -> 0.2 + 2 * Math.pow(n, -0.3),
            null), dir.resolve("four.csv"));
    dialogs.filesToOpen.add(four);
    clickOn("#openLearningCurves");
    finishBackgroundWork();
    clickOn("#tabBackTest");
    CurveAnalysis curve = model.primaryProperty().get();
    assertTrue(curve.backTests().isEmpty());
    assertTrue(visible("#backTestEmpty"));
    assertFalse(visible("#backTestTable"));
    assertTrue(text("#backTestEmpty").startsWith("No back-test: the window needs at least"),
        text("#backTestEmpty"));
    assertTrue(text("#backTestEmpty").endsWith("This curve's window has 4 sizes."),
        text("#backTestEmpty"));
  }

  @Test
  void aQuickFitShowsAtOnceAndTheFullBootstrapReplacesIt() throws Exception {
    dialogs.filesToOpen.add(ChartTestTables.bandGapCells(dir));
    clickOn("#openLearningCurves");
    interact(() -> workers.poll().run()); // reads the table, queues the quick and the full fit
    assertEquals(2, workers.size());
    interact(() -> workers.poll().run());
    assertTrue(model.preliminaryProperty().get());
    assertTrue(visible("#scalingChart"));
    assertTrue(text("#refiningNotice").contains("refining with 200"), text("#refiningNotice"));
    finishBackgroundWork();
    assertFalse(model.preliminaryProperty().get());
    assertEquals(200, model.analysisProperty().get().options().bootstrapResamples());
  }

  @Test
  void choosingAnotherWindowRefitsTheLaw() throws Exception {
    openBandGap();
    String alphaBefore = text("#parameter-2-1");
    interact(() -> lookup("#windowLow").<Long>queryComboBox().getSelectionModel().select(Long.valueOf(10000)));
    finishBackgroundWork();
    CurveAnalysis curve = model.primaryProperty().get();
    assertEquals(10000, curve.window().low());
    assertTrue(curve.window().userChosen());
    assertNotEquals(alphaBefore, text("#parameter-2-1"));
    assertEquals(10000, chart().window().low());
    clickOn(onScreen("#proposeWindow"));
    finishBackgroundWork();
    assertFalse(model.primaryProperty().get().window().userChosen());
  }

  @Test
  void draggingTheWindowEndOnTheChartRefitsOnceOnRelease() throws Exception {
    openBandGap();
    long fitsBefore = fitsStarted();
    ChartInteractions mouse = view.chartPane().interactions();
    double[] window = chart().windowMarkers();
    Node canvas = view.chartPane().viewer().getCanvas();
    double y = mouse.yOf(0.45);
    Point2D from = canvas.localToScreen(mouse.xOf(window[1]), y);
    Point2D to = canvas.localToScreen(mouse.xOf(100_000), y);
    drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
    assertEquals(fitsBefore + 1, fitsStarted());
    finishBackgroundWork();
    assertEquals(100_000, model.primaryProperty().get().window().high());
    assertEquals(100_000, chart().window().high());
  }

  @Test
  void refitsWhileOneRunsAreCoalescedToTheLatest() throws Exception {
    openBandGap();
    long fitsBefore = fitsStarted();
    interact(() -> {
      model.chooseWindow(2154, 46416);
      model.chooseWindow(4642, 100000);
      model.chooseWindow(10000, 100000);
      model.chooseWindow(1000, 46416);
    });
    assertEquals(fitsBefore + 1, fitsStarted(), "only the first starts while none runs");
    finishBackgroundWork();
    assertEquals(fitsBefore + 2, fitsStarted(), "then only the latest");
    assertEquals(1000, model.primaryProperty().get().window().low());
  }

  @Test
  void togglingASeriesTakesItOffTheChart() throws Exception {
    dialogs.filesToOpen.add(ChartTestTables.gridCsv(dir));
    clickOn("#openLearningCurves");
    finishBackgroundWork();
    assertTrue(chart().seriesNames().contains("transfer, m = 200"));
    clickOn(onScreen("#series-transfer-200"));
    finishBackgroundWork();
    assertFalse(chart().seriesNames().contains("transfer, m = 200"));
    assertTrue(chart().seriesNames().contains("transfer, m = 1000"));
    assertEquals(1000, model.primaryProperty().get().m());
  }

  @Test
  void targetErrorShowsTheSimulationSizeItNeeds() throws Exception {
    openBandGap();
    clickOn(onScreen("#targetError")).write("0.40").type(KeyCode.ENTER);
    finishBackgroundWork();
    assertEquals(0.40, model.targetProperty().get());
    // the Forecast step's data-need card, in its words and rounding
    assertTrue(text("#nNeeded").matches("(?s)Simulation needed for MAE 0\\.400: (about [0-9,]+"
        + " simulation rows \\(90% forecast interval: .*|Cannot tell yet .*)"), text("#nNeeded"));
    assertTrue(text("#nNeeded").contains("\nTrust in this forecast: "), text("#nNeeded"));
    assertTrue(chart().legendLabels().stream().anyMatch(l -> l.startsWith("n* = ")
        && l.contains(" (90%: ") && l.contains(" for target 0.400")),
        chart().legendLabels().toString());
  }

  @Test
  void draggingTheTargetLineUpdatesTheNeededSizeLive() throws Exception {
    openBandGap();
    interact(() -> model.targetProperty().set(0.45));
    finishBackgroundWork();
    ChartInteractions mouse = view.chartPane().interactions();
    Node canvas = view.chartPane().viewer().getCanvas();
    double x = mouse.xOf(1000);
    drag(canvas.localToScreen(x, mouse.yOf(0.45)), MouseButton.PRIMARY)
        .moveTo(canvas.localToScreen(x, mouse.yOf(0.39)));
    assertTrue(text("#nNeeded").contains("by the fitted law"), text("#nNeeded"));
    assertEquals(0.39, chart().targetError(), 0.003);
    release(MouseButton.PRIMARY);
    finishBackgroundWork();
    assertEquals(0.39, model.targetProperty().get(), 0.003);
    assertTrue(text("#nNeeded").startsWith("Simulation needed for MAE 0.39"), text("#nNeeded"));
    assertEquals(Format.error(model.targetProperty().get()),
        lookup("#targetError").queryAs(TextField.class).getText(), "the field follows the line");
  }

  @Test
  void aTargetThatIsNotANumberClearsTheAnswerAndTheTargetAtOnce() throws Exception {
    openBandGap();
    clickOn(onScreen("#targetError")).write("0.40");
    finishBackgroundWork();
    assertTrue(text("#nNeeded").startsWith("Simulation needed for MAE 0.400: "),
        text("#nNeeded"));
    write("%");
    assertEquals("No data need while the target is not a number: fix the target above.",
        text("#nNeeded"), "no answer for the 0.40 the field no longer holds");
    assertNull(model.targetProperty().get(), "and no target line on the chart");
    assertTrue(text("#targetErrorProblem").contains("is not a number"),
        text("#targetErrorProblem"));
    assertTrue(lookup("#targetError").query().getStyleClass().contains("field-error"));
    eraseText(1);
    finishBackgroundWork();
    assertEquals(0.40, model.targetProperty().get());
    assertTrue(text("#nNeeded").startsWith("Simulation needed for MAE 0.400: "),
        text("#nNeeded"));
  }

  @Test
  void contextMenuSetsTheTargetAndTheWindowWhereTheUserClicked() throws Exception {
    openBandGap();
    ChartInteractions mouse = view.chartPane().interactions();
    Node canvas = view.chartPane().viewer().getCanvas();
    openContextMenu(canvas, mouse.xOf(1000), mouse.yOf(0.40));
    clickOn("Set Target Error Here");
    assertEquals(0.40, model.targetProperty().get(), 0.002);
    openContextMenu(canvas, mouse.xOf(2154), mouse.yOf(0.45));
    clickOn("Set Window Start Here");
    finishBackgroundWork();
    assertEquals(2154, model.primaryProperty().get().window().low());
  }

  /** What a right click does (Monocle's robot sends no context-menu event of its own). */
  private void openContextMenu(Node canvas, double x, double y) {
    Point2D screen = canvas.localToScreen(x, y);
    Point2D scene = canvas.localToScene(x, y);
    interact(() -> view.chartPane().viewer().fireEvent(new ContextMenuEvent(
        ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
        screen.getY(), false, null)));
  }

  @Test
  void badExtrapolationInputIsMarkedAndNotUsed() throws Exception {
    openBandGap();
    clickOn(onScreen("#extrapolateTo")).write("lots").type(KeyCode.ENTER);
    TextField field = lookup("#extrapolateTo").queryAs(TextField.class);
    assertTrue(field.getStyleClass().contains("field-error"));
    assertTrue(text("#extrapolateToProblem").contains("not a size"));
    assertEquals(null, model.extrapolateToProperty().get());
    interact(() -> field.setText("2M"));
    type(KeyCode.ENTER);
    assertEquals(2e6, model.extrapolateToProperty().get());
    assertFalse(field.getStyleClass().contains("field-error"));
  }

  @Test
  void exportWritesAPngOfTheChart() throws Exception {
    openBandGap();
    Path png = dir.resolve("bandgap.png");
    dialogs.filesToSave.add(png);
    clickOn("#exportMenu").clickOn("PNG Image...");
    finishBackgroundWork();
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1000, image.getWidth());
    assertEquals(700, image.getHeight());
    assertTrue(lookup("#exportNotice").queryAs(Label.class).getText().startsWith("Saved "));
  }

  @Test
  void exportAddsTheExtensionWhenTheNameHasNone() throws Exception {
    openBandGap();
    dialogs.filesToSave.add(dir.resolve("plotted"));
    clickOn("#exportMenu").clickOn("Plotted Data (CSV)...");
    finishBackgroundWork();
    assertTrue(Files.readString(dir.resolve("plotted.csv")).startsWith("series,kind,n,"));
  }

  @Test
  void exportOnTheBackTestTabWritesEveryReplayedForecast() throws Exception {
    openBandGap();
    clickOn("#tabBackTest");
    dialogs.filesToSave.add(dir.resolve("replay.csv"));
    clickOn("#exportMenu").clickOn("Plotted Data (CSV)...");
    finishBackgroundWork();
    assertTrue(dialogs.asked.stream().anyMatch(a -> a.contains("[back-test.csv]")),
        dialogs.asked.toString());
    List<String> lines = Files.readAllLines(dir.resolve("replay.csv"));
    long forecasts = lines.stream().filter(l -> l.contains(",back-test held,")
        || l.contains(",back-test missed,")).count();
    assertEquals(model.primaryProperty().get().backTests().tests().size(), forecasts);
  }

  @Test
  void darkThemeRecoloursTheChart() throws Exception {
    openBandGap();
    interact(() -> theme.set(Theme.DARK));
    finishBackgroundWork();
    assertEquals(ChartTheme.DARK.background(), chart().chart().getBackgroundPaint());
    assertTrue(view.getStyleClass().contains("dark"));
  }

  @Test
  void singleMTableExplainsWhyThereIsNoErrorAgainstMChart() throws Exception {
    openBandGap();
    clickOn("#tabM");
    assertTrue(visible("#mChartMessage"));
    assertTrue(text("#mChartMessage").startsWith("Run several m values to see this chart"));
  }

  @Test
  void severalMDrawTheErrorAgainstMChart() throws Exception {
    dialogs.filesToOpen.add(ChartTestTables.gridCsv(dir));
    clickOn("#openLearningCurves");
    finishBackgroundWork();
    clickOn("#tabM");
    assertTrue(visible("#mChart"));
    assertFalse(visible("#mChartMessage"));
  }

  @Test
  void projectResultsAreShownWhenTheScalingStepOpens() throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    ChartTestTables.bandGapCells(results);
    Path projectFile = dir.resolve("study.s2r");
    interact(() -> session.load(Project.newProject("Band gaps"), projectFile, false));
    finishBackgroundWork();
    assertTrue(visible("#scalingChart"));
    assertTrue(model.loadedProperty().get().fromProject());
    interact(() -> session.load(Project.newProject("Other"), dir.resolve("x/other.s2r"), false));
    assertTrue(visible("#emptyState-SCALING"), "another project without results: empty again");
    interact(() -> session.selectedStepProperty().set(WorkbenchStep.SCALING));
    assertTrue(workers.isEmpty());
  }

  @Test
  void unreadableTableIsReportedAndTheScreenStaysUsable() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "size,score\n1,2\n");
    dialogs.filesToOpen.add(bad);
    clickOn("#openLearningCurves");
    finishBackgroundWork();
    assertTrue(model.problemProperty().get().contains("no column 'n'"),
        model.problemProperty().get());
    assertTrue(visible("#emptyState-SCALING"));
    assertTrue(text("#emptyProblem").contains("no column 'n'"));
  }
}
