package org.sim2real.ui.scaling;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.LatestRequestRunner;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.chart.ChartPane;

/**
 * A small scaling chart that follows a running study (for the Run screen): call {@link #show}
 * with the table of the cells finished so far, as often as cells finish. Each call fits cheaply
 * ({@link #RESAMPLES} bootstrap resamples) in the background; calls that arrive while a fit runs
 * are coalesced, so a fast run costs at most one fit at a time and the FX thread stays free.
 */
public final class LiveScalingChart extends StackPane {
  /** Enough for a rough band while cells arrive; the Scaling screen refits with its setting. */
  public static final int RESAMPLES = 50;

  private final ChartPane pane = new ChartPane();
  private final ObservableValue<Theme> theme;
  private final LatestRequestRunner<LearningCurveTable, ScalingAnalysis> fitter;
  private @Nullable ScalingAnalysis analysis;

  public LiveScalingChart(BackgroundTasks tasks, ObservableValue<Theme> theme) {
    this.theme = theme;
    setId("liveScalingChart");
    getStyleClass().add("scaling-view");
    Theme.styleView(this, theme, "/ui/chart.css");
    pane.setEditable(false); // the running study's window and target are set on the Scaling step
    getChildren().add(pane);
    fitter = new LatestRequestRunner<>(tasks, "Updating the live chart",
        (table, context) -> ScalingAnalyzer.analyze(table,
            FitOptions.defaults().withBootstrap(RESAMPLES, FitOptions.DEFAULT_SEED)),
        result -> {
          analysis = result;
          redraw();
        },
        e -> pane.readout().setText("The live chart could not be drawn: " + e.getMessage()));
    theme.addListener((obs, old, now) -> redraw());
  }

  /**
   * Shows the cells finished so far (FX thread). Tables with scratch rows only are ignored until
   * the first transfer cell arrives.
   */
  public void show(LearningCurveTable finishedCells) {
    if (!finishedCells.transferStrategies().isEmpty()) {
      fitter.submit(finishedCells);
    }
  }

  private void redraw() {
    if (analysis != null) {
      ChartTheme chartTheme = theme.getValue() == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
      pane.show(ScalingChartFactory.create(analysis, ScalingChartOptions.defaults()
          .withTheme(chartTheme)));
    }
  }

  /** The analysis on screen, or null before the first fit finished. */
  public @Nullable ScalingAnalysis analysis() {
    return analysis;
  }

  public ChartPane chartPane() {
    return pane;
  }
}
