package org.sim2real.ui.scaling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.BackTestChart;
import org.sim2real.core.report.ChartExport;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ChartWithData;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ErrorVsMChartFactory;
import org.sim2real.core.report.PlottedRow;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.report.SourceCosts;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.chart.ChartInteractions;

/**
 * The export commands of the Scaling screen: PNG, SVG, PDF and the plotted data as CSV, to a file
 * chosen through the {@link DialogService}. The chart is rebuilt and written in the background
 * (the screen's chart object stays on the FX thread), with the zoom the user chose and in the light
 * look, which suits papers and slides.
 */
final class ChartExporter {
  /** The chart on the selected tab, which the commands export. */
  enum Shown { SCALING, ERROR_VS_M, BACK_TEST, ERROR_VS_COST }

  private final ScalingViewModel model;
  private final DialogService dialogs;
  private final BackgroundTasks tasks;
  private final Supplier<Shown> selected;
  private final Supplier<@Nullable ScalingChart> shown;
  private final Supplier<@Nullable Path> initialDirectory;
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

  ChartExporter(ScalingViewModel model, DialogService dialogs, BackgroundTasks tasks,
      Supplier<Shown> selected, Supplier<@Nullable ScalingChart> shown,
      Supplier<@Nullable Path> initialDirectory) {
    this.model = model;
    this.dialogs = dialogs;
    this.tasks = tasks;
    this.selected = selected;
    this.shown = shown;
    this.initialDirectory = initialDirectory;
  }

  /** The toolbar's Export button. */
  MenuButton menuButton() {
    MenuButton button = new MenuButton("Export");
    button.setId("exportMenu");
    button.getItems().setAll(items("export"));
    button.disableProperty().bind(model.analysisProperty().isNull());
    return button;
  }

  /** Adds the export commands to a chart's context menu. */
  void addTo(ChartInteractions interactions) {
    Menu menu = new Menu("Export");
    menu.getItems().setAll(items("contextExport"));
    List<MenuItem> extra = new ArrayList<>();
    extra.add(new SeparatorMenuItem());
    extra.add(menu);
    interactions.setExtraMenuItems(extra);
  }

  private List<MenuItem> items(String idPrefix) {
    List<MenuItem> items = new ArrayList<>();
    for (ChartExport.Format format : ChartExport.Format.values()) {
      MenuItem item = new MenuItem(switch (format) {
        case PNG -> "PNG Image...";
        case SVG -> "SVG Drawing...";
        case PDF -> "PDF Document...";
        case CSV -> "Plotted Data (CSV)...";
      });
      item.setId(idPrefix + format.name());
      item.setOnAction(e -> export(format));
      items.add(item);
    }
    return items;
  }

  /** Asks where, then writes in the background; a failure is shown as an error dialog. */
  void export(ChartExport.Format format) {
    ScalingAnalysis analysis = model.analysisProperty().get();
    if (analysis == null) {
      return;
    }
    Shown which = selected.get();
    String base = switch (which) {
      case SCALING -> "scaling-chart";
      case ERROR_VS_M -> "error-vs-m";
      case BACK_TEST -> "back-test";
      case ERROR_VS_COST -> "error-vs-cost";
    };
    Path chosen = dialogs.chooseFileToSave("Export " + format.description(),
        initialDirectory.get(), base + "." + format.extension(),
        List.of(new FileType(format.description(), List.of("*." + format.extension()))));
    if (chosen == null) {
      return;
    }
    Path file = ChartExport.Format.ofFile(chosen) == format ? chosen
        : chosen.resolveSibling(chosen.getFileName() + "." + format.extension());
    ScalingChartOptions options = model.chartOptions(ChartTheme.LIGHT);
    java.util.Map<CurveKey, CurveForecast> forecasts = model.forecasts();
    SourceCosts costs = model.loadedProperty().get() == null ? SourceCosts.NONE
        : model.loadedProperty().get().costs();
    ScalingChart current = shown.get();
    Range domain = current == null || current.plot().getDomainAxis().isAutoRange() ? null
        : current.plot().getDomainAxis().getRange();
    Range range = current == null || current.plot().getRangeAxis().isAutoRange() ? null
        : current.plot().getRangeAxis().getRange();
    notice.set("");
    tasks.run("Exporting " + file.getFileName(), context -> {
      JFreeChart chart;
      List<PlottedRow> rows;
      if (which == Shown.ERROR_VS_M) {
        ChartWithData m = ErrorVsMChartFactory.create(analysis, options)
            .orElseThrow(() -> new UserFacingException(
                "There is no error-against-m chart to export: the table has one m value."));
        chart = m.chart();
        rows = m.rows();
      } else if (which == Shown.BACK_TEST) {
        CurveAnalysis curve = BackTestChart.curveOf(analysis, options);
        if (curve == null || curve.backTests().isEmpty()) {
          throw new UserFacingException("There is no back-test to export: "
              + (curve == null ? "no curve is shown." : curve.backTests().sentence()));
        }
        BackTestChart built = BackTestChart.create(curve, options);
        chart = built.chart();
        rows = built.plottedRows();
      } else if (which == Shown.ERROR_VS_COST) {
        if (!costs.any()) {
          throw new UserFacingException("There is no error-against-cost chart to export: the"
              + " study's design gives no cost per row for any simulation source.");
        }
        ScalingChart built = ScalingChartFactory.createAgainstCost(analysis, forecasts, options,
            costs);
        chart = built.chart();
        rows = built.plottedRows();
      } else {
        ScalingChart built = ScalingChartFactory.create(analysis, forecasts, options);
        if (domain != null) {
          built.plot().getDomainAxis().setRange(domain);
        }
        if (range != null) {
          built.plot().getRangeAxis().setRange(range);
        }
        chart = built.chart();
        rows = built.plottedRows();
      }
      ChartExport.write(chart, rows, format, file, ChartExport.DEFAULT_WIDTH,
          ChartExport.DEFAULT_HEIGHT);
      return file;
    }, written -> notice.set("Saved " + written),
        e -> dialogs.showError("Export failed", e instanceof UserFacingException
            ? e.getMessage() : "Could not export the chart: " + e));
  }

  /** "Saved /path/chart.png" after an export, empty otherwise. */
  ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }
}
