package org.sim2real.ui.teach;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.chart.ChartPane;
import org.sim2real.ui.common.chart.LegendFit;

/**
 * The Teach screen, teaching mode for workshops: set the true law and the study on the left, run
 * a simulated study (it fills in over a couple of seconds), and see the fitted law against the
 * truth on the chart and in the table on the right. A guided tour explains alpha, C and the
 * data-need forecast; the presentation view (View > Presentation, F11 or Ctrl+Shift+P, from
 * any step) shows the chart full screen in large type. All fitting and chart building run in the
 * background, coalesced.
 */
public final class TeachView extends BorderPane {
  /** The header's buttons wrap onto more rows rather than narrow below this. */
  private static final double ACTIONS_MIN_WIDTH = 170;
  /** The chart's least height: below it the axis labels and the line labels crowd the plot. */
  static final double MIN_CHART_HEIGHT = 340;

  private final TeachViewModel model;
  private final ObservableValue<Theme> theme;
  private final TeachControls controls;
  private final FitSettler settler;
  private final TruthPanel results = new TruthPanel();
  private final ChartPane chart = new ChartPane();
  private final Label placeholder = new Label();
  private final javafx.beans.property.BooleanProperty chartShown =
      new javafx.beans.property.SimpleBooleanProperty(this, "chartShown");
  private final StudyAnimation animation = new StudyAnimation();
  private final TourPanel tour;
  private final CheckBox showTruth = new CheckBox("Show the truth");
  private final PacedRunner<DrawRequest, Drawn> drawer;
  private final BackgroundTasks tasks;
  private @Nullable PresentationWindow presentation;
  private boolean warmedUp;

  private record DrawRequest(TeachResult result, TeachChart.Style style) {}

  private record Drawn(TeachChart.Drawn chart, TeachChart.Style style) {}

  public TeachView(TeachViewModel model, BackgroundTasks tasks, ObservableValue<Theme> theme) {
    this.model = model;
    this.theme = theme;
    this.tasks = tasks;
    this.controls = new TeachControls(model);
    this.settler = new FitSettler(model);
    controls.controls().forEach(c -> settler.watch(c.changingProperty()));
    this.drawer = new PacedRunner<>(tasks, "Drawing the teaching chart",
        (request, context) -> new Drawn(TeachChart.build(request.result(), request.style()),
            request.style()), this::showChart,
        e -> chart.readout().setText("The chart could not be drawn: " + e.getMessage()));
    this.tour = new TourPanel(id -> lookup("#" + id), this::tourAction, TeachView::scrollTo);
    setId("teachView");
    getStyleClass().add("teach-view");
    Theme.styleView(this, theme, "/ui/chart.css", "/ui/teach.css");
    setTop(header());
    ScrollPane left = scrolling(controls, "teachControlsScroll", 300);
    // 300 px, less in a narrow window so that the chart and the truth table keep their room
    left.prefWidthProperty().bind(Bindings.max(left.getMinWidth(),
        Bindings.min(300, widthProperty().multiply(0.38))));
    setLeft(left);
    setCenter(fillingScroll(center()));
    wire();
    applyTheme(theme.getValue());
  }

  private VBox header() {
    Label title = new Label("A scaling study you control");
    title.getStyleClass().add("teach-title");
    Button run = new Button();
    run.setId("runStudy");
    run.getStyleClass().add("run-button");
    run.textProperty().bind(Bindings.when(model.revealingProperty()).then("Skip to the End")
        .otherwise(Bindings.when(model.startedProperty()).then("Run Again")
            .otherwise("Run Synthetic Study")));
    run.setTooltip(new Tooltip("Simulates the study from the true law and lets it fill in over"
        + " a few seconds, fitting as the points arrive. Run Again replays the same draw; New"
        + " Draw gives new noise."));
    run.setOnAction(e -> runOrSkip());
    Button tourButton = new Button("Guided Tour");
    tourButton.setId("startTour");
    tourButton.setTooltip(new Tooltip("Five short steps: what the points are, alpha, the floor"
        + " C, the data-need forecast, and why intervals and the back-test matter. The tour"
        + " shows the truth (it turns Show the truth on) to check the fit against it."));
    tourButton.setOnAction(e -> {
      // the tour checks the fit against the truth and has the class move the true values
      model.showTruthProperty().set(true);
      tour.start();
    });
    Button present = new Button("Presentation");
    present.setId("presentationButton");
    present.setTooltip(new Tooltip("The chart full screen with large type for a projector"
        + " (F11 or Ctrl+Shift+P; Esc leaves)."));
    present.setOnAction(e -> togglePresentation());
    Button reset = new Button("Reset");
    reset.setId("resetTeach");
    reset.setTooltip(new Tooltip("Back to the starting values."));
    reset.setOnAction(e -> model.reset());
    showTruth.setId("showTruth");
    showTruth.selectedProperty().bindBidirectional(model.showTruthProperty());
    showTruth.setTooltip(new Tooltip("Hide the truth to let a class guess it from the points"
        + " first."));
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("teachBusy");
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty());
    // the buttons keep their words and wrap onto a second row in a narrow window
    for (Region r : new Region[] {title, showTruth, run, tourButton, present, reset}) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    FlowPane actions = new FlowPane(8, 6, busy, showTruth, run, tourButton, present, reset);
    actions.setAlignment(Pos.CENTER_RIGHT);
    actions.setId("teachActions");
    HBox.setHgrow(actions, Priority.ALWAYS);
    actions.setMinWidth(ACTIONS_MIN_WIDTH); // a flow pane's own minimum is one row of buttons
    HBox bar = new HBox(8, title, actions);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label honest = new Label("A simulated learning curve: the true law E(n) = D\u00b7n^-alpha + C"
        + " plus random noise per repetition, not a trained model. Set the truth on the left,"
        + " run the study and see how well the fit recovers it.");
    honest.setId("simulationBanner");
    honest.getStyleClass().add("simulation-banner");
    honest.setWrapText(true);
    honest.setMaxWidth(Double.MAX_VALUE);
    VBox header = new VBox(6, bar, honest);
    header.getStyleClass().add("teach-header");
    return header;
  }

  private VBox center() {
    Label problem = new Label();
    problem.setId("teachProblem");
    problem.getStyleClass().add("scaling-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    chart.setId("teachChart");
    // in a small window the legend would cover the whole plot: it shows again when there is room
    javafx.beans.InvalidationListener resized = obs -> {
      var shown = chart.chart();
      if (shown != null) {
        LegendFit.apply(shown.chart(), chart.getWidth(), chart.getHeight());
      }
    };
    chart.widthProperty().addListener(resized);
    chart.heightProperty().addListener(resized);
    chart.setEditable(false);
    placeholder.setId("teachPlaceholder");
    placeholder.getStyleClass().add("empty-state-text");
    placeholder.setWrapText(true);
    placeholder.setText("Press Run Synthetic Study: the chart fills in with the simulated"
        + " errors, the fitted law and the truth. New here? Press Guided Tour.");
    placeholder.setMaxWidth(460);
    placeholder.visibleProperty().bind(chartShown.not());
    chart.visibleProperty().bind(chartShown);
    StackPane stack = new StackPane(chart, placeholder);
    // the chart keeps room for its plot; in a small window (or with the tour open) the step
    // scrolls rather than squeezing the chart to a strip (in the smallest window, 720 x 480,
    // less, so that the chart itself stays in view)
    stack.minHeightProperty().bind(Bindings.min(MIN_CHART_HEIGHT,
        Bindings.max(200, heightProperty().multiply(0.5))));
    VBox.setVgrow(stack, Priority.ALWAYS);
    VBox box = new VBox(6, tour, problem, stack, results);
    box.getStyleClass().add("teach-center");
    return box;
  }

  /**
   * The chart and the numbers under it fill the step; in a window too small for both (the
   * smallest is 720 x 480) they scroll instead of spilling over the menus or the window's edge.
   */
  private static ScrollPane fillingScroll(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setId("teachCenterScroll");
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.getStyleClass().add("side-scroll");
    return scroll;
  }

  private static ScrollPane scrolling(Node content, String id, double width) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setId(id);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setPrefWidth(width);
    scroll.setMinWidth(width * 0.68); // the truth table and this panel fit the 720-pixel window
    scroll.getStyleClass().add("side-scroll");
    return scroll;
  }

  private void wire() {
    model.resultProperty().addListener((obs, old, now) -> {
      redraw();
      showNumbers();
    });
    model.setupProperty().addListener((obs, old, now) -> showNumbers());
    model.revealedProperty().addListener((obs, old, now) -> showNumbers());
    model.busyProperty().addListener((obs, old, now) -> showNumbers());
    model.targetProperty().addListener((obs, old, now) -> showNumbers());
    model.revealingProperty().addListener((obs, was, now) -> {
      if (!now) {
        animation.stop();
      }
    });
    model.showTruthProperty().addListener((obs, old, now) -> {
      redraw();
      showNumbers();
    });
    theme.addListener((obs, old, now) -> applyTheme(now));
    sceneProperty().addListener((obs, old, now) -> {
      if (now != null) {
        warmUp();
      }
    });
  }

  /**
   * The first fit and chart of a session are slow (classes load, the JIT has not compiled the
   * fit yet): one throw-away fit and chart when the screen first shows make the first Run
   * animate smoothly. Nothing of it is shown.
   */
  private void warmUp() {
    if (warmedUp) {
      return;
    }
    warmedUp = true;
    tasks.run("Preparing the Teach screen", context -> {
      TeachingSetup setup = TeachingSetup.defaults();
      TeachResult result = TeachViewModel.fit(setup, setup.generate(),
          TeachViewModel.DEFAULT_TARGET, 50, 1, 1);
      return TeachChart.build(result, new TeachChart.Style(ChartTheme.LIGHT, false, true));
    }, drawn -> { }, error -> { });
  }

  private void applyTheme(Theme now) {
    getStyleClass().remove("dark");
    if (now == Theme.DARK) {
      getStyleClass().add("dark");
    }
    redraw();
  }

  private void runOrSkip() {
    if (model.revealingProperty().get()) {
      model.finishReveal();
      return;
    }
    model.runStudy();
    if (model.revealingProperty().get()) {
      animation.play(model.revealedProperty(), model.totalProperty().get());
    }
  }

  private void tourAction(GuidedTour.Action action) {
    switch (action) {
      case RUN_STUDY -> {
        if (!model.startedProperty().get()) {
          runOrSkip();
        }
      }
      case TARGET_BEYOND_DATA -> {
        TeachingSetup setup = model.setupProperty().get();
        double target = (setup.trueError(setup.nMax()) + setup.c()) / 2;
        model.targetProperty().set(Double.parseDouble(Format.value(target)));
      }
      case NONE -> { }
    }
  }

  /** Scrolls the side panel holding a node so that the node shows. */
  private static void scrollTo(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
        double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double room = scroll.getContent().getBoundsInLocal().getHeight()
            - scroll.getViewportBounds().getHeight();
        if (room > 0) {
          scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
        }
        return;
      }
    }
  }

  private void togglePresentation() {
    PresentationWindow window = presentation;
    if (window != null && window.isShowing()) {
      window.hide();
      return;
    }
    if (window == null) {
      window = new PresentationWindow(model, settler, theme, this::runOrSkip);
      window.setOnHidden(this::redraw);
      // the type's size follows the projector's: redrawn when the window's height changes
      window.stage().heightProperty().addListener((obs, was, now) -> {
        if (presenting()) {
          redraw();
        }
      });
      presentation = window;
    }
    window.show(getScene() == null ? null : getScene().getWindow());
    showNumbers();
    redraw();
  }

  /**
   * Opens the presentation from anywhere in the window (View > Presentation, F11, Ctrl+Shift+P):
   * runs the study first when none has run yet, so that the class sees a chart and not an empty
   * frame. Returns what happened, for the status line.
   */
  public String present() {
    boolean ran = false;
    if (!model.startedProperty().get()) {
      runOrSkip();
      ran = true;
    }
    if (!presenting()) {
      togglePresentation();
    }
    return "Presentation of the Teach step's simulated study" + (ran
        ? " (no study had run yet: it runs now)" : "") + ". Esc leaves.";
  }

  private boolean presenting() {
    return presentation != null && presentation.isShowing();
  }

  private ChartTheme chartTheme() {
    return theme.getValue() == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
  }

  private void redraw() {
    TeachResult result = model.resultProperty().get();
    if (result != null) {
      PresentationWindow window = presentation;
      boolean presenting = presenting() && window != null;
      double scale = presenting ? TeachChart.Style.presentationScale(window.stage().getHeight())
          : 1;
      drawer.submit(new DrawRequest(result, new TeachChart.Style(chartTheme(), presenting,
          model.showTruthProperty().get(), scale)));
    }
  }

  private void showChart(Drawn drawn) {
    if (drawn.style().presentation() != presenting()) {
      redraw(); // drawn for the view that has just been left or entered
      return;
    }
    ChartPane pane = presenting() && presentation != null ? presentation.chartPane() : chart;
    pane.show(drawn.chart().chart());
    LegendFit.apply(drawn.chart().chart().chart(), pane.getWidth(), pane.getHeight());
    drawn.chart().applyRange(); // the pane keeps a zoom; the teaching axes follow the study
    chartShown.set(true);
  }

  private void showNumbers() {
    TeachResult result = model.resultProperty().get();
    boolean withTruth = model.showTruthProperty().get();
    results.show(model.setupProperty().get(), model.targetProperty().get(), result,
        status(result), withTruth);
    if (presentation != null) {
      presentation.update(result, result == null ? model.setupProperty().get() : result.setup(),
          withTruth);
    }
  }

  private String status(@Nullable TeachResult result) {
    if (!model.startedProperty().get()) {
      return "Press Run Synthetic Study to simulate the study.";
    }
    if (model.revealingProperty().get()) {
      return "Study running: " + model.revealedProperty().get() + " of "
          + model.totalProperty().get() + " results in, fitted as they arrive.";
    }
    if (result == null || !result.complete()) {
      return "All " + model.totalProperty().get() + " results in; fitting the law...";
    }
    if (model.refining()) {
      return "Quick fit (" + result.resamples() + " resamples); the full fit follows.";
    }
    return "Fit with " + Format.size(result.resamples()) + " bootstrap resamples of the "
        + result.setup().repetitions() + " repetitions.";
  }

  public TeachViewModel model() {
    return model;
  }

  /** The chart of the screen (for tests). */
  public ChartPane chartPane() {
    return chart;
  }

  @Nullable PresentationWindow presentation() {
    return presentation;
  }

  TourPanel tourPanel() {
    return tour;
  }
}
