package org.sim2real.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * What a step shows before it has content: its headline, what it is for, and what to do first,
 * optionally followed by a small live part (such as the files chosen so far).
 */
public final class EmptyStateView extends VBox {
  public EmptyStateView(WorkbenchStep step, @Nullable Node extra) {
    getStyleClass().add("empty-state");
    setId("emptyState-" + step.name());
    setAlignment(Pos.TOP_LEFT);
    setFillWidth(true);

    Label headline = new Label(step.headline());
    headline.getStyleClass().add("empty-state-title");

    Label purpose = new Label(step.purpose());
    purpose.getStyleClass().add("empty-state-text");
    purpose.setWrapText(true);

    Label first = new Label(step.firstAction());
    first.getStyleClass().add("empty-state-action");
    first.setWrapText(true);

    getChildren().addAll(headline, purpose, first);
    if (extra != null) {
      getChildren().add(extra);
    }
  }

  /** The empty state of {@code step} in a scroll pane that fits its width, as steps show it. */
  public static ScrollPane scrolling(WorkbenchStep step, @Nullable Node extra) {
    ScrollPane scroll = new ScrollPane(new EmptyStateView(step, extra));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("step-scroll");
    return scroll;
  }

  /** A wrapping sentence in the empty state's text style, for a step's own extra lines. */
  public static Label text(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("empty-state-text");
    return label;
  }
}
