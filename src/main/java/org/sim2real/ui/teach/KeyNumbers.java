package org.sim2real.ui.teach;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;

/**
 * The key numbers in big type for the presentation view: alpha, C and n*(T), each as truth and
 * fit with the fit's 90% interval and a check mark when the interval holds the truth.
 */
final class KeyNumbers extends HBox {
  private final Tile alpha = new Tile("keyAlpha");
  private final Tile floor = new Tile("keyC");
  private final Tile need = new Tile("keyNeed");

  KeyNumbers() {
    super(16);
    setId("keyNumbers");
    getStyleClass().add("key-numbers");
    setAlignment(Pos.CENTER);
    for (Tile t : List.of(alpha, floor, need)) {
      HBox.setHgrow(t, Priority.ALWAYS);
      t.setMaxWidth(Double.MAX_VALUE);
    }
    getChildren().addAll(alpha, floor, need);
    show(null, true);
  }

  /**
   * @param withTruth false shows the fit alone: no true value and no mark saying whether the
   *     interval holds it
   */
  void show(@Nullable TeachResult result, boolean withTruth) {
    if (result == null) {
      alpha.show("alpha", "", "", "", null);
      floor.show("C", "", "", "", null);
      need.show("n*", "", "", "", null);
      return;
    }
    List<TruthCheck> checks = result.checks();
    alpha.show("alpha", checks.get(1), withTruth);
    floor.show("C (floor)", checks.get(2), withTruth);
    need.show("n* for T = " + Format.value(result.target()), checks.get(3), withTruth);
  }

  /** One quantity: name, truth, fit, interval, mark. */
  private static final class Tile extends VBox {
    private final Label name = label("key-name");
    private final Label values = label("key-values");
    private final Label mark = label("key-mark");
    private final Label interval = label("key-interval");

    Tile(String id) {
      setId(id);
      getStyleClass().add("key-tile");
      HBox line = new HBox(14, values, mark);
      line.setAlignment(Pos.BASELINE_LEFT);
      getChildren().addAll(name, line, interval);
    }

    private static Label label(String style) {
      Label l = new Label();
      l.getStyleClass().add(style);
      l.setWrapText(true);
      return l;
    }

    void show(String title, TruthCheck check, boolean withTruth) {
      if (withTruth) {
        show(title, check.truthText(), check.fittedText(), check.intervalText(), check.status());
      } else {
        show(title, "", "", check.intervalText(), null);
        values.setText("fit " + check.fittedText());
      }
    }

    void show(String title, String truth, String fitted, String range,
        TruthCheck.@Nullable Status status) {
      name.setText(title);
      values.setText(truth.isEmpty() ? "" : "truth " + truth + "   fit " + fitted);
      mark.setText(status == null ? "" : status.mark());
      interval.setText(range.contains(" to ") ? "90% interval: " + range : range);
      mark.getStyleClass().removeAll("truth-inside", "truth-outside");
      if (status == TruthCheck.Status.INSIDE) {
        mark.getStyleClass().add("truth-inside");
      } else if (status == TruthCheck.Status.OUTSIDE) {
        mark.getStyleClass().add("truth-outside");
      }
    }
  }
}
