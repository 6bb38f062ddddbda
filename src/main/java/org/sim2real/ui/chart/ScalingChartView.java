package org.sim2real.ui.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ErrorVsMChartFactory;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.scaling.Observation;
import org.sim2real.core.scaling.ScalingAnalysis;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.EmptyStateView;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchStep;

/**
 * The Scaling screen: the log-log chart of the current results (or of any learning-curve table
 * the user opens), the error-against-m chart, and the side panel with series, fit window,
 * forecast and fit settings. Before there are results it shows what the chart will show and
 * offers to open a table.
 */
public final class ScalingChartView extends StackPane {
  static final FileType LEARNING_CURVES = new FileType("Learning-curve table (CSV)",
      List.of("*.csv", "*.tsv", "*.txt"));

  private final ScalingViewModel model;
  private final DialogService dialogs;
  private final ObservableValue<Theme> theme;
  private final @Nullable ProjectResults results;
  private final ChartPane nChart = new ChartPane();
  private final ChartPane mChart = new ChartPane();
  private final Label mMessage = new Label();
  private final ScalingSidePanel side;
  private final TabPane tabs = new TabPane();
  private final Label source = new Label();
  private final ChartExporter exporter;

  /**
   * @param session the open project, whose results folder is shown; null for a screen that only
   *     shows tables opened by hand
   */
  public ScalingChartView(ScalingViewModel model, @Nullable ProjectSession session,
      DialogService dialogs, BackgroundTasks tasks, ObservableValue<Theme> theme) {
    this.model = model;
    this.dialogs = dialogs;
    this.theme = theme;
    this.results = session == null ? null : new ProjectResults(session, model);
    this.side = new ScalingSidePanel(model);
    this.exporter = new ChartExporter(model, dialogs, tasks,
        () -> tabs.getSelectionModel().getSelectedIndex() == 1, nChart::chart,
        this::initialDirectory);
    setId("scalingView");
    getStyleClass().add("scaling-view");
    getStylesheets().add(Objects.requireNonNull(
        ScalingChartView.class.getResource("/ui/chart.css")).toExternalForm());
    ScrollPane empty = emptyState();
    BorderPane content = content();
    content.visibleProperty().bind(model.loadedProperty().isNotNull());
    empty.visibleProperty().bind(model.loadedProperty().isNull());
    getChildren().addAll(empty, content);
    wire();
    applyTheme(theme.getValue());
    if (results != null) {
      results.refresh();
    }
  }

  private ScrollPane emptyState() {
    Label what = wrapped("The chart shows the mean test error against n on log-log axes: every"
        + " point with its 90% interval, the fitted law E(n) = D\u00b7n^-alpha + C over its fit"
        + " window and extrapolated with a shaded 90% band, the scratch baseline, the floor C"
        + " and, if you set one, a target error with the n it needs.");
    Label elsewhere = wrapped("Learning-curve tables from elsewhere can be loaded here directly:"
        + " any CSV with a column n and an error column (mae, error or rmse), optionally m,"
        + " strategy and repetition, for example written by a Python script.");
    Button open = new Button("Open a Learning-Curve Table...");
    open.setId("openLearningCurves");
    open.setOnAction(e -> chooseTable());
    Label problem = new Label();
    problem.setId("emptyProblem");
    problem.getStyleClass().add("scaling-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.managedProperty().bind(model.problemProperty().isNotEmpty());
    VBox extra = new VBox(12, what, elsewhere, open, problem);
    ScrollPane scroll = new ScrollPane(new EmptyStateView(WorkbenchStep.SCALING, extra));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("step-scroll");
    return scroll;
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("empty-state-text");
    return label;
  }

  private BorderPane content() {
    Button open = new Button("Open Table...");
    open.setId("openTable");
    open.setTooltip(new Tooltip("Open a learning-curve table (cells.csv of a run, or any CSV"
        + " with n and an error column)."));
    open.setOnAction(e -> chooseTable());
    Button reset = new Button("Reset Zoom");
    reset.setId("resetZoom");
    reset.setOnAction(e -> {
      nChart.resetZoom();
      mChart.resetZoom();
    });
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("fitBusy");
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    source.setId("tableSource");
    source.getStyleClass().add("table-source");
    source.setMinWidth(0);
    source.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(source, Priority.ALWAYS);
    HBox toolbar = new HBox(8, open, source, busy, reset, exporter.menuButton());
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.getStyleClass().add("scaling-toolbar");
    Label problem = new Label();
    problem.setId("scalingProblem");
    problem.getStyleClass().add("scaling-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    Label notice = new Label();
    notice.setId("exportNotice");
    notice.getStyleClass().add("detail-text");
    notice.textProperty().bind(exporter.noticeProperty());
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    VBox top = new VBox(4, toolbar, problem, notice);
    mMessage.setId("mChartMessage");
    mMessage.getStyleClass().add("empty-state-text");
    mMessage.setWrapText(true);
    StackPane mStack = new StackPane(mChart, mMessage);
    Tab nTab = new Tab("Error vs n", nChart);
    nTab.setId("tabN");
    Tab mTab = new Tab("Error vs m", mStack);
    mTab.setId("tabM");
    tabs.getTabs().addAll(nTab, mTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    nChart.setId("scalingChart");
    mChart.setId("mChart");
    ScrollPane sideScroll = new ScrollPane(side);
    sideScroll.setFitToWidth(true);
    sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    sideScroll.setPrefWidth(360);
    sideScroll.setMinWidth(300);
    sideScroll.getStyleClass().add("side-scroll");
    BorderPane content = new BorderPane(tabs);
    content.setTop(top);
    content.setRight(sideScroll);
    content.getStyleClass().add("scaling-content");
    exporter.addTo(nChart.interactions());
    exporter.addTo(mChart.interactions());
    return content;
  }

  private void wire() {
    model.analysisProperty().addListener((obs, old, now) -> rebuild());
    model.forecastProperty().addListener((obs, old, now) -> rebuild());
    model.targetProperty().addListener((obs, old, now) -> rebuild());
    model.extrapolateToProperty().addListener((obs, old, now) -> rebuild());
    model.hiddenCurves().addListener((SetChangeListener<CurveKey>) c -> rebuild());
    model.loadedProperty().addListener((obs, old, now) ->
        source.setText(now == null ? "" : now.description()));
    model.measuredSizes().addListener(
        (javafx.collections.ListChangeListener<Long>) c -> nChart.setSnapSizes(model.measuredSizes()));
    theme.addListener((obs, old, now) -> applyTheme(now));
    nChart.setOnWindowChosen(model::chooseWindow);
    nChart.setOnTargetChosen(t -> model.targetProperty().set(t));
    nChart.setOnTargetDragged(t -> {
      ScalingChart chart = nChart.chart();
      if (chart != null) {
        side.showLiveNeed(t, chart.requiredN(t));
      }
    });
  }

  private void applyTheme(Theme now) {
    getStyleClass().remove("dark");
    if (now == Theme.DARK) {
      getStyleClass().add("dark");
    }
    rebuild();
  }

  ChartTheme chartTheme() {
    return theme.getValue() == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
  }

  /** Redraws both charts from the model; cheap (no refit), keeps the zoom. */
  private void rebuild() {
    ScalingAnalysis analysis = model.analysisProperty().get();
    if (analysis == null) {
      return;
    }
    nChart.show(ScalingChartFactory.create(analysis, model.forecasts(),
        model.chartOptions(chartTheme())));
    var m = ErrorVsMChartFactory.create(analysis, model.chartOptions(chartTheme()));
    mChart.setVisible(m.isPresent());
    mMessage.setVisible(m.isEmpty());
    if (m.isPresent()) {
      mChart.showPlain(m.get().chart());
    } else {
      long count = analysis.curves().stream().map(c -> c.m()).distinct().count();
      int only = analysis.curves().isEmpty() ? Observation.M_NOT_GIVEN : analysis.curves().get(0).m();
      mMessage.setText("Run several m values to see this chart: it draws the error against the"
          + " number of experiments m, one line per n. This table has "
          + (count == 1 && only != Observation.M_NOT_GIVEN ? "one experimental size ("
              + Observation.describeM(only) + ")." : "no m column.")
          + " Set several experimental sizes in the Study step.");
    }
  }

  private void chooseTable() {
    Path file = dialogs.chooseFileToOpen("Open a Learning-Curve Table", initialDirectory(),
        List.of(LEARNING_CURVES, FileType.ANY));
    if (file != null) {
      model.open(file);
    }
  }

  private @Nullable Path initialDirectory() {
    LoadedTable loaded = model.loadedProperty().get();
    if (loaded != null) {
      return loaded.file().toAbsolutePath().getParent();
    }
    return results == null ? null : results.resultsDirectory();
  }

  public ScalingViewModel model() {
    return model;
  }

  public ChartPane chartPane() {
    return nChart;
  }
}
