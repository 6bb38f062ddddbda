package org.sim2real.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import org.sim2real.ui.common.study.DesignSession;

/**
 * The Data step's Sources page: the primary simulation data and the further simulation sources
 * compared with it, with adding, removing, renaming and costs. Edits go to {@link SourcesSession}
 * (undoable); mistyped names and costs are refused here with a sentence. FX thread only.
 */
public final class SourcesModel {
  private final SourcesSession sources;
  private final DesignSession design;
  private final DataSession data;
  private final DialogService dialogs;
  private final WorkbenchPreferences preferences;
  private final ReadOnlyStringWrapper localError = new ReadOnlyStringWrapper(this, "localError",
      "");
  private final StringBinding error;
  private final StringBinding primary;
  private final ObjectBinding<@Nullable PrimarySource> primarySource;

  SourcesModel(SourcesSession sources, DesignSession design, DataSession data,
      DialogService dialogs, WorkbenchPreferences preferences) {
    this.sources = sources;
    this.design = design;
    this.data = data;
    this.dialogs = dialogs;
    this.preferences = preferences;
    error = Bindings.createStringBinding(() -> localError.get().isEmpty()
        ? sources.addErrorProperty().get() : localError.get(),
        localError, sources.addErrorProperty());
    primary = Bindings.createStringBinding(this::describePrimary,
        data.slot(DatasetRole.SIMULATION).stateProperty());
    primarySource = Bindings.createObjectBinding(() -> design.designProperty().get().primary(),
        design.designProperty());
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
    PrimarySource primary = design.design().primary();
    String problem = primary != null && primary.name().equalsIgnoreCase(newName.strip())
        ? "The primary source is called " + primary.name() + "." : sources.rename(name, newName);
    localError.set(problem);
    return problem.isEmpty();
  }

  /**
   * Sets a source's cost per row from what was typed (empty: not known); false (and the reason
   * in {@link #errorProperty}) for anything but a positive number.
   */
  public boolean setCost(String name, String typed) {
    Double cost = parseCost(name, typed);
    if (cost != null && cost.isNaN()) {
      return false;
    }
    sources.setCost(name, cost);
    return true;
  }

  /** The primary source's name and cost as the design holds them (null: not named). */
  public ObjectBinding<@Nullable PrimarySource> primarySourceProperty() {
    return primarySource;
  }

  /**
   * Names the primary source from what was typed (empty: no name, and then no cost); false (and
   * the reason in {@link #errorProperty}) for a name that cannot be used.
   */
  public boolean setPrimaryName(String typed) {
    String name = typed.strip();
    PrimarySource now = design.design().primary();
    if (name.isEmpty()) {
      localError.set(now != null && now.costPerRow() != null ? "The primary source's cost per"
          + " row was removed with its name: a cost needs a name to compare by." : "");
      design.setPrimary(null);
      return true;
    }
    if (!SimulationSource.isValidName(name)) {
      localError.set("'" + name + "' is not a source name: use a letter, then letters, digits,"
          + " '-' or '_' (at most 40), e.g. mp.");
      return false;
    }
    if (sources.entries().stream().anyMatch(e -> e.source().name().equalsIgnoreCase(name))) {
      localError.set("A further source is called " + name + "; the primary needs its own name.");
      return false;
    }
    localError.set("");
    design.setPrimary(new PrimarySource(name, now == null ? null : now.costPerRow()));
    return true;
  }

  /**
   * Sets the primary source's cost per row from what was typed (empty: not known); a primary
   * without a name is called "primary". False (and the reason) for anything but a positive number.
   */
  public boolean setPrimaryCost(String typed) {
    PrimarySource now = design.design().primary();
    Double cost = parseCost(now == null ? "the primary source" : now.name(), typed);
    if (cost != null && cost.isNaN()) {
      return false;
    }
    if (now == null && cost == null) {
      return true;
    }
    design.setPrimary(new PrimarySource(now == null ? "primary" : now.name(), cost));
    return true;
  }

  /** The typed cost, null for empty, NaN (and the reason in the error) when it is not one. */
  private @Nullable Double parseCost(String name, String typed) {
    String text = typed.strip();
    localError.set("");
    if (text.isEmpty()) {
      return null;
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
      return Double.NaN;
    }
    return cost;
  }

  private String describePrimary() {
    Dataset sim = data.dataset(DatasetRole.SIMULATION);
    if (sim == null) {
      return "No primary simulation data yet: import it on the Simulation data page first.";
    }
    return "Primary source: " + sim.fileName() + ", " + Texts.count(sim.size())
        + " usable rows; its curves are called 'finetune', each further source's"
        + " 'finetune@name'.";
  }
}
