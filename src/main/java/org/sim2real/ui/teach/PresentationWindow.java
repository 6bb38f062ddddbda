package org.sim2real.ui.teach;

import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.chart.ChartPane;
import org.sim2real.ui.teach.ParameterControl.Range;

/**
 * The presentation view: the chart full screen in a window of its own, with large fonts, the key
 * numbers in big type and the few sliders a lecture needs (alpha, C, noise, target) plus Run and
 * New Draw. Esc, F11 and Ctrl+Shift+P leave it. Built once and reused, so its controls do not pile
 * up listeners on the view model.
 */
final class PresentationWindow {
  static final KeyCombination TOGGLE = new KeyCodeCombination(KeyCode.P,
      KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination TOGGLE_F11 = new KeyCodeCombination(KeyCode.F11);

  private final Stage stage = new Stage();
  private final ChartPane chart = new ChartPane();
  private final KeyNumbers numbers = new KeyNumbers();
  private final Label heading = new Label();
  private final ObservableValue<Theme> theme;
  private final BorderPane root = new BorderPane();
  private final List<ParameterControl> truthControls;
  private Runnable onHidden = () -> {};

  PresentationWindow(TeachViewModel model, FitSettler settler, ObservableValue<Theme> theme,
      Runnable run) {
    this.theme = theme;
    root.setId("presentationRoot");
    root.getStyleClass().addAll("teach-view", "presentation");
    root.getStylesheets().addAll(stylesheet("/ui/chart.css"), stylesheet("/ui/teach.css"));
    heading.setId("presentationHeading");
    heading.getStyleClass().add("presentation-heading");
    Label hint = new Label("Simulated: the law plus noise, not a trained model \u00b7 Esc"
        + " leaves");
    hint.setMinWidth(Region.USE_PREF_SIZE);
    hint.getStyleClass().add("presentation-hint");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(16, heading, gap, hint);
    top.setAlignment(Pos.CENTER_LEFT);
    top.getStyleClass().add("presentation-top");
    chart.setId("presentationChart");
    chart.setEditable(false);
    Button again = new Button("Run Again");
    again.setId("presentationRun");
    again.setOnAction(e -> run.run());
    Button draw = new Button("New Draw");
    draw.setId("presentationNewDraw");
    draw.setOnAction(e -> model.newDraw());
    Button leave = new Button("Leave (Esc)");
    leave.setId("leavePresentation");
    leave.setOnAction(e -> hide());
    HBox sliders = new HBox(20);
    sliders.getStyleClass().add("presentation-controls");
    sliders.setAlignment(Pos.BOTTOM_LEFT);
    ParameterControl trueAlpha = new ParameterControl("presentAlpha", "True alpha", "How fast"
        + " more simulation pays off.", model.alphaProperty(), Range.linear(0.05, 1, 0.01),
        TeachFormat::plain);
    ParameterControl trueC = new ParameterControl("presentC", "True floor C", "The floor more"
        + " simulation cannot remove.", model.cProperty(), Range.linear(0, 1, 0.005),
        TeachFormat::plain);
    truthControls = List.of(trueAlpha, trueC);
    for (ParameterControl control : List.of(trueAlpha, trueC,
        new ParameterControl("presentNoise", "Noise", "Relative noise of one repetition at"
            + " m = 500.", model.noiseProperty(), Range.linear(0.005, 0.3, 0.005),
            TeachFormat::plain),
        new ParameterControl("presentTarget", "Target T", "Target error of the forecast.",
            model.targetProperty(), Range.logarithmic(0.01, 3, false),
            TeachFormat::plain))) {
      control.setOnCommit(model::settle);
      settler.watch(control.changingProperty());
      HBox.setHgrow(control, Priority.ALWAYS);
      sliders.getChildren().add(control);
    }
    for (Button b : List.of(again, draw, leave)) {
      b.setMinWidth(Region.USE_PREF_SIZE); // the sliders narrow instead of the buttons' words
    }
    CheckBox truth = new CheckBox("Show the truth");
    truth.setId("presentationShowTruth");
    truth.setMinWidth(Region.USE_PREF_SIZE);
    truth.selectedProperty().bindBidirectional(model.showTruthProperty());
    HBox buttons = new HBox(10, truth, again, draw, leave);
    buttons.setMinWidth(Region.USE_PREF_SIZE);
    buttons.setAlignment(Pos.BOTTOM_RIGHT);
    HBox controls = new HBox(24, sliders, buttons);
    HBox.setHgrow(sliders, Priority.ALWAYS);
    controls.setAlignment(Pos.BOTTOM_LEFT);
    VBox bottom = new VBox(12, numbers, controls);
    bottom.getStyleClass().add("presentation-bottom");
    root.setTop(top);
    root.setCenter(chart);
    root.setBottom(bottom);
    Scene scene = new Scene(root, 1280, 800);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE || TOGGLE.match(e) || TOGGLE_F11.match(e)) {
        e.consume();
        hide();
      }
    });
    stage.setScene(scene);
    stage.setTitle("Teach: presentation");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setFullScreenExitHint("");
    stage.setOnHidden(e -> onHidden.run());
    theme.addListener((obs, old, now) -> applyTheme());
    applyTheme();
  }

  private static String stylesheet(String name) {
    return Objects.requireNonNull(PresentationWindow.class.getResource(name),
        "missing stylesheet " + name).toExternalForm();
  }

  private void applyTheme() {
    theme.getValue().applyTo(stage.getScene());
    root.getStyleClass().remove("dark");
    if (theme.getValue() == Theme.DARK) {
      root.getStyleClass().add("dark");
    }
  }

  /** Opens full screen on the screen of {@code owner}. */
  void show(@Nullable Window owner) {
    if (stage.isShowing()) {
      return;
    }
    if (owner != null && stage.getOwner() == null) {
      stage.initOwner(owner);
    }
    // full screen needs a window manager's help; the bounds make it fill the screen without one
    Rectangle2D bounds = owner == null ? Screen.getPrimary().getBounds()
        : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
            Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
            .getBounds();
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setWidth(bounds.getWidth());
    stage.setHeight(bounds.getHeight());
    stage.show();
    stage.setFullScreen(true);
    stage.toFront();
  }

  void hide() {
    stage.setFullScreen(false);
    stage.hide();
  }

  boolean isShowing() {
    return stage.isShowing();
  }

  /** Called when the window closes (by key, button or the window manager). */
  void setOnHidden(Runnable action) {
    onHidden = action;
  }

  ChartPane chartPane() {
    return chart;
  }

  Stage stage() {
    return stage;
  }

  /**
   * Shows the heading and the key numbers of the latest fit; without the truth, neither the true
   * law nor the sliders that set it (their values are the truth).
   */
  void update(@Nullable TeachResult result, TeachingSetup setup, boolean withTruth) {
    heading.setText(withTruth ? "Truth: E(n) = " + setup.lawText() + "   (m = " + setup.m() + ")"
        : "What law made these points?   (m = " + setup.m() + ")");
    numbers.show(result, withTruth);
    for (ParameterControl control : truthControls) {
      control.setVisible(withTruth);
      control.setManaged(withTruth);
    }
  }
}
