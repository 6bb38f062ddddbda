package org.sim2real.ui.common;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.DataFileProblem;

/**
 * Every question the workbench asks in a window of its own. The application uses
 * {@link FxDialogService}; tests script the answers, so no test opens a real dialog.
 */
public interface DialogService {

  /** The answer to "save changes before closing?". */
  enum SaveChoice {
    SAVE,
    DONT_SAVE,
    CANCEL
  }

  /** A file to open, or null when the user cancelled. */
  @Nullable Path chooseFileToOpen(String title, @Nullable Path initialDirectory, List<FileType> types);

  /** Where to save, or null when the user cancelled. */
  @Nullable Path chooseFileToSave(
      String title, @Nullable Path initialDirectory, String initialFileName, List<FileType> types);

  /**
   * A folder, or null when the user cancelled. Only the screens that need a folder ask for one;
   * a service without a folder chooser refuses.
   */
  default @Nullable Path chooseFolder(String title, @Nullable Path initialDirectory) {
    throw new UnsupportedOperationException("no folder chooser: " + title);
  }

  /** Save / Don't Save / Cancel for a project with unsaved changes. */
  SaveChoice askToSaveChanges(String projectName);

  /** A yes/no question; true when the user chose {@code confirmLabel}. */
  boolean confirm(String title, String message, String confirmLabel);

  /** Asks what to do about a data file of an opened project that moved or changed. */
  DataFileResolution resolveDataFile(DataFileProblem problem);

  void showError(String title, String message);

  void showInformation(String title, String header, String message);
}
