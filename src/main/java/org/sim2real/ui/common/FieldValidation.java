package org.sim2real.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Marks a field whose value is not used, with ControlsFX's validation decorations: a red mark in
 * the field's corner whose tooltip gives the reason in full (wrapped, never cut off), and the
 * style class {@value #ERROR_STYLE} that the style sheets draw as a red border. The reason comes
 * from the view model (the same text the line under the field shows); the decoration follows it,
 * whatever changed it (typing, an undo, other data).
 */
public final class FieldValidation {
  /** The style class of a field whose value is not used. */
  public static final String ERROR_STYLE = "field-error";
  /** The style class of the mark in the field's corner (for style sheets and lookups). */
  public static final String MARK_STYLE = "validation-mark";

  private FieldValidation() {}

  /**
   * Decorates {@code field} while {@code problem} is not empty.
   *
   * @param problem why the field's value is not used, or "" when it is
   */
  public static void decorate(Control field, ObservableValue<String> problem) {
    ValidationSupport support = new ValidationSupport();
    support.setValidationDecorator(new CompoundValidationDecoration(new Mark(),
        new StyleClassValidationDecoration(ERROR_STYLE, "field-warning")));
    support.registerValidator(field, false, (Control c, Object value) ->
        ValidationResult.fromErrorIf(c, problem.getValue(), !problem.getValue().isEmpty()));
    problem.addListener((obs, old, now) -> support.revalidate(field));
  }

  /** ControlsFX's error mark, with a tooltip that wraps long reasons instead of cutting them. */
  private static final class Mark extends GraphicValidationDecoration {
    @Override
    protected Node createDecorationNode(ValidationMessage message) {
      Node node = super.createDecorationNode(message); // a label whose tooltip is createTooltip's
      node.getStyleClass().add(MARK_STYLE);
      // the mark lies on its field, which has a tooltip of its own: the mouse over the mark stops
      // there, so that the mark's tooltip is the one shown
      node.addEventHandler(MouseEvent.MOUSE_MOVED, MouseEvent::consume);
      return node;
    }

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
      Tooltip tip = super.createTooltip(message);
      tip.setWrapText(true);
      tip.setMaxWidth(420);
      tip.setShowDelay(Duration.millis(200));
      return tip;
    }
  }
}
