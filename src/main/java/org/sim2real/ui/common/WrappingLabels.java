package org.sim2real.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels bound to a sentence that wraps and keeps the height its lines need. */
public final class WrappingLabels {
  private WrappingLabels() {}

  public static Label of(String id, String styleClass, ObservableValue<String> text) {
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.textProperty().bind(text);
    return label;
  }

  /** As {@link #of}, and takes no room while the sentence is empty. */
  public static Label shownWhenNotEmpty(String id, String styleClass,
      ObservableValue<String> text) {
    Label label = of(id, styleClass, text);
    BooleanBinding shown = Bindings.createBooleanBinding(
        () -> text.getValue() != null && !text.getValue().isEmpty(), text);
    label.visibleProperty().bind(shown);
    label.managedProperty().bind(shown);
    return label;
  }
}
