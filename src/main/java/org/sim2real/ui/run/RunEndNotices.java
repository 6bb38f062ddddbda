package org.sim2real.ui.run;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.jspecify.annotations.Nullable;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchStep;

/**
 * A notice in the corner of the window (ControlsFX's Notifications) when a run finishes, fails or
 * is cancelled while the user is on another step: a study runs for minutes to hours, and the user
 * designs, fits or forecasts meanwhile. On the Run step the screen itself says how the run ended,
 * so no notice is shown there. A click on the notice, or on its button, goes to the Run step and
 * closes it; going to the Run step any other way closes it too (the Run step tells the same); left
 * alone it goes after {@link #SHOWN_FOR}. JavaFX hands the main window's keys to its pop-ups
 * first, and the notice swallows those pressed with Ctrl, Alt or Meta: the window's shortcuts
 * (Ctrl+1 to Ctrl+6, Ctrl+Z, Ctrl+S, ...) are run from the notice instead. Editing keys with Ctrl
 * in a text field (Ctrl+A, Ctrl+C) do not reach the field while a notice is on screen.
 */
public final class RunEndNotices {
  /** How long a notice stays when it is not clicked. */
  static final Duration SHOWN_FOR = Duration.seconds(12);
  /** The style class of a notice (for style sheets and lookups). */
  public static final String STYLE = "run-end-notice";

  private final ObservableValue<WorkbenchStep> step;
  private final Runnable showRunStep;
  private final Supplier<@Nullable Window> window;
  private final ObservableValue<Theme> theme;

  /**
   * @param step the step on screen
   * @param showRunStep selects the Run step
   * @param window the main window, which the notice belongs to
   */
  public RunEndNotices(RunViewModel run, ObservableValue<WorkbenchStep> step,
      Runnable showRunStep, Supplier<@Nullable Window> window, ObservableValue<Theme> theme) {
    this.step = step;
    this.showRunStep = showRunStep;
    this.window = window;
    this.theme = theme;
    run.addEndListener(this::ended);
    step.addListener((obs, old, now) -> {
      if (now == WorkbenchStep.RUN) {
        closeNotices();
      }
    });
  }

  /** The windows of the notices on screen (ControlsFX offers no handle on them). */
  private static List<PopupWindow> notices() {
    return Window.getWindows().stream()
        .filter(w -> w instanceof PopupWindow && w.getScene() != null
            && w.getScene().getRoot().lookup("." + STYLE) != null)
        .map(PopupWindow.class::cast)
        .toList();
  }

  private static void closeNotices() {
    notices().forEach(PopupWindow::hide);
  }

  /** Runs the main window's shortcuts for the keys pressed while a notice is on screen. */
  private static void keepShortcuts(Window owner) {
    for (PopupWindow notice : notices()) {
      if (notice.getProperties().putIfAbsent(STYLE, Boolean.TRUE) != null) {
        continue; // done when it was shown
      }
      notice.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
        Scene main = owner.getScene();
        if (main == null || !(e.isShortcutDown() || e.isControlDown() || e.isAltDown()
            || e.isMetaDown())) {
          return;
        }
        for (var accelerator : main.getAccelerators().entrySet()) {
          if (accelerator.getKey().match(e)) {
            e.consume();
            accelerator.getValue().run();
            return;
          }
        }
      });
    }
  }

  private void ended(RunEnd end) {
    Window owner = window.get();
    if (step.getValue() == WorkbenchStep.RUN || owner == null || !owner.isShowing()) {
      return;
    }
    Notifications notice = Notifications.create()
        .owner(owner)
        .title(end.title())
        .text(end.text())
        .position(Pos.BOTTOM_RIGHT)
        .hideAfter(SHOWN_FOR)
        .styleClass(STYLE, STYLE + "-" + end.kind().name().toLowerCase(Locale.ROOT))
        // a click anywhere on the notice (its button too) shows the Run step and closes it
        .onAction(e -> showRunStep.run())
        .action(new Action("Show the Run step", e -> showRunStep.run()));
    if (theme.getValue() == Theme.DARK) {
      notice.darkStyle();
    }
    switch (end.kind()) {
      case FINISHED -> notice.showInformation();
      case CANCELLED, INCOMPLETE -> notice.showWarning();
      case FAILED, STOPPED -> notice.showError();
    }
    keepShortcuts(owner);
  }
}
