package org.sim2real.ui.run;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
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
 * so no notice is shown there. The notice has a button that goes to the Run step and disappears
 * by itself after {@link #SHOWN_FOR}.
 */
public final class RunEndNotices {
  /** How long a notice stays. */
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
        .action(new Action("Show the Run step", e -> showRunStep.run()));
    if (theme.getValue() == Theme.DARK) {
      notice.darkStyle();
    }
    switch (end.kind()) {
      case FINISHED -> notice.showInformation();
      case CANCELLED -> notice.showWarning();
      case FAILED, STOPPED -> notice.showError();
    }
  }
}
