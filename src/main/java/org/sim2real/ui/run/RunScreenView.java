package org.sim2real.ui.run;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.cluster.ClusterJob;
import org.sim2real.ui.common.EmptyStateView;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.WrappingLabels;
import org.sim2real.ui.common.chart.LegendFit;
import org.sim2real.ui.common.study.FormControls;

/**
 * The Run step: where results go and what the folder holds, Start/Resume, Pause and Cancel with
 * the number of threads, overall progress with elapsed time and ETA, a line per busy worker, the
 * closing summary, and side by side the live scaling chart and the event log. Before the data are
 * imported it shows what the step is for instead.
 */
public final class RunScreenView extends StackPane {
  private final RunViewModel model;
  private final Timeline ticker;

  /**
   * @param dataReady whether both datasets are imported (else the step's empty state shows)
   * @param goToScaling selects the Scaling step
   */
  public RunScreenView(RunViewModel model, ObservableValue<Boolean> dataReady,
      Runnable goToScaling, int maxThreads) {
    this.model = model;
    setId("runScreen");
    getStyleClass().add("run-screen");
    EmptyStateView empty = new EmptyStateView(WorkbenchStep.RUN, null);
    VBox content = new VBox(folder(), controls(maxThreads), cluster(), progress(),
        question(), summary(goToScaling));
    content.getStyleClass().add("run-top");
    SplitPane split = new SplitPane(charts(), new RunLogView(model.log()));
    split.setId("runSplit");
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.6);
    split.getStyleClass().add("run-split");
    VBox.setVgrow(split, Priority.ALWAYS);
    VBox main = new VBox(content, split);
    main.getStyleClass().add("run-main");
    BooleanBinding ready = Bindings.createBooleanBinding(
        () -> Boolean.TRUE.equals(dataReady.getValue()), dataReady);
    main.visibleProperty().bind(ready);
    empty.visibleProperty().bind(ready.not());
    getChildren().addAll(new VBox(empty), main);

    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    model.phaseProperty().addListener((obs, old, phase) -> {
      if (phase == RunViewModel.Phase.RUNNING || phase == RunViewModel.Phase.PAUSED) {
        ticker.play();
      } else {
        ticker.stop();
      }
    });
  }

  private Node folder() {
    RunFolderModel f = model.folder();
    Label title = new Label("Run the study");
    title.getStyleClass().add("section-title");
    Label location = label("runFolder", "run-folder", f.locationProperty());
    Label note = label("runFolderNote", "form-note", f.noteProperty());
    Button newFolder = new Button("Use a New Folder");
    newFolder.setId("runNewFolder");
    newFolder.setTooltip(FormControls.wrapping("Writes this design's results into a new folder"
        + " next to the project file; the old folder and its results stay as they are."));
    newFolder.setOnAction(e -> f.useNewFolder());
    newFolder.setMinWidth(Region.USE_PREF_SIZE);
    BooleanBinding offerNewFolder = f.otherDesignProperty().or(f.allDoneProperty());
    newFolder.visibleProperty().bind(offerNewFolder);
    newFolder.managedProperty().bind(offerNewFolder);
    Label problems = label("runProblems", "field-error", model.display().problemsProperty());
    HBox noteRow = new HBox(10, note, newFolder);
    noteRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(note, Priority.ALWAYS);
    return new VBox(4, title, location, noteRow, problems);
  }

  private Node controls(int maxThreads) {
    Button start = new Button();
    start.setId("runStart");
    start.getStyleClass().add("accent-button");
    start.textProperty().bind(model.folder().startLabelProperty());
    start.setTooltip(FormControls.wrapping("Plans the study (imports and featurizes the data),"
        + " then trains every cell not yet in the results folder's ledger."));
    start.setOnAction(e -> model.start());
    start.disableProperty().bind(Bindings.createBooleanBinding(
        () -> model.phaseProperty().get() != RunViewModel.Phase.IDLE
            || model.folder().otherDesignProperty().get()
            || model.folder().allDoneProperty().get(),
        model.phaseProperty(), model.folder().otherDesignProperty(),
        model.folder().allDoneProperty()));

    Button pause = new Button("Pause");
    pause.setId("runPause");
    pause.textProperty().bind(Bindings.createStringBinding(
        () -> model.phaseProperty().get() == RunViewModel.Phase.PAUSED ? "Continue" : "Pause",
        model.phaseProperty()));
    pause.setTooltip(FormControls.wrapping("Pause: the workers wait at their next checkpoint"
        + " (within a few training steps). Continue goes on where they waited."));
    pause.setOnAction(e -> {
      if (model.phaseProperty().get() == RunViewModel.Phase.PAUSED) {
        model.resume();
      } else {
        model.pause();
      }
    });
    pause.disableProperty().bind(Bindings.createBooleanBinding(
        () -> model.phaseProperty().get() != RunViewModel.Phase.RUNNING
            && model.phaseProperty().get() != RunViewModel.Phase.PAUSED, model.phaseProperty()));

    Button cancel = new Button("Cancel");
    cancel.setId("runCancel");
    cancel.setTooltip(FormControls.wrapping("Stops the run within one epoch. Finished cells stay"
        + " in the ledger; Resume continues later."));
    cancel.setOnAction(e -> model.cancel());
    cancel.disableProperty().bind(Bindings.createBooleanBinding(
        () -> switch (model.phaseProperty().get()) {
          case PLANNING, RUNNING, PAUSED -> false;
          default -> true;
        }, model.phaseProperty()));

    Spinner<Integer> threads = new Spinner<>(1, Math.max(1, maxThreads),
        model.threadsProperty().get());
    threads.setId("runThreads");
    threads.setEditable(true);
    threads.setPrefWidth(76);
    threads.setTooltip(FormControls.wrapping("Cells trained at the same time, one per thread."
        + " The default is the number of cores; the results do not depend on it."));
    threads.valueProperty().addListener((obs, old, v) -> model.threadsProperty().set(v));
    model.threadsProperty().addListener((obs, old, v) -> threads.getValueFactory().setValue(
        v.intValue()));
    threads.disableProperty().bind(Bindings.createBooleanBinding(
        () -> model.phaseProperty().get() != RunViewModel.Phase.IDLE
            && model.phaseProperty().get() != RunViewModel.Phase.NOT_READY,
        model.phaseProperty()));

    Label status = label("runStatus", "run-status", model.display().statusProperty());
    HBox row = new HBox(8, start, pause, cancel, spacer(12), FormControls.caption("Threads"),
        threads, spacer(12), status);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("run-controls");
    return row;
  }

  /** Shards, "Run on a Cluster…", "Open Merged Results…" and where the last folder went. */
  private Node cluster() {
    ClusterRunModel c = model.cluster();
    BooleanBinding idle = Bindings.createBooleanBinding(
        () -> model.phaseProperty().get() == RunViewModel.Phase.IDLE && !c.busyProperty().get(),
        model.phaseProperty(), c.busyProperty());
    Spinner<Integer> shards = new Spinner<>(1, ClusterJob.MAX_SHARDS, c.shardsProperty().get());
    shards.setId("clusterShards");
    shards.setEditable(true);
    shards.setPrefWidth(76);
    shards.setTooltip(FormControls.wrapping("Tasks of the Slurm job array; each runs a share of"
        + " the work groups (no more shards than the design has work groups). An adaptive"
        + " study's shards run each wave together, each a share of it."));
    shards.valueProperty().addListener((obs, old, v) -> c.shardsProperty().set(v));
    shards.disableProperty().bind(idle.not());
    Button write = new Button("Run on a Cluster\u2026");
    write.setId("runOnCluster");
    write.setTooltip(FormControls.wrapping("Writes a folder for a Slurm cluster: the design with"
        + " its data files, a job array of shards with cores, memory and time estimated from the"
        + " design, a merge job that waits for it, and submit.sh. Then says what to copy and"
        + " run."));
    write.setOnAction(e -> c.writeFolder());
    write.disableProperty().bind(idle.not());
    write.setMinWidth(Region.USE_PREF_SIZE);
    Button open = new Button("Open Merged Results\u2026");
    open.setId("openMergedResults");
    open.setTooltip(FormControls.wrapping("Takes the merged results of a cluster folder (copied"
        + " back from the cluster) as this project's results, for the Scaling step."));
    open.setOnAction(e -> c.openMergedResults());
    open.disableProperty().bind(Bindings.createBooleanBinding(
        () -> c.busyProperty().get() || model.phaseProperty().get() != RunViewModel.Phase.IDLE
            && model.phaseProperty().get() != RunViewModel.Phase.NOT_READY,
        model.phaseProperty(), c.busyProperty()));
    open.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, FormControls.caption("Shards"), shards, write, open);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("run-cluster");
    Label note = label("clusterNote", "form-note", c.noteProperty());
    return new VBox(4, row, note);
  }

  private Node progress() {
    RunDisplay d = model.display();
    ProgressBar bar = new ProgressBar();
    bar.setId("runProgress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(d.fractionProperty());
    HBox.setHgrow(bar, Priority.ALWAYS);
    Label cells = label("runCells", "run-cells", d.cellsProperty());
    Label time = label("runTime", "form-note", d.timeProperty());
    HBox top = new HBox(10, bar, cells);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox workers = new VBox(2);
    workers.setId("runWorkers");
    workers.getStyleClass().add("run-workers");
    Runnable fill = () -> workers.getChildren().setAll(model.workers().stream()
        .map(w -> {
          Label l = new Label(w);
          l.getStyleClass().add("run-worker");
          return (Node) l;
        }).toList());
    model.workers().addListener((ListChangeListener<String>) c -> fill.run());
    VBox box = new VBox(4, top, time, workers);
    box.getStyleClass().add("run-progress");
    FormControls.showWhenNotEmpty(box, d.cellsProperty()); // no empty bar before a run
    return box;
  }

  private Node summary(Runnable goToScaling) {
    RunDisplay d = model.display();
    Label summary = label("runSummary", "run-summary", d.summaryProperty());
    Button scaling = new Button("Go to Scaling");
    scaling.setId("runGoToScaling");
    scaling.getStyleClass().add("accent-button");
    scaling.setTooltip(new Tooltip("Fit the scaling law to these results (Ctrl+4)."));
    scaling.setOnAction(e -> goToScaling.run());
    scaling.visibleProperty().bind(d.completedProperty());
    scaling.managedProperty().bind(d.completedProperty());
    scaling.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(10, summary, scaling);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(summary, Priority.ALWAYS);
    FormControls.showWhenNotEmpty(row, d.summaryProperty());
    return row;
  }

  /**
   * An adaptive study's live answer: after each wave the question's answer with its interval,
   * the compute spent and the next cells with their reasons, or the verdict.
   */
  private Node question() {
    Label answer = label("runQuestion", "run-question", model.questionProperty());
    answer.setTooltip(new Tooltip("The question of this adaptive study, answered from the cells"
        + " measured so far; the interval narrows wave by wave until the requested precision,"
        + " the budget or a verdict ends the study."));
    Label detail = label("runQuestionDetail", "form-note", model.questionDetailProperty());
    VBox box = new VBox(2, answer, detail);
    box.setId("runQuestionBox");
    FormControls.showWhenNotEmpty(box, model.questionProperty());
    return box;
  }

  /**
   * The live learning curve and, for an adaptive study, a second tab with its answer wave by wave,
   * shown when such a run starts; a fixed grid shows the curve alone, without tab headers.
   */
  private Node charts() {
    Tab curve = new Tab("Learning curve", chart());
    curve.setId("runCurveTab");
    curve.setTooltip(new Tooltip("The mean test error of the finished cells per n, with a quick"
        + " fit."));
    Tab answer = new Tab("Answer by wave", answerChart());
    answer.setId("runAnswerTab");
    answer.setTooltip(new Tooltip("The adaptive study's answer after each wave with its 90%"
        + " interval, against the share of the full grid's compute spent; the band is the"
        + " requested precision around the latest answer."));
    TabPane tabs = new TabPane(curve);
    tabs.setId("runChartTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getStyleClass().addAll("run-chart-tabs", "single-tab");
    Runnable adaptive = () -> {
      boolean asked = !model.questionProperty().get().isEmpty();
      if (asked && !tabs.getTabs().contains(answer)) {
        tabs.getTabs().add(answer);
      } else if (!asked && tabs.getTabs().contains(answer)) {
        tabs.getTabs().remove(answer);
      }
      tabs.getStyleClass().remove("single-tab");
      if (tabs.getTabs().size() == 1) {
        tabs.getStyleClass().add("single-tab");
      }
    };
    model.questionProperty().addListener((obs, old, q) -> adaptive.run());
    adaptive.run();
    // an adaptive run starts on its answer (the curve stays one click away)
    model.phaseProperty().addListener((obs, old, phase) -> {
      if (phase == RunViewModel.Phase.RUNNING && old != RunViewModel.Phase.PAUSED
          && tabs.getTabs().contains(answer)) {
        tabs.getSelectionModel().select(answer);
      }
    });
    return tabs;
  }

  /** The adaptive study's answer wave by wave, or a hint until the second wave is planned. */
  private Node answerChart() {
    StackPane holder = new StackPane();
    holder.getStyleClass().add("chart-box");
    holder.setMinSize(240, 200);
    Label waiting = new Label("The answer appears here after the first wave: one point per"
        + " wave with its 90% interval, narrowing toward the requested precision (the band).");
    waiting.getStyleClass().add("form-note");
    waiting.setWrapText(true);
    waiting.setMaxWidth(440);
    waiting.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    Runnable show = () -> showIn(holder, model.answerChartProperty().get(), waiting,
        "runAnswerChart", "Each wave's answer with its 90% interval. Drag to zoom, right-click to"
            + " save.");
    model.answerChartProperty().addListener((obs, old, c) -> show.run());
    show.run();
    VBox box = new VBox(6, holder);
    VBox.setVgrow(holder, Priority.ALWAYS);
    box.getStyleClass().add("run-chart");
    return box;
  }

  private Node chart() {
    RunDisplay d = model.display();
    Label note = label("runChartNote", "form-note", d.chartNoteProperty());
    StackPane holder = new StackPane();
    holder.getStyleClass().add("chart-box");
    holder.setMinSize(240, 200);
    VBox.setVgrow(holder, Priority.ALWAYS);
    Label waiting = new Label("The scaling chart appears when the first transfer cells are"
        + " done.");
    waiting.getStyleClass().add("form-note");
    waiting.setWrapText(true);
    Runnable show = () -> {
      var chart = d.chartProperty().get();
      if (chart != null) {
        fitLegend(chart, holder.getWidth(), holder.getHeight());
      }
      showIn(holder, chart, waiting, "runChart", "Mean test MAE of the finished cells per n,"
          + " with 90% intervals over repetitions, and the scratch baseline. Drag to zoom,"
          + " right-click to save. In a small window the legend is left out; the Scaling step"
          + " shows it.");
    };
    d.chartProperty().addListener((obs, old, c) -> show.run());
    javafx.beans.InvalidationListener resized = obs -> {
      var chart = d.chartProperty().get();
      if (chart != null) {
        fitLegend(chart, holder.getWidth(), holder.getHeight());
      }
    };
    holder.widthProperty().addListener(resized);
    holder.heightProperty().addListener(resized);
    show.run();
    VBox box = new VBox(6, holder, note);
    box.getStyleClass().add("run-chart");
    return box;
  }

  /**
   * Shows a chart in its holder: the same viewer given the new chart (so a zoom or a menu stays
   * open), a new viewer the first time, or the hint while there is no chart.
   */
  private static void showIn(StackPane holder, @Nullable JFreeChart chart, Node hint, String id,
      String tooltip) {
    if (chart == null) {
      holder.getChildren().setAll(hint);
    } else if (holder.getChildren().size() == 1
        && holder.getChildren().get(0) instanceof ChartViewer viewer) {
      viewer.setChart(chart);
    } else {
      ChartViewer viewer = new ChartViewer(chart);
      viewer.setId(id);
      Tooltip.install(viewer, new Tooltip(tooltip));
      holder.getChildren().setAll(viewer);
    }
  }

  /** The live chart drawn at this size keeps its legend only where the plot stays visible. */
  static void fitLegend(JFreeChart chart, double width, double height) {
    LegendFit.apply(chart, width, height);
  }

  private static Label label(String id, String style, ObservableValue<String> text) {
    return WrappingLabels.shownWhenNotEmpty(id, style, text);
  }


  private static Region spacer(double width) {
    Region r = new Region();
    r.setMinWidth(width);
    return r;
  }
}
