package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.report.ChartLabelChecks;
import org.sim2real.core.report.LabelledXYPlot;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Theme;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The Scaling step's chart of the band-gap demo's results (four curves, one per m) at the size it gets in
 * a 1280 x 720 window: its line labels (four scratch lines, floor C, break, window) lie inside the
 * plot and apart, and the legend leaves the plot most of the chart's height.
 */
class ScalingChartAt1280Test extends ApplicationTest {
  /** The step area of the main window at 1280 x 720: right of the navigator, between the bars. */
  private static final double STEP_WIDTH = 1062;
  private static final double STEP_HEIGHT = 660;

  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private ScalingChartView view;

  @Override
  public void start(Stage stage) {
    BackgroundTasks tasks = new BackgroundTasks(workers::add, Runnable::run, Runnable::run);
    ScalingViewModel model = new ScalingViewModel(tasks);
    model.bootstrapProperty().set(200); // intervals without a long wait
    view = new ScalingChartView(model, new ProjectSession(), dialogs, tasks,
        new SimpleObjectProperty<>(Theme.LIGHT));
    stage.setScene(new Scene(view, STEP_WIDTH, STEP_HEIGHT));
    Theme.LIGHT.applyTo(stage.getScene());
    stage.show();
  }

  @Test
  void fourCurvesKeepTheirPlotAndTheirLineLabelsApart() throws Exception {
    // the band-gap demo's results, as the demo project opens them
    Path results = Path.of("sample-data", "bandgap", "results");
    for (String name : new String[] {"cells.csv", "design.json", "summary.csv",
        "test-errors.jsonl"}) {
      java.nio.file.Files.copy(results.resolve(name), dir.resolve(name));
    }
    dialogs.filesToOpen.add(dir.resolve("cells.csv"));
    clickOn("#openLearningCurves");
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
    ScalingChart chart = view.chartPane().chart();
    assertNotNull(chart, "no chart shown");
    assertTrue(chart.seriesNames().stream().filter(s -> s.startsWith("fit: ")).count() >= 4,
        chart.seriesNames().toString());
    double width = view.chartPane().viewer().getWidth();
    double height = view.chartPane().viewer().getHeight();
    List<LabelledXYPlot.PlacedLabel> labels = ChartLabelChecks.drawAndCheck(chart, width, height);
    List<String> texts = ChartLabelChecks.texts(labels);
    assertTrue(texts.stream().filter(t -> t.startsWith("scratch ")).count() >= 4,
        "every scratch line is labelled: " + texts);
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("floor C")), texts.toString());
    Rectangle2D plot = chart.dataArea();
    assertTrue(plot.getHeight() >= 0.5 * height, "the legend leaves the plot "
        + plot.getHeight() + " of " + height + " px");
    assertTrue(chart.chart().getLegend().isVisible(), "a short legend still names the curves");
  }
}
