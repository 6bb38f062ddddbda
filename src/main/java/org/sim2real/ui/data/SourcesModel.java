package org.sim2real.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;

/**
 * The Data step's Sources page: the primary simulation data and the further simulation sources
 * compared with it, with adding, removing, renaming and costs. Edits go to {@link SourcesSession}
 * (undoable); mistyped names and costs are refused here with a sentence. FX thread only.
 */
public final class SourcesModel {
  private final SourcesSession sources;
  private final DataSession data;
  private final DialogService dialogs;
  private final WorkbenchPreferences preferences;
  private final ReadOnlyStringWrapper localError = new ReadOnlyStringWrapper(this, "localError",
      "");
  private final StringBinding error;
  private final StringBinding primary;

  SourcesModel(SourcesSession sources, DataSession data, DialogService dialogs,
      WorkbenchPreferences preferences) {
    this.sources = sources;
    this.data = data;
    this.dialogs = dialogs;
    this.preferences = preferences;
    error = Bindings.createStringBinding(() -> localError.get().isEmpty()
        ? sources.addErrorProperty().get() : localError.get(),
        localError, sources.addErrorProperty());
    primary = Bindings.createStringBinding(this::describePrimary,
        data.slot(DatasetRole.SIMULATION).stateProperty());
  }

  public ObservableList<SourcesSession.Entry> entries() {
    return sources.entries();
  }

  /** One line about the primary simulation data, which every source is compared with. */
  public StringBinding primaryProperty() {
    return primary;
  }

  /** The last refused edit or file, in one sentence (empty when there is none). */
  public StringBinding errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty addingProperty() {
    return sources.addingProperty();
  }

  /** Asks for a file and adds it as a source. */
  public void chooseFile() {
    Path chosen = dialogs.chooseFileToOpen("Add a Simulation Source", preferences.lastDirectory(),
        List.of(FileType.DATA, FileType.ANY));
    if (chosen != null) {
      add(chosen);
    }
  }

  /** Adds {@code file} (chosen or dropped) as a source, read in the background. */
  public void add(Path file) {
    localError.set("");
    if (data.dataset(DatasetRole.SIMULATION) == null) {
      localError.set("Import the primary simulation data first (Simulation data page): every"
          + " source is compared with it and must describe materials the same way.");
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      preferences.setLastDirectory(dir);
    }
    sources.add(file);
  }

  /** Adds the first dropped file; says why when the drop cannot be used. */
  public boolean drop(List<Path> files) {
    if (files.size() != 1 || Files.isDirectory(files.get(0))) {
      localError.set("Drop one data file at a time.");
      return false;
    }
    add(files.get(0));
    return true;
  }

  public void cancelAdd() {
    sources.cancelAdd();
  }

  public void remove(String name) {
    localError.set("");
    sources.remove(name);
  }

  /** Renames a source; false (and the reason in {@link #errorProperty}) when it cannot be. */
  public boolean rename(String name, String newName) {
    String problem = sources.rename(name, newName);
    localError.set(problem);
    return problem.isEmpty();
  }

  /**
   * Sets a source's cost per row from what was typed (empty: not known); false (and the reason
   * in {@link #errorProperty}) for anything but a positive number.
   */
  public boolean setCost(String name, String typed) {
    String text = typed.strip();
    if (text.isEmpty()) {
      localError.set("");
      sources.setCost(name, null);
      return true;
    }
    double cost;
    try {
      cost = Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      cost = Double.NaN;
    }
    if (!(cost > 0) || Double.isInfinite(cost)) {
      localError.set("The cost per row of " + name + " must be a positive number, such as 0.05"
          + " (CPU-hours or money per row, one unit for all sources); '" + text
          + "' is not. Leave it empty when it is not known.");
      return false;
    }
    localError.set("");
    sources.setCost(name, cost);
    return true;
  }

  private String describePrimary() {
    Dataset sim = data.dataset(DatasetRole.SIMULATION);
    if (sim == null) {
      return "No primary simulation data yet: import it on the Simulation data page first.";
    }
    return "Primary source: " + sim.fileName() + ", " + Texts.count(sim.size())
        + " usable rows (its curves are called 'finetune'). Each source below gets its own"
        + " curve, 'finetune@name'.";
  }
}
