package org.sim2real.ui.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.ui.teach.ParameterControl.Range;

/**
 * The settings of the simulated study, left of the chart: the true law (D, alpha, C), the
 * experiment (m, noise, repetitions), the design (n range, number of sizes, seed) and the target
 * error. Every control writes to the {@link TeachViewModel}.
 */
final class TeachControls extends VBox {
  private final TeachViewModel model;
  private final List<ParameterControl> controls = new ArrayList<>();
  private final BooleanBinding dragging;

  TeachControls(TeachViewModel model) {
    this.model = model;
    getStyleClass().add("teach-controls");
    setId("teachControls");
    String baseline = TeachingSetup.baselineLawText();
    ParameterControl d = add("paramD", "True D", "True prefactor D: how far above the floor the"
        + " error starts. The simulated errors follow E(n) = D\u00b7n^-alpha + C plus noise.",
        model.dProperty(), Range.logarithmic(0.05, 20, false), TeachFormat::plain);
    ParameterControl alpha = add("paramAlpha", "True alpha", "True scaling exponent alpha: how"
        + " fast more simulation pays off. Every 10x more simulation divides the part above the"
        + " floor, D\u00b7n^-alpha, by 10^alpha (alpha = 0.3: by 2).", model.alphaProperty(),
        Range.linear(0.05, 1, 0.01), TeachFormat::plain);
    ParameterControl c = add("paramC", "True floor C", "True floor C, the transfer gap: the"
        + " error that more simulation of the same kind cannot remove (simulation-vs-experiment"
        + " discrepancy, limited m, model capacity). 0 means no floor.", model.cProperty(),
        Range.linear(0, 1, 0.005), TeachFormat::plain);
    ParameterControl m = add("paramM", "Experiments m", "Experimental training size m. In this"
        + " simulation m sets the scratch baseline, " + baseline + ", and the noise: fewer"
        + " experiments, noisier repetitions. D, alpha and C are the truth at this m.",
        model.mProperty(), Range.logarithmic(10, 10_000, true), ParameterControl::sizeText);
    ParameterControl noise = add("paramNoise", "Noise at m = 500", "Relative noise of one"
        + " repetition at m = 500: 0.05 scatters each repetition's error by about 5% around the"
        + " true law. It grows as the square root of 500/m for fewer experiments (at most "
        + Format.percent(TeachingSetup.MAX_RELATIVE_NOISE) + ").", model.noiseProperty(),
        Range.linear(0.005, 0.3, 0.005), TeachFormat::plain);
    ParameterControl reps = add("paramRepetitions", "Repetitions", "Repetitions of every size,"
        + " each with its own noise. A point is their mean; its 90% interval and the fit's"
        + " intervals come from resampling the repetitions.", model.repetitionsProperty(),
        Range.whole(2, 50), v -> String.format(Locale.ROOT, "%d", Math.round(v)));
    ParameterControl nMin = add("paramNMin", "Smallest n", "Smallest simulation size n of the"
        + " study.", model.nMinProperty(), Range.logarithmic(10, 100_000, true),
        ParameterControl::sizeText);
    ParameterControl nMax = add("paramNMax", "Largest n", "Largest simulation size n of the"
        + " study. The fitted law is extrapolated 10x beyond it.", model.nMaxProperty(),
        Range.logarithmic(1_000, 10_000_000, true), ParameterControl::sizeText);
    ParameterControl sizes = add("paramSizes", "Sizes", "How many log-spaced sizes n lie"
        + " between the smallest and the largest.", model.sizeCountProperty(),
        Range.whole(TeachingSetup.MIN_SIZES, 20),
        v -> String.format(Locale.ROOT, "%d", Math.round(v)));
    ParameterControl target = add("paramTarget", "Target error T", "Target error T for the"
        + " data-need forecast n*(T) = ((T - C)/D)^(-1/alpha). At or below the floor C it is"
        + " unreachable by simulation alone.", model.targetProperty(),
        Range.logarithmic(0.01, 3, false), TeachFormat::plain);
    Label hidden = note("Hidden while Show the truth is off, so that a class can guess the law"
        + " from the points. Tick Show the truth to see and set it.");
    hidden.setId("trueLawHidden");
    hidden.visibleProperty().bind(model.showTruthProperty().not());
    hidden.managedProperty().bind(hidden.visibleProperty());
    for (ParameterControl truth : List.of(d, alpha, c)) {
      truth.visibleProperty().bind(model.showTruthProperty());
      truth.managedProperty().bind(truth.visibleProperty());
    }
    getChildren().addAll(
        section("The true law"), note("What the simulated study is made from. In a real study"
            + " nobody knows these; here you can check the fit against them."), hidden, d, alpha,
        c,
        section("The experiment"), m, noise, reps,
        section("The study design"), nMin, nMax, sizes, seedRow(),
        section("The forecast"), target,
        section("How this study is simulated"), about());
    dragging = Bindings.createBooleanBinding(
        () -> controls.stream().anyMatch(p -> p.changingProperty().get()),
        controls.stream().map(ParameterControl::changingProperty).toArray(
            javafx.beans.Observable[]::new));
  }

  private ParameterControl add(String id, String name, String help,
      javafx.beans.property.DoubleProperty value, Range range,
      java.util.function.DoubleFunction<String> format) {
    ParameterControl control = new ParameterControl(id, name, help, value, range, format);
    control.setOnCommit(model::settle); // a typed value is final: fit it in full at once
    controls.add(control);
    return control;
  }

  private HBox seedRow() {
    Label label = new Label("Seed");
    label.getStyleClass().add("parameter-name");
    TextField seed = new TextField();
    seed.setId("seedField");
    seed.getStyleClass().add("parameter-field");
    seed.setPrefColumnCount(6);
    seed.setText(Long.toString(model.seedProperty().get()));
    model.seedProperty().addListener((obs, old, now) -> seed.setText(Long.toString(
        now.longValue())));
    Runnable commit = () -> {
      try {
        model.seedProperty().set(Long.parseLong(seed.getText().strip()));
        model.settle();
      } catch (NumberFormatException e) {
        seed.setText(Long.toString(model.seedProperty().get()));
      }
    };
    seed.setOnAction(e -> commit.run());
    seed.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        commit.run();
      }
    });
    String help = "Seed of the random noise: the same seed gives the same study. New draw takes"
        + " the next seed: the same truth, new noise.";
    seed.setTooltip(new Tooltip(help));
    Button draw = new Button("New Draw");
    draw.setId("newDraw");
    draw.setTooltip(new Tooltip(help));
    draw.setOnAction(e -> model.newDraw());
    HBox.setHgrow(seed, Priority.ALWAYS);
    HBox row = new HBox(6, label, seed, draw);
    row.getStyleClass().add("control-row");
    row.setId("seedRow");
    return row;
  }

  private static Label about() {
    Label about = note("Every point is simulated, not measured: for each size n and repetition"
        + " the error is the true E(n) = D\u00b7n^-alpha + C times (1 + s\u00b7z), z a standard"
        + " normal draw. The noise s is the setting at m = 500 and grows as the square root of"
        + " 500/m for fewer experiments (the teaching assumption: fewer experiments, more"
        + " variable fine-tuned models). The scratch baseline follows "
        + TeachingSetup.baselineLawText() + " with the same noise. D, alpha and C are the"
        + " truth at the chosen m. The fit treats these numbers exactly like a real study's:"
        + " proposed fit window, bootstrap over repetitions, back-test.");
    about.setId("simulationNote");
    return about;
  }

  private static Label section(String title) {
    Label l = new Label(title);
    l.getStyleClass().add("section-title");
    return l;
  }

  private static Label note(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("detail-text");
    l.setWrapText(true);
    return l;
  }

  /** True while any slider's thumb is held. */
  BooleanBinding draggingBinding() {
    return dragging;
  }

  List<ParameterControl> controls() {
    return List.copyOf(controls);
  }
}
