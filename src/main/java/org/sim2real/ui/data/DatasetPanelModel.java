package org.sim2real.ui.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.DatasetSlot;
import org.sim2real.ui.common.data.ImportState;

/**
 * The view model of one dataset panel (simulation or experimental): which file, its options,
 * roles and validation report, the row the preview should show, and the ways to bring in a file
 * (chooser, drag and drop). Everything it shows follows the {@link DataSession} and the project.
 */
public final class DatasetPanelModel {
  private final DatasetRole role;
  private final DataSession data;
  private final DatasetSlot slot;
  private final DialogService dialogs;
  private final WorkbenchPreferences preferences;
  private final ImportOptionsModel options;
  private final RoleEditorModel roles;
  private final ValidationReportModel report = new ValidationReportModel();
  private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
  private final ReadOnlyStringWrapper fileDetails = new ReadOnlyStringWrapper(this, "details", "");
  private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
  private final StringProperty localError = new SimpleStringProperty(this, "localError", "");
  private final StringBinding error;
  private final IntegerProperty selectedRow = new SimpleIntegerProperty(this, "selectedRow", -1);
  private final ReadOnlyStringWrapper jumpMessage = new ReadOnlyStringWrapper(this, "jump", "");
  private @Nullable ImportSettings shownSettings;

  public DatasetPanelModel(DatasetRole role, DataSession data, ProjectSession session,
      DialogService dialogs, WorkbenchPreferences preferences) {
    this.role = role;
    this.data = data;
    this.slot = data.slot(role);
    this.dialogs = dialogs;
    this.preferences = preferences;
    this.options = new ImportOptionsModel(role, data);
    this.roles = new RoleEditorModel(role, data);
    error = Bindings.createStringBinding(
        () -> localError.get().isEmpty() ? slot.errorProperty().get() : localError.get(),
        localError, slot.errorProperty());
    slot.stateProperty().addListener((obs, old, state) -> {
      selectedRow.set(-1);
      jumpMessage.set("");
      refresh();
    });
    // settings edits and undo show at once; other project changes (notes) cost nothing here
    session.projectProperty().addListener((obs, old, project) -> {
      if (!Objects.equals(data.settings(role), shownSettings)) {
        showSettings();
      }
    });
    refresh();
  }

  private void showSettings() {
    shownSettings = data.settings(role);
    options.refresh(shownSettings, slot.state());
    roles.refresh(shownSettings, slot.state());
  }

  private void refresh() {
    ImportState state = slot.state();
    showSettings();
    report.refresh(state);
    if (state == null) {
      fileName.set("");
      fileDetails.set("");
      notes.set("");
      return;
    }
    Path dir = state.file().getParent();
    fileName.set(state.fileName());
    fileDetails.set((dir == null ? "" : "in " + dir + "  \u00b7  ")
        + state.table().format().describe() + "  \u00b7  SHA-256 "
        + state.sha256().substring(0, 12) + "\u2026");
    notes.set(String.join(" ", state.notes()));
  }

  /** Asks for a file with the chooser and imports it. */
  public void chooseFile() {
    Path chosen = dialogs.chooseFileToOpen("Open " + DataSession.title(role),
        preferences.lastDirectory(), List.of(FileType.DATA, FileType.ANY));
    if (chosen != null) {
      open(chosen);
    }
  }

  /** Imports {@code file} (chosen, dropped or from the menu). */
  public void open(Path file) {
    localError.set("");
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      preferences.setLastDirectory(dir);
    }
    data.importFile(role, file);
  }

  /** Whether a drag carrying these files may be dropped here: exactly one file. */
  public boolean canDrop(List<Path> files) {
    return files.size() == 1 && !Files.isDirectory(files.get(0));
  }

  /** Imports a dropped file; says why when the drop cannot be used. True when it imports. */
  public boolean drop(List<Path> files) {
    if (files.size() != 1) {
      localError.set("Drop one data file at a time (" + files.size() + " were dropped).");
      return false;
    }
    if (Files.isDirectory(files.get(0))) {
      localError.set(files.get(0).getFileName() + " is a folder; drop a data file (.csv, .tsv,"
          + " .txt, .gz or .xlsx).");
      return false;
    }
    open(files.get(0));
    return true;
  }

  /** Stops the running import (Cancel, or Esc in the panel); nothing shown changes. */
  public void cancelImport() {
    data.cancel(role);
  }

  /** Reads the file again from disk with the current settings. */
  public void reload() {
    localError.set("");
    data.reload(role);
  }

  /** Selects the row of a rejection in the preview, or says why it is not there. */
  public void jumpTo(@Nullable Rejection rejection) {
    ImportState state = slot.state();
    if (rejection == null || state == null) {
      return;
    }
    int row = state.rowOfLine(rejection.line());
    if (row < 0) {
      jumpMessage.set("Line " + rejection.line() + " is not in the preview: the row does not"
          + " have one value per column, so it could not be split into cells.");
      return;
    }
    jumpMessage.set("");
    selectedRow.set(-1); // the same row again still scrolls to it
    selectedRow.set(row);
  }

  public DatasetRole role() {
    return role;
  }

  public ImportOptionsModel options() {
    return options;
  }

  public RoleEditorModel roles() {
    return roles;
  }

  public ValidationReportModel report() {
    return report;
  }

  public ReadOnlyObjectProperty<@Nullable ImportState> stateProperty() {
    return slot.stateProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return slot.busyProperty();
  }

  /** How far the running import has come, in words; "" when none runs. */
  public ReadOnlyStringProperty progressMessageProperty() {
    return slot.progressMessageProperty();
  }

  /** Fraction of the file read by the running import, or -1 when not known. */
  public ReadOnlyDoubleProperty progressProperty() {
    return slot.progressProperty();
  }

  /** That the last import was cancelled and what is shown instead; "" normally. */
  public ReadOnlyStringProperty noticeProperty() {
    return slot.noticeProperty();
  }

  /** "sim_mp_gap.csv", or "" before a file is imported. */
  public ReadOnlyStringProperty fileNameProperty() {
    return fileName.getReadOnlyProperty();
  }

  /** Folder, detected format and checksum of the file. */
  public ReadOnlyStringProperty fileDetailsProperty() {
    return fileDetails.getReadOnlyProperty();
  }

  /** Notes about the import (roles detected again, file changed), "" when none. */
  public ReadOnlyStringProperty notesProperty() {
    return notes.getReadOnlyProperty();
  }

  /** Why the last import failed or a drop was refused; "" when all is well. */
  public StringBinding errorProperty() {
    return error;
  }

  /** The preview row to select and scroll to (0-based), -1 for none. */
  public IntegerProperty selectedRowProperty() {
    return selectedRow;
  }

  /** Why the last chosen rejection has no row in the preview, "" normally. */
  public ReadOnlyStringProperty jumpMessageProperty() {
    return jumpMessage.getReadOnlyProperty();
  }
}
