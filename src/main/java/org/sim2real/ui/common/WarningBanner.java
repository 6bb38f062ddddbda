package org.sim2real.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A dismissible warning strip above the content; it never blocks the window. */
public final class WarningBanner extends HBox {
  public WarningBanner(ShellViewModel model) {
    setId("warningBanner");
    getStyleClass().add("banner");
    setAlignment(Pos.CENTER_LEFT);

    Label icon = new Label("!");
    icon.getStyleClass().add("banner-icon");
    Label text = new Label();
    text.setId("bannerText");
    text.getStyleClass().add("banner-text");
    text.setWrapText(true);
    text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    text.textProperty().bind(model.bannerMessageProperty());
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);

    Button dismiss = new Button("Dismiss");
    dismiss.setId("dismissBanner");
    dismiss.setTooltip(new Tooltip("Hide this warning for now; it is shown again at the next start."));
    dismiss.setMinWidth(USE_PREF_SIZE);
    dismiss.setOnAction(e -> model.bannerMessageProperty().set(""));

    getChildren().addAll(icon, text, dismiss);
    BooleanBinding shown = Bindings.createBooleanBinding(
        () -> !model.bannerMessageProperty().get().isEmpty(), model.bannerMessageProperty());
    visibleProperty().bind(shown);
    managedProperty().bind(shown);
  }
}
