package org.sim2real.ui.teach;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Decides when the sliders have settled, so that the quick fits shown while they move are
 * replaced by the full fit: at once when a slider's thumb is let go, and {@link #PAUSE} after the
 * last change made with the keyboard (holding an arrow key must not start a full fit per step).
 */
final class FitSettler {
  static final Duration PAUSE = Duration.millis(350);

  private final TeachViewModel model;
  private final PauseTransition pause = new PauseTransition(PAUSE);
  private int held;

  FitSettler(TeachViewModel model) {
    this.model = model;
    pause.setOnFinished(e -> {
      if (held == 0) {
        model.settle();
      }
    });
    for (ObservableValue<?> setting : new ObservableValue<?>[] {model.dProperty(),
        model.alphaProperty(), model.cProperty(), model.mProperty(), model.noiseProperty(),
        model.repetitionsProperty(), model.nMinProperty(), model.nMaxProperty(),
        model.sizeCountProperty()}) {
      setting.addListener((obs, old, now) -> {
        if (held == 0) {
          pause.playFromStart();
        }
      });
    }
  }

  /** Watches a slider's "thumb held" state. */
  void watch(ReadOnlyBooleanProperty changing) {
    changing.addListener((obs, was, now) -> {
      held += now ? 1 : -1;
      if (!now && held == 0) {
        pause.stop();
        model.settle();
      }
    });
  }
}
