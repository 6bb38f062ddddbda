package org.sim2real.ui.data;

import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;

/**
 * Ties a combo box to a model property so that the model hears a choice only once it is made:
 * moving through the open list with the arrow keys changes the box's value at every step, and
 * each step would otherwise be an edit (a new undo step, a re-validation of every row).
 */
final class ComboBinding {
  private ComboBinding() {}

  static <T> void bind(ComboBox<T> box, Property<T> model) {
    box.setValue(model.getValue());
    boolean[] updating = {false};
    model.addListener((obs, old, now) -> {
      updating[0] = true;
      try {
        box.setValue(now);
      } finally {
        updating[0] = false;
      }
    });
    box.valueProperty().addListener((obs, old, now) -> {
      if (!updating[0] && !box.isShowing() && now != null) {
        model.setValue(now);
      }
    });
    box.setOnHidden(e -> {
      if (box.getValue() != null && box.getValue() != model.getValue()) {
        model.setValue(box.getValue());
      }
    });
  }
}
