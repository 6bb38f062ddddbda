package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.ui.common.BackgroundTasks;

/**
 * The domain-shift view's state: every simulation source of the shown results against the
 * experiments ({@link DomainShift}), read in the background from the files the results' design
 * names, once per results table (a later request for the same table keeps what was read). A result
 * for a table that is no longer shown is dropped. FX thread only.
 */
final class DomainShiftModel {
  /** What was read: the table, the project folder its paths resolve against, the unit. */
  private record Key(Path table, @Nullable Path projectFolder, @Nullable String unit) {}

  private final BackgroundTasks tasks;
  private final ObservableList<DomainShift> shifts = FXCollections.observableArrayList();
  private final ObservableList<DomainShift> shiftsView =
      FXCollections.unmodifiableObservableList(shifts);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private @Nullable Key shown;
  private int generation;

  DomainShiftModel(BackgroundTasks tasks) {
    this.tasks = tasks;
  }

  /** Reads the sources of {@code table}'s study unless they are read or being read already. */
  void load(Path table, @Nullable Path projectFolder, @Nullable String unit) {
    Key key = new Key(table, projectFolder, unit);
    if (Objects.equals(key, shown)) {
      return;
    }
    shown = key;
    int mine = ++generation;
    shifts.clear();
    busy.set(true);
    message.set("Reading the simulation sources' and the experiments' data files ...");
    tasks.run("Reading the sources for the domain shift",
        context -> DomainShift.of(StudySources.read(table, projectFolder), unit),
        (List<DomainShift> result) -> {
          if (mine == generation) {
            busy.set(false);
            message.set("");
            shifts.setAll(result);
          }
        },
        e -> {
          if (mine == generation) {
            busy.set(false);
            message.set(e instanceof UserFacingException ? e.getMessage()
                : "The data files could not be read: " + e);
          }
        });
  }

  /** Forgets what was read (the results changed); the next {@link #load} reads again. */
  void clear() {
    generation++;
    shown = null;
    shifts.clear();
    busy.set(false);
    message.set("");
  }

  /** One entry per simulation source, the primary first; empty until read. */
  ObservableList<DomainShift> shifts() {
    return shiftsView;
  }

  /** While reading, or what went wrong; empty otherwise. */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
