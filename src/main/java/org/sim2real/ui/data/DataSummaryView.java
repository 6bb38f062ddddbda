package org.sim2real.ui.data;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WrappingLabels;
import org.sim2real.ui.common.data.ChartPalette;
import org.sim2real.ui.common.data.DataCharts;

/**
 * Both datasets side by side: a table of counts and target statistics, the target histograms
 * overlaid (the domain shift), and simulation against experiment on the materials both contain
 * (the raw sim-to-real gap), with the MAE in the plot's title.
 */
public final class DataSummaryView extends VBox {
  private final DataSummaryModel model;
  private final ObservableValue<Theme> theme;
  private final GridPane counts = new GridPane();
  private final StackPane histogramBox = new StackPane();
  private final StackPane parityBox = new StackPane();

  public DataSummaryView(DataSummaryModel model, ObservableValue<Theme> theme) {
    this.model = model;
    this.theme = theme;
    getStyleClass().add("data-summary");
    setId("dataSummary");

    Label hint = label("summaryHint", "data-note", model.hintProperty());
    counts.setId("summaryCounts");
    counts.getStyleClass().add("summary-grid");
    ColumnConstraints first = new ColumnConstraints();
    first.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints values = new ColumnConstraints();
    values.setHalignment(HPos.RIGHT);
    values.setMinWidth(Region.USE_PREF_SIZE);
    counts.getColumnConstraints().addAll(first, values, values);
    model.rows().addListener((ListChangeListener<SummaryRow>) c -> fillCounts());
    fillCounts();

    Label overlap = label("overlapText", "overlap-text", model.overlapTextProperty());

    histogramBox.getStyleClass().add("chart-box");
    parityBox.getStyleClass().add("chart-box");
    histogramBox.setMinSize(280, 240);
    parityBox.setMinSize(280, 240);
    GridPane charts = new GridPane();
    charts.getStyleClass().add("chart-grid");
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    charts.getColumnConstraints().addAll(half, half);
    charts.add(histogramBox, 0, 0);
    charts.add(parityBox, 1, 0);
    GridPane.setVgrow(histogramBox, Priority.ALWAYS);
    GridPane.setVgrow(parityBox, Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    BooleanBinding anyData = model.summaryProperty().isNotNull();
    charts.visibleProperty().bind(anyData);
    charts.managedProperty().bind(anyData);

    getChildren().addAll(hint, counts, overlap, charts);
    model.summaryProperty().addListener((obs, old, s) -> drawCharts());
    theme.addListener((obs, old, t) -> drawCharts());
    drawCharts();
  }

  private void fillCounts() {
    counts.getChildren().clear();
    counts.addRow(0, header(""), header("Simulation"), header("Experiment"));
    int r = 1;
    for (SummaryRow row : model.rows()) {
      Label name = new Label(row.label());
      name.getStyleClass().add("field-label");
      Label sim = new Label(row.simulation());
      sim.getStyleClass().add("field-value");
      sim.setId("summary-sim-" + r);
      Label exp = new Label(row.experiment());
      exp.getStyleClass().add("field-value");
      exp.setId("summary-exp-" + r);
      counts.addRow(r++, name, sim, exp);
    }
  }

  private void drawCharts() {
    DataSummary s = model.summaryProperty().get();
    ChartPalette palette = ChartPalette.of(theme.getValue());
    histogramBox.getChildren().clear();
    parityBox.getChildren().clear();
    if (s == null || s.histograms() == null) {
      return;
    }
    String target = first(model.targetName(DatasetRole.EXPERIMENTAL),
        model.targetName(DatasetRole.SIMULATION));
    histogramBox.getChildren().add(viewer("histogramChart", DataCharts.histogram(s.histograms(),
        target, s.simulation() == null ? 0 : s.simulation().count(),
        s.experiment() == null ? 0 : s.experiment().count(), palette),
        "Target values of both datasets as densities on the same bins: where the shapes"
            + " differ, the simulation covers the property differently from the experiment."
            + " Drag to zoom, right-click to save the chart."));
    DatasetOverlap overlap = s.overlap();
    parityBox.setVisible(overlap != null);
    if (overlap != null) {
      parityBox.getChildren().add(viewer("parityChart", DataCharts.parity(overlap,
          model.parityTitleProperty().get(), target, palette),
          "Each point is an experimental row whose material the simulation also has: measured"
              + " value across, mean simulated value up; points on the dashed line agree. MAE:"
              + " mean absolute difference. Mean signed difference: simulation minus experiment"
              + " on average, negative when the simulation underestimates. Drag to zoom,"
              + " right-click to save the chart."));
    }
  }

  private static ChartViewer viewer(String id, JFreeChart chart, String tip) {
    ChartViewer viewer = new ChartViewer(chart);
    viewer.setId(id);
    Tooltip.install(viewer, new Tooltip(tip));
    return viewer;
  }

  private static String first(@Nullable String a, String b) {
    return a == null || a.isEmpty() ? b : a;
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("summary-header");
    return l;
  }

  private static Label label(String id, String style, ObservableValue<String> text) {
    return WrappingLabels.shownWhenNotEmpty(id, style, text);
  }

}
