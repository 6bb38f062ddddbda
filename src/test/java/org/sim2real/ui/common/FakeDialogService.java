package org.sim2real.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.DataFileProblem;

/**
 * Scripted answers instead of dialogs. Each question takes the next scripted answer of its kind;
 * a question without a scripted answer fails the test, so no dialog goes unnoticed.
 */
public final class FakeDialogService implements DialogService {
  public final Deque<@Nullable Path> filesToOpen = new ArrayDeque<>();
  public final Deque<@Nullable Path> filesToSave = new ArrayDeque<>();
  public final Deque<@Nullable Path> folders = new ArrayDeque<>();
  public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
  public final Deque<Boolean> confirmations = new ArrayDeque<>();
  public final Deque<DataFileResolution> resolutions = new ArrayDeque<>();

  public final List<String> asked = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  public final List<String> information = new ArrayList<>();
  public final List<DataFileProblem> problemsShown = new ArrayList<>();

  @Override
  public @Nullable Path chooseFileToOpen(
      String title, @Nullable Path initialDirectory, List<FileType> types) {
    asked.add("open: " + title);
    return next(filesToOpen, title);
  }

  @Override
  public @Nullable Path chooseFileToSave(
      String title, @Nullable Path initialDirectory, String initialFileName, List<FileType> types) {
    asked.add("save: " + title + " [" + initialFileName + "]");
    return next(filesToSave, title);
  }

  @Override
  public @Nullable Path chooseFolder(String title, @Nullable Path initialDirectory) {
    asked.add("folder: " + title);
    return next(folders, title);
  }

  @Override
  public SaveChoice askToSaveChanges(String projectName) {
    asked.add("save changes: " + projectName);
    return next(saveChoices, "save changes to " + projectName);
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    asked.add("confirm: " + title);
    return next(confirmations, title);
  }

  @Override
  public DataFileResolution resolveDataFile(DataFileProblem problem) {
    problemsShown.add(problem);
    return next(resolutions, problem.message());
  }

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public void showInformation(String title, String header, String message) {
    information.add(title + "\n" + header + "\n" + message);
  }

  private static <T> T next(Deque<T> answers, String question) {
    if (answers.isEmpty()) {
      throw new AssertionError("unexpected dialog: " + question);
    }
    return answers.poll();
  }
}
