package org.sim2real.ui.scaling;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.BackTestChart;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.ChartWithData;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ErrorVsMChartFactory;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.report.ScalingChartFactory;
import org.sim2real.core.report.SourceCosts;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.EmptyStateView;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.LatestRequestRunner;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.chart.ChartPane;

/**
 * The Scaling screen: the log-log chart of the current results (or of any learning-curve table
 * the user opens), the error-against-m chart, and the side panel with series, fit window,
 * forecast and fit settings. Before there are results it shows what the chart will show and
 * offers to open a table.
 */
public final class ScalingChartView extends StackPane {
  static final double SIDE_MIN_WIDTH = 260;
  static final double SIDE_MAX_WIDTH = 360;
  static final FileType LEARNING_CURVES = new FileType("Learning-curve table (CSV)",
      List.of("*.csv", "*.tsv", "*.txt"));

  private final ScalingViewModel model;
  private final DialogService dialogs;
  private final ObservableValue<Theme> theme;
  private final @Nullable ProjectResults results;
  private final ChartPane nChart = new ChartPane();
  private final ChartPane mChart = new ChartPane();
  private final Label mMessage = new Label();
  private final ChartPane costChart = new ChartPane();
  private final Label costMessage = new Label();
  private final ScalingSidePanel side;
  private final TabPane tabs = new TabPane();
  private final Label source = new Label();
  private final BackTestView backTest = new BackTestView();
  private final ChartExporter exporter;
  private final LatestRequestRunner<ChartRequest, Charts> drawer;

  private record ChartRequest(ScalingAnalysis analysis, Map<CurveKey, CurveForecast> forecasts,
      ScalingChartOptions options, SourceCosts costs) {}

  private record Charts(ScalingChart n, Optional<ChartWithData> m, ScalingAnalysis analysis,
      @Nullable CurveAnalysis backTestCurve, @Nullable BackTestChart backTest,
      @Nullable ScalingChart cost) {}

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
    this.drawer = new LatestRequestRunner<>(tasks, "Drawing the chart",
        (request, context) -> draw(request), this::showCharts,
        e -> nChart.readout().setText("The chart could not be drawn: " + e));
    this.exporter = new ChartExporter(model, dialogs, tasks, this::exported, nChart::chart,
        this::initialDirectory);
    setId("scalingView");
    getStyleClass().add("scaling-view");
    Theme.styleView(this, theme, "/ui/chart.css");
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
    Label what = EmptyStateView.text(
        "The chart shows the mean test error against n on log-log axes: every"
        + " point with its 90% interval, the fitted law E(n) = D\u00b7n^-alpha + C over its fit"
        + " window and extrapolated with a shaded 90% band, the scratch baseline, the floor C"
        + " and, if you set one, a target error with the n it needs.");
    Label elsewhere = EmptyStateView.text(
        "Learning-curve tables from elsewhere can be loaded here directly:"
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
    return EmptyStateView.scrolling(WorkbenchStep.SCALING, extra);
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
      costChart.resetZoom();
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
    // the buttons keep their words; the table's path is what gets shortened
    Region export = exporter.menuButton();
    for (Region fixed : new Region[] {open, reset, export}) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox toolbar = new HBox(8, open, source, busy, reset, export);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.getStyleClass().add("scaling-toolbar");
    Label problem = new Label();
    problem.setId("scalingProblem");
    problem.getStyleClass().add("scaling-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    Label refining = new Label();
    refining.setId("refiningNotice");
    refining.getStyleClass().add("detail-text");
    refining.textProperty().bind(javafx.beans.binding.Bindings.when(model.preliminaryProperty())
        .then(javafx.beans.binding.Bindings.concat("Quick fit with ",
            ScalingViewModel.PREVIEW_RESAMPLES, " resamples shown; refining with ",
            model.bootstrapProperty().asString("%,d"), "..."))
        .otherwise(""));
    refining.managedProperty().bind(model.preliminaryProperty());
    refining.visibleProperty().bind(model.preliminaryProperty());
    Label notice = new Label();
    notice.setId("exportNotice");
    notice.getStyleClass().add("detail-text");
    notice.textProperty().bind(exporter.noticeProperty());
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    VBox top = new VBox(4, toolbar, problem, refining, notice);
    mMessage.setId("mChartMessage");
    mMessage.getStyleClass().add("empty-state-text");
    mMessage.setWrapText(true);
    StackPane mStack = new StackPane(mChart, mMessage);
    Tab nTab = new Tab("Error vs n", nChart);
    nTab.setId("tabN");
    Tab mTab = new Tab("Error vs m", mStack);
    mTab.setId("tabM");
    Tab backTestTab = new Tab("How well would this have forecast?", backTest);
    backTestTab.setId("tabBackTest");
    backTestTab.setTooltip(new Tooltip("The study replayed as if it had stopped at each earlier"
        + " size: every forecast of a later size against what was measured there."));
    costMessage.setId("costChartMessage");
    costMessage.getStyleClass().add("empty-state-text");
    costMessage.setWrapText(true);
    Tab costTab = new Tab("Error vs cost", new StackPane(costChart, costMessage));
    costTab.setId("tabCost");
    costTab.setTooltip(new Tooltip("Each simulation source's curve against what its rows cost"
        + " (n times its cost per row), so that sources compare at equal spending."));
    tabs.getTabs().addAll(nTab, mTab, backTestTab, costTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    nChart.setId("scalingChart");
    mChart.setId("mChart");
    mChart.interactions().setAxisName("m");
    mChart.setEditable(false);
    costChart.setId("costChart");
    costChart.interactions().setAxisName("cost");
    costChart.setEditable(false);
    ScrollPane sideScroll = new ScrollPane(side);
    sideScroll.setFitToWidth(true);
    sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    sideScroll.setMinWidth(SIDE_MIN_WIDTH);
    sideScroll.getStyleClass().add("side-scroll");
    BorderPane content = new BorderPane(tabs);
    // in a small window the side panel gives the chart room: at most 36% of the step
    sideScroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
        () -> sidePanelWidth(content.getWidth()), content.widthProperty()));
    content.setTop(top);
    content.setRight(sideScroll);
    content.getStyleClass().add("scaling-content");
    exporter.addTo(nChart.interactions());
    exporter.addTo(mChart.interactions());
    exporter.addTo(costChart.interactions());
    exporter.addTo(backTest.chartPane().interactions());
    return content;
  }

  /** The side panel's width in a step {@code stepWidth} wide: 36% of it, 260 to 360 px. */
  static double sidePanelWidth(double stepWidth) {
    return Math.max(SIDE_MIN_WIDTH, Math.min(SIDE_MAX_WIDTH, stepWidth * 0.36));
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
    if (analysis != null) {
      ScalingChartOptions options = model.chartOptions(chartTheme());
      LoadedTable loaded = model.loadedProperty().get();
      drawer.submit(new ChartRequest(analysis, model.forecasts(), options,
          loaded == null ? SourceCosts.NONE : loaded.costs()));
    }
  }

  /** Which chart the Export commands write: the one on the selected tab. */
  private ChartExporter.Shown exported() {
    return switch (tabs.getSelectionModel().getSelectedIndex()) {
      case 1 -> ChartExporter.Shown.ERROR_VS_M;
      case 2 -> ChartExporter.Shown.BACK_TEST;
      case 3 -> ChartExporter.Shown.ERROR_VS_COST;
      default -> ChartExporter.Shown.SCALING;
    };
  }

  /** Builds the three charts off the FX thread (the bands take tens of milliseconds). */
  private static Charts draw(ChartRequest request) {
    CurveAnalysis curve = BackTestChart.curveOf(request.analysis(), request.options());
    return new Charts(
        ScalingChartFactory.create(request.analysis(), request.forecasts(), request.options()),
        ErrorVsMChartFactory.create(request.analysis(), request.options()), request.analysis(),
        curve, curve == null || curve.backTests().isEmpty() ? null
            : BackTestChart.createWithoutCoverage(curve, request.options()),
        !request.costs().any() ? null : ScalingChartFactory.createAgainstCost(request.analysis(),
            request.forecasts(), request.options(), request.costs()));
  }

  private void showCharts(Charts charts) {
    nChart.show(charts.n());
    backTest.show(charts.backTestCurve(), charts.backTest());
    costChart.setVisible(charts.cost() != null);
    costMessage.setVisible(charts.cost() == null);
    if (charts.cost() != null) {
      costChart.showPlain(charts.cost().chart());
    } else {
      costMessage.setText("Give each simulation source a cost per row to see this chart: it"
          + " draws every source's error against what its simulation rows cost (n times the"
          + " cost per row), so that sources compare at equal spending. Set the costs on the"
          + " Data step's More sources page (or with run --cost) and run the study again;"
          + " the costs are read from the results folder's design.json.");
    }
    Optional<ChartWithData> m = charts.m();
    mChart.setVisible(m.isPresent());
    mMessage.setVisible(m.isEmpty());
    if (m.isPresent()) {
      mChart.showPlain(m.get().chart());
      return;
    }
    ScalingAnalysis analysis = charts.analysis();
    long count = analysis.curves().stream().map(c -> c.m()).distinct().count();
    int only = analysis.curves().isEmpty() ? Observation.M_NOT_GIVEN
        : analysis.curves().get(0).m();
    mMessage.setText("Run several m values to see this chart: it draws the error against the"
        + " number of experiments m, one line per n. This table has "
        + (count == 1 && only != Observation.M_NOT_GIVEN ? "one experimental size ("
            + Observation.describeM(only) + ")." : "no m column.")
        + " Set several experimental sizes in the Study step.");
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

  BackTestView backTestView() {
    return backTest;
  }
}
