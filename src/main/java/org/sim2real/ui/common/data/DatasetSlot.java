package org.sim2real.ui.common.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.project.DatasetRole;

/**
 * One of the two datasets as the screens observe it: the current import (or none), whether an
 * import is running, and the message of the last one that failed. Changed only by
 * {@link DataSession}, on the FX thread.
 */
public final class DatasetSlot {
  private final DatasetRole role;
  private final ReadOnlyObjectWrapper<@Nullable ImportState> state =
      new ReadOnlyObjectWrapper<>(this, "state");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper progressMessage =
      new ReadOnlyStringWrapper(this, "progressMessage", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

  DatasetSlot(DatasetRole role) {
    this.role = role;
  }

  public DatasetRole role() {
    return role;
  }

  /** The current import; null before a file is chosen or after its file could not be read. */
  public @Nullable ImportState state() {
    return state.get();
  }

  /** The usable rows, or null when there is no import or its roles are incomplete. */
  public @Nullable Dataset dataset() {
    ImportState s = state.get();
    return s == null || s.result() == null ? null : s.result().dataset();
  }

  public ReadOnlyObjectProperty<@Nullable ImportState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Why the last import or check failed, "" when it did not. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** An import or check of this dataset is running. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * What the running import is doing, in words ("Reading sim_oqmd_gap.csv: 120,000 rows, 85,000
   * rows/s, about 3 s left"); "" when none runs.
   */
  public ReadOnlyStringProperty progressMessageProperty() {
    return progressMessage.getReadOnlyProperty();
  }

  /** Fraction of the running import's file read, 0..1, or -1 when not known. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the last import that did not finish left behind (it was cancelled), "" normally. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  void setState(@Nullable ImportState value) {
    state.set(value);
  }

  void setError(String value) {
    error.set(value);
  }

  void setBusy(boolean value) {
    busy.set(value);
  }

  void setProgress(double fraction, String message) {
    progress.set(fraction);
    progressMessage.set(message);
  }

  void setNotice(String value) {
    notice.set(value);
  }
}
