package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.Theme;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The Teach screen in the room the main window gives a step at its minimum size (720 x 480:
 * about 545 x 425 beside the navigator, under the menus): every button stays inside it.
 */
class TeachViewLayoutTest extends ApplicationTest {
  private static final double WIDTH = 545;
  private static final double HEIGHT = 425;

  private final Deque<Runnable> workers = new ArrayDeque<>();
  private TeachView view;

  @Override
  public void start(Stage stage) {
    view = new TeachView(new TeachViewModel(
        new BackgroundTasks(workers::add, Runnable::run, Runnable::run)),
        new BackgroundTasks(workers::add, Runnable::run, Runnable::run),
        new SimpleObjectProperty<>(Theme.LIGHT));
    // the workbench's step area is a stack pane: a step larger than it spills over its edges
    Scene scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
    Theme.LIGHT.applyTo(scene); // the workbench's colours and fonts, as in the main window
    stage.setScene(scene);
    stage.show();
  }

  private Bounds sceneBounds(String id) {
    Node node = lookup(id).query();
    return node.localToScene(node.getBoundsInLocal());
  }

  private void assertInside(String id) {
    Bounds b = sceneBounds(id);
    assertTrue(b.getMinX() >= 0 && b.getMaxX() <= WIDTH && b.getMinY() >= 0
        && b.getMaxY() <= HEIGHT, id + " lies outside the step: " + b);
  }

  @Test
  void theTeachScreenFitsTheSmallestWindow() {
    assertTrue(view.minWidth(-1) <= WIDTH, "min width " + view.minWidth(-1));
    assertTrue(view.minHeight(WIDTH) <= HEIGHT, "min height " + view.minHeight(WIDTH));
    for (String id : new String[] {"#runStudy", "#startTour", "#presentationButton",
        "#resetTeach", "#showTruth", "#teachChart"}) {
      assertInside(id);
    }
  }

  @Test
  void theNumbersUnderTheChartScrollIntoViewInsteadOfSpillingOver() {
    Bounds table = sceneBounds("#truthTable");
    assertTrue(table.getMinX() >= 0 && table.getMaxX() <= WIDTH, "table " + table);
    ScrollPane scroll = lookup("#teachCenterScroll").queryAs(ScrollPane.class);
    Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
    assertTrue(viewport.getMaxY() <= HEIGHT, "the scroll pane ends inside the step: " + viewport);
    interact(() -> scroll.setVvalue(1));
    Bounds shown = sceneBounds("#truthTable");
    assertTrue(shown.getMaxY() <= viewport.getMaxY() + 1, "scrolled down, the table shows: "
        + shown + " in " + viewport);
  }
}
