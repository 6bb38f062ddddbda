package org.sim2real.ui.teach;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Fills the simulated study in over {@link #LENGTH}, so that a class sees it run: a timeline
 * moves the revealed count from 0 to the study's size on the FX pulse (no thread sleeps; each
 * change asks the view model for a coalesced quick fit).
 */
final class StudyAnimation {
  static final Duration LENGTH = Duration.seconds(2.5);

  private @Nullable Timeline timeline;

  void play(IntegerProperty revealed, int total) {
    stop();
    Timeline t = new Timeline(
        new KeyFrame(Duration.ZERO, new KeyValue(revealed, 0)),
        new KeyFrame(LENGTH, new KeyValue(revealed, total, Interpolator.LINEAR)));
    timeline = t;
    t.setOnFinished(e -> timeline = null);
    t.play();
  }

  void stop() {
    if (timeline != null) {
      timeline.stop();
      timeline = null;
    }
  }

  boolean isRunning() {
    return timeline != null;
  }
}
