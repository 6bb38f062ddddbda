package org.sim2real.ui.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The guided walkthrough on screen: a callout above the chart with the step's title and text,
 * Back, Next and Close, and a highlight (the {@value #HIGHLIGHT} style class) on the controls and
 * chart parts the step talks about.
 */
final class TourPanel extends VBox {
  static final String HIGHLIGHT = "tour-highlight";

  private final GuidedTour tour = new GuidedTour();
  private final Function<String, @Nullable Node> lookup;
  private final Consumer<GuidedTour.Action> actions;
  private final Consumer<Node> reveal;
  private final Label title = new Label();
  private final Label text = new Label();
  private final Label counter = new Label();
  private final Button back = new Button("Back");
  private final Button next = new Button("Next");
  private final List<Node> highlighted = new ArrayList<>();

  /**
   * @param lookup finds a node of the screen by id
   * @param actions carries out a step's action
   * @param reveal scrolls a highlighted node into view
   */
  TourPanel(Function<String, @Nullable Node> lookup, Consumer<GuidedTour.Action> actions,
      Consumer<Node> reveal) {
    this.lookup = lookup;
    this.actions = actions;
    this.reveal = reveal;
    setId("tourPanel");
    getStyleClass().add("tour-panel");
    title.setId("tourTitle");
    title.getStyleClass().add("tour-title");
    text.setId("tourText");
    text.getStyleClass().add("tour-text");
    text.setWrapText(true);
    // all of the step's text, never "...": the chart below gives way (the step scrolls)
    text.setMinHeight(Region.USE_PREF_SIZE);
    counter.setId("tourCounter");
    counter.getStyleClass().add("detail-text");
    back.setId("tourBack");
    back.setOnAction(e -> show(tour.previous()));
    next.setId("tourNext");
    next.setDefaultButton(false);
    next.setOnAction(e -> {
      if (tour.hasNext()) {
        show(tour.next());
      } else {
        close();
      }
    });
    Button close = new Button("Close Tour");
    close.setId("tourClose");
    close.setOnAction(e -> close());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(8, counter, gap, back, next, close);
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(title, text, buttons);
    setVisible(false);
    managedProperty().bind(visibleProperty());
  }

  /** Opens the tour at its first step. */
  void start() {
    setVisible(true);
    show(tour.start());
    next.requestFocus();
  }

  void close() {
    tour.close();
    clearHighlights();
    setVisible(false);
  }

  GuidedTour tour() {
    return tour;
  }

  private void show(GuidedTour.Step step) {
    title.setText(step.title());
    text.setText(step.text());
    counter.setText("Step " + (tour.index() + 1) + " of " + GuidedTour.STEPS.size());
    back.setDisable(!tour.hasPrevious());
    next.setText(tour.hasNext() ? "Next" : "Finish");
    clearHighlights();
    for (String id : step.highlights()) {
      Node node = lookup.apply(id);
      if (node != null) {
        node.getStyleClass().add(HIGHLIGHT);
        highlighted.add(node);
      }
    }
    highlighted.forEach(reveal);
    actions.accept(step.action());
  }

  private void clearHighlights() {
    highlighted.forEach(n -> n.getStyleClass().remove(HIGHLIGHT));
    highlighted.clear();
  }
}
