package org.sim2real.ui.forecast;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.data.ChartPalette;
import org.sim2real.ui.common.data.DataCharts;

/**
 * The domain shift of every simulation source, under "Which source to grow": per source one
 * sentence, the target histogram against the experiments' and the parity plot on shared
 * compositions (the Data step's charts, {@link DataCharts}). Collapsed until opened; opening it
 * reads the data files in the background (once per results).
 */
final class DomainShiftView extends TitledPane {
  private static final double CHART_HEIGHT = 280;

  private final DomainShiftModel model;
  private final ObservableValue<Theme> theme;
  private final VBox sources = new VBox(14);

  /**
   * @param open asks for the sources to be read (when the pane is opened)
   */
  DomainShiftView(DomainShiftModel model, ObservableValue<Theme> theme, Runnable open) {
    this.model = model;
    this.theme = theme;
    setId("domainShift");
    getStyleClass().add("domain-shift");
    setText("Domain shift per source: target values and parity against the experiments");
    setExpanded(false);
    setAnimated(false);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    busy.managedProperty().bind(busy.visibleProperty());
    Label message = new Label();
    message.setId("domainShiftMessage");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());
    HBox status = new HBox(8, busy, message);
    status.managedProperty().bind(message.managedProperty());
    status.visibleProperty().bind(message.managedProperty());
    setContent(new VBox(10, status, sources));
    expandedProperty().addListener((obs, old, now) -> {
      if (now) {
        open.run();
      }
    });
    model.shifts().addListener((ListChangeListener<DomainShift>) change -> draw());
    theme.addListener((obs, old, now) -> draw());
  }

  private void draw() {
    sources.getChildren().clear();
    ChartPalette palette = ChartPalette.of(theme.getValue());
    for (DomainShift shift : model.shifts()) {
      String id = "domainShift-" + shift.source();
      Label name = new Label(shift.source());
      name.getStyleClass().add("card-title");
      Label sentence = new Label(shift.sentence());
      sentence.setId(id + "-sentence");
      sentence.setWrapText(true);
      VBox box = new VBox(6, name, sentence);
      if (shift.readable()) {
        ChartViewer histogram = viewer(id + "-histogram", DataCharts.histogram(
            shift.histograms(), shift.target(), shift.simulationRows(), shift.experimentRows(),
            palette), "Target values of " + shift.source() + " and of the experiments as"
                + " densities on the same bins: where the shapes differ, the source covers the"
                + " property differently from the experiment.");
        ChartViewer parity = viewer(id + "-parity", DataCharts.parity(shift.overlap(),
            shift.source() + ": " + DataCharts.parityTitle(shift.overlap()), shift.target(),
            palette, shift.source() + " (mean)"), "Each point is an experimental row whose composition " + shift.source()
                + " also has: measured value across, mean simulated value over its duplicates"
                + " up; points on the dashed line agree.");
        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.add(histogram, 0, 0);
        charts.add(parity, 1, 0);
        for (ChartViewer v : List.of(histogram, parity)) {
          GridPane.setHgrow(v, Priority.ALWAYS);
          v.setPrefHeight(CHART_HEIGHT);
          v.setMinHeight(CHART_HEIGHT);
          v.setPrefWidth(420);
          v.setMinWidth(200);
        }
        box.getChildren().add(charts);
      }
      sources.getChildren().add(box);
    }
  }

  private static ChartViewer viewer(String id, JFreeChart chart, String tip) {
    ChartViewer viewer = new ChartViewer(chart);
    viewer.setId(id);
    Tooltip.install(viewer, new Tooltip(tip));
    return viewer;
  }
}
