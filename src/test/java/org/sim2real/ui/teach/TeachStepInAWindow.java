package org.sim2real.ui.teach;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.Theme;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The Teach step in the room a 1280x720 window gives it beside the navigator (1062 x 660,
 * measured from a screenshot), its background work run when the test says so, and any
 * presentation closed after each test.
 */
abstract class TeachStepInAWindow extends ApplicationTest {
  static final double STEP_WIDTH = 1062;
  static final double STEP_HEIGHT = 660;

  private final Deque<Runnable> workers = new ArrayDeque<>();
  TeachView view;

  @Override
  public void start(Stage stage) {
    BackgroundTasks tasks = new BackgroundTasks(workers::add, Runnable::run, Runnable::run);
    view = new TeachView(new TeachViewModel(tasks), tasks,
        new SimpleObjectProperty<>(Theme.LIGHT));
    Scene scene = new Scene(new StackPane(view), STEP_WIDTH, STEP_HEIGHT);
    Theme.LIGHT.applyTo(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void leavePresentation() {
    interact(() -> {
      PresentationWindow window = view.presentation();
      if (window != null) {
        window.hide();
      }
    });
  }

  /** Runs the background work the screen started (and what that starts), as the pool would. */
  void finishBackgroundWork() {
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
  }
}
