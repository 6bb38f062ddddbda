package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.chart.ChartPane;
import org.testfx.framework.junit5.ApplicationTest;

/** The Run screen's chart fed cell by cell, as a running study finishes them. */
class LiveScalingChartTest extends ApplicationTest {
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private LiveScalingChart live;

  @Override
  public void start(Stage stage) {
    live = new LiveScalingChart(new BackgroundTasks(workers::add, Runnable::run, Runnable::run),
        new SimpleObjectProperty<>(Theme.LIGHT));
    stage.setScene(new Scene(live, 800, 500));
    stage.show();
  }

  private static LearningCurveTable cellsUpTo(int sizes) {
    List<Observation> rows = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      rows.add(new Observation(Observation.SCRATCH, 500, 0, r, 0.6 + 0.01 * r));
      for (int j = 0; j < sizes; j++) {
        long n = Math.round(100 * Math.pow(10, j / 2.0));
        rows.add(new Observation("finetune", 500, n, r, 0.2 + 2 * Math.pow(n, -0.3) + 0.005 * r));
      }
    }
    return LearningCurveTable.of("live", rows);
  }

  @Test
  void cellsArrivingDuringAFitAreCoalescedIntoOneMoreFit() {
    interact(() -> {
      for (int sizes = 1; sizes <= 6; sizes++) {
        live.show(cellsUpTo(sizes));
      }
    });
    assertEquals(1, workers.size(), "one fit runs, the rest wait as one request");
    assertNull(live.analysis());
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
    assertNotNull(live.analysis());
    assertEquals(6, live.analysis().curves().get(0).points().size(), "the latest cells are shown");
    assertNotNull(live.chartPane().chart());
    assertTrue(live.chartPane().chart().seriesNames().contains("finetune, m = 500"));
  }

  @Test
  void liveChartOnlyShowsItsWindowAndTargetAreSetOnTheScalingStep() {
    assertTrue(!live.chartPane().interactions().isEditable());
    assertEquals(ChartPane.VIEW_HINT, live.chartPane().readout().getText());
    assertTrue(live.chartPane().viewer().getContextMenu().getItems().stream()
        .noneMatch(i -> "menuTarget".equals(i.getId()) || "menuWindowStart".equals(i.getId())));
  }

  @Test
  void scratchOnlyTablesWaitForTheFirstTransferCell() {
    LearningCurveTable scratchOnly = LearningCurveTable.of("live",
        List.of(new Observation(Observation.SCRATCH, 500, 0, 0, 0.6)));
    interact(() -> live.show(scratchOnly));
    assertTrue(workers.isEmpty());
  }
}
