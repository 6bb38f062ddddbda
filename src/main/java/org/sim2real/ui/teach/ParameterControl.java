package org.sim2real.ui.teach;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sim2real.core.scaling.curve.Format;

/**
 * One setting of the Teach screen: a name, a slider and a field showing the value, both changing
 * the same property. The slider moves with the mouse or the arrow keys (Page Up/Down, Home and End
 * too); the field takes typed numbers (Enter or leaving it). Wide ranges (sizes, D) move on a log
 * scale so that every decade gets the same room. The tooltip says what the setting means.
 */
final class ParameterControl extends VBox {
  /** The range and resolution of a setting. */
  record Range(double min, double max, boolean log, double step, boolean whole) {
    Range {
      if (!(min < max) || (log && !(min > 0))) {
        throw new IllegalArgumentException("bad range " + min + ".." + max);
      }
    }

    static Range linear(double min, double max, double step) {
      return new Range(min, max, false, step, false);
    }

    static Range whole(double min, double max) {
      return new Range(min, max, false, 1, true);
    }

    /** Log scale; values rounded to 2 significant digits (whole numbers when {@code whole}). */
    static Range logarithmic(double min, double max, boolean whole) {
      return new Range(min, max, true, 0, whole);
    }

    double toSlider(double value) {
      return log ? Math.log10(value) : value;
    }

    double fromSlider(double position) {
      return tidy(log ? Math.pow(10, position) : position);
    }

    double clamp(double value) {
      return Math.max(min, Math.min(max, value));
    }

    /** Rounds to the setting's resolution so that the numbers read well in class. */
    double tidy(double value) {
      double v = clamp(value);
      if (log) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        v = Math.round(v / magnitude) * magnitude;
      } else if (step > 0) {
        v = Math.round(v / step) * step;
      }
      v = whole ? Math.round(v) : Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
      return clamp(v);
    }
  }

  private final Slider slider = new Slider();
  private final TextField field = new TextField();
  private final Label problem = new Label();
  private final DoubleProperty value;
  private final Range range;
  private final DoubleFunction<String> format;
  private boolean syncing;
  private Runnable onCommit = () -> {};

  /**
   * @param id node id of the control; the slider is {@code id + "Slider"}, the field {@code id +
   *     "Field"}
   */
  ParameterControl(String id, String name, String help, DoubleProperty value, Range range,
      DoubleFunction<String> format) {
    this.value = value;
    this.range = range;
    this.format = format;
    setId(id);
    getStyleClass().add("parameter-control");
    Label label = new Label(name);
    label.getStyleClass().add("parameter-name");
    label.setLabelFor(slider);
    label.setMinWidth(Region.USE_PREF_SIZE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    field.setId(id + "Field");
    field.getStyleClass().add("parameter-field");
    field.setPrefColumnCount(7);
    field.setOnAction(e -> commitField());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        commitField();
      }
    });
    HBox top = new HBox(6, label, gap, field);
    top.setAlignment(Pos.CENTER_LEFT);
    slider.setId(id + "Slider");
    slider.setMin(range.toSlider(range.min()));
    slider.setMax(range.toSlider(range.max()));
    double span = slider.getMax() - slider.getMin();
    slider.setBlockIncrement(range.whole() && !range.log() ? 1
        : range.log() ? span / 30 : Math.max(range.step(), span / 40));
    slider.setValue(range.toSlider(range.clamp(value.get())));
    slider.valueProperty().addListener((obs, old, now) -> {
      if (!syncing) {
        set(range.fromSlider(now.doubleValue()));
      }
    });
    value.addListener((obs, old, now) -> show(now.doubleValue()));
    problem.getStyleClass().add("field-problem");
    problem.setWrapText(true);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    Tooltip tip = new Tooltip(help);
    tip.setWrapText(true);
    tip.setMaxWidth(360);
    tip.setShowDelay(Duration.millis(400));
    tip.setShowDuration(Duration.seconds(30));
    Tooltip.install(label, tip);
    slider.setTooltip(tip);
    field.setTooltip(tip);
    getChildren().addAll(top, slider, problem);
    show(value.get());
  }

  /** Called after a typed value is accepted (the view settles the fit then). */
  void setOnCommit(Runnable action) {
    onCommit = action;
  }

  /** True while the slider's thumb is held with the mouse. */
  ReadOnlyBooleanProperty changingProperty() {
    return slider.valueChangingProperty();
  }

  Slider slider() {
    return slider;
  }

  TextField field() {
    return field;
  }

  private void set(double v) {
    if (v != value.get()) {
      value.set(v);
    } else {
      show(v);
    }
  }

  private void show(double v) {
    syncing = true;
    try {
      slider.setValue(range.toSlider(range.clamp(v)));
      if (!field.isFocused() || problem.getText().isEmpty()) {
        field.setText(format.apply(v));
      }
      field.getStyleClass().remove("field-error");
      problem.setText("");
    } finally {
      syncing = false;
    }
  }

  private void commitField() {
    String text = field.getText().strip().replace(",", "").replace("_", "");
    double typed;
    try {
      typed = parse(text);
    } catch (NumberFormatException e) {
      reject("\"" + field.getText().strip() + "\" is not a number");
      return;
    }
    if (!(typed >= range.min() && typed <= range.max())) {
      reject("use a value from " + format.apply(range.min()) + " to "
          + format.apply(range.max()));
      return;
    }
    double v = range.whole() ? Math.round(typed) : typed;
    if (v != value.get()) {
      value.set(v);
      onCommit.run();
    } else {
      show(v);
    }
  }

  /** Numbers as people type them: "0.3", "1e5", "250k", "2M". */
  static double parse(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    double factor = 1;
    if (s.endsWith("k")) {
      factor = 1e3;
    } else if (s.endsWith("m")) {
      factor = 1e6;
    }
    if (factor > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return Double.parseDouble(s) * factor;
  }

  private void reject(String message) {
    problem.setText(message);
    if (!field.getStyleClass().contains("field-error")) {
      field.getStyleClass().add("field-error");
    }
  }

  /** Sizes as "100,000"; plain values with 3 significant digits. */
  static String sizeText(double v) {
    return Format.size(Math.round(v));
  }
}
