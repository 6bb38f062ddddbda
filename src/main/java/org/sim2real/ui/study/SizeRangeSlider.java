package org.sim2real.ui.study;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.FormControls;
import org.sim2real.ui.common.study.SizeSchedule;

/**
 * The range of the simulation sizes, from the smallest n to the largest, as ControlsFX's
 * RangeSlider on a log scale (the sizes are spread in log n): the thumbs and the "From" and "to"
 * fields show the same values both ways. A thumb writes its value into its field, as if typed, so
 * the change is checked and undone like any edit (a whole drag is one undo step); the high thumb
 * at the right end means "all rows". Keyboard: Tab to a thumb, arrow keys move it by a tenth of a
 * decade, Home and End to the ends; the presses until focus leaves are one undo step, like typing
 * in a field.
 */
final class SizeRangeSlider extends RangeSlider {
  /** A tenth of a decade per key press: about 26% more or less. */
  private static final double STEP = 0.1;

  private final ScheduleModel schedule;
  private final DesignSession session;
  private boolean following;

  SizeRangeSlider(ScheduleModel schedule, DesignSession session) {
    super(0, 5, 2, 5);
    this.schedule = schedule;
    this.session = session;
    setId("sizeRange");
    setShowTickMarks(true);
    setShowTickLabels(true);
    setMajorTickUnit(1);
    setMinorTickCount(0);
    setBlockIncrement(STEP);
    setPrefWidth(360);
    setMinWidth(240);
    setLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number exponent) {
        return Texts.count(Math.round(Math.pow(10, exponent.doubleValue())));
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException("tick labels are not edited");
      }
    });
    setTooltip(FormControls.wrapping("The smallest and the largest n on a log scale; the thumbs"
        + " and the From and to fields follow each other. Keyboard: Tab to a thumb, arrow keys"
        + " to move it, Home and End to the ends. At the right end the largest n is all usable"
        + " simulation rows."));
    FormControls.keepShortcuts(this);
    addEventFilter(KeyEvent.KEY_PRESSED, this::leaveOnTab);
    follow();
    session.designProperty().addListener((obs, old, d) -> follow());
    session.factsProperty().addListener((obs, old, f) -> follow());
    lowValueProperty().addListener(moved(true));
    highValueProperty().addListener(moved(false));
    ChangeListener<Boolean> released = (obs, was, changing) -> {
      if (!changing) {
        session.endEditing();
      }
    };
    lowValueChangingProperty().addListener(released);
    highValueChangingProperty().addListener(released);
    focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        session.endEditing();
      }
    });
  }

  /**
   * Tab past the high thumb (Shift+Tab before the low one) leaves the slider. ControlsFX's skin
   * hands focus to the slider's next sibling in its parent, which is not a focus stop here, so
   * focus fell back onto the slider and Tab never reached the controls after it (nor, from there,
   * the step list).
   */
  private void leaveOnTab(KeyEvent e) {
    if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
      return;
    }
    String edge = e.isShiftDown() ? ".low-thumb" : ".high-thumb";
    Node thumb = lookup(edge);
    if (thumb != null && thumb.isFocused()) {
      e.consume();
      // from the slider itself the next stop would be its own thumb; from the high thumb it is
      // the control after the slider
      if (e.isShiftDown()) {
        requestFocusTraversal(TraversalDirection.PREVIOUS);
      } else {
        thumb.requestFocusTraversal(TraversalDirection.NEXT);
      }
    }
  }

  /** The usable simulation rows: the right end of the scale; null before the data are read. */
  private @Nullable Integer rows() {
    return session.facts().simulationRows();
  }

  /** Puts the thumbs where the design's sizes are, without writing anything back. */
  private void follow() {
    Integer rows = rows();
    setDisable(rows == null || rows < 2);
    if (rows == null || rows < 2) {
      return;
    }
    StudyDesign d = session.design();
    SizeSchedule spec = schedule.spec(d);
    int top = spec.max() == null ? rows : Math.min(spec.max(), rows);
    int bottom = Math.min(spec.min(), top);
    following = true;
    try {
      setMin(0);
      setMax(Math.log10(rows));
      setLowValue(0); // so that the high thumb may go below the old low one
      setHighValue(Math.log10(top));
      setLowValue(Math.log10(bottom));
    } finally {
      following = false;
    }
  }

  private ChangeListener<Number> moved(boolean low) {
    return (obs, old, exponent) -> {
      Integer rows = rows();
      if (following || rows == null) {
        return;
      }
      if (low) {
        schedule.min().textProperty().set(String.valueOf(size(exponent.doubleValue(), rows)));
      } else {
        boolean atTheEnd = exponent.doubleValue() >= getMax() - 1e-9;
        schedule.max().textProperty().set(atTheEnd ? ""
            : String.valueOf(size(exponent.doubleValue(), rows)));
      }
    };
  }

  /** 10^exponent with two significant digits (1,200 rather than 1,234), between 1 and rows. */
  static int size(double exponent, int rows) {
    double n = Math.pow(10, exponent);
    double unit = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
    long rounded = Math.round(n / unit) * (long) unit;
    return (int) Math.max(1, Math.min(rows, rounded));
  }
}
