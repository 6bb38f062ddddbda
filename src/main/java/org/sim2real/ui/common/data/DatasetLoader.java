package org.sim2real.ui.common.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.CheckMonitor;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.RawTable;
import org.sim2real.core.data.ReadingProgress;
import org.sim2real.core.data.Rejection;
import org.sim2real.core.data.RoleDetection;
import org.sim2real.core.data.RoleDetector;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.data.TableReader;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.table.TableFile;
import org.sim2real.ui.common.TaskContext;
import org.sim2real.ui.common.Texts;

/**
 * The background half of the Data screen: reads a file, suggests roles and validates the rows
 * with the roles in use, producing an {@link ImportState}. Never touches JavaFX.
 *
 * <p>Roles in use: those the settings name when every one of them is a column of the file;
 * otherwise the detector's suggestions (with a note when saved roles had to be dropped). Roles
 * that are incomplete do not fail the import: the table is still shown, with the problem.
 */
public final class DatasetLoader {
  private DatasetLoader() {}

  /**
   * Reads and validates {@code file}.
   *
   * @param expectedSha the checksum the project recorded, or null; a different one is noted
   * @throws UserFacingException when the file cannot be read as a table
   */
  public static ImportState load(Path file, ImportSettings settings, @Nullable String expectedSha,
      TaskContext context) throws IOException {
    ImportOptions options = settings.toOptions();
    String name = TableFile.displayName(file);
    context.progress(-1, ReadingProgress.starting(name));
    RawTable table = TableReader.read(file, options,
        new ReadingProgress(name, context::isCancelled, context::progress, System::nanoTime));
    checkCancelled(context);
    context.progress(-1, "Read " + Texts.count(table.rowCount()) + " rows of " + name
        + "; detecting the column roles");
    String sha = Sha256.ofFile(file);
    List<String> notes = new ArrayList<>();
    if (expectedSha != null && !expectedSha.equals(sha)) {
      notes.add("The file's content differs from when it was added to the project (its"
          + " SHA-256 checksum changed); results computed before may not match it.");
    }
    RoleDetection suggestions;
    String detectionProblem = null;
    try {
      suggestions = RoleDetector.detect(table, options, RoleOverrides.none());
    } catch (UserFacingException e) {
      suggestions = null;
      detectionProblem = e.getMessage();
    }
    checkCancelled(context);
    RoleAssignment assignment;
    if (settings.hasRoles() && rolesReadable(settings)
        && RoleAssignment.coversAll(table.columnNames(), settings)) {
      assignment = RoleAssignment.of(table.columnNames(), settings);
    } else {
      if (settings.hasRoles()) {
        notes.add("The column roles saved in the project name columns this file does not have ("
            + missing(table.columnNames(), settings) + "); the roles were detected again.");
      }
      assignment = suggestions == null ? RoleAssignment.none(table.columnNames())
          : RoleAssignment.of(table.columnNames(), suggestions.roles());
    }
    return validate(file, sha, settings, options, table, suggestions, detectionProblem,
        assignment, notes, context);
  }

  /** Validates an already-read table again with the roles of {@code settings}. */
  public static ImportState revalidate(ImportState previous, ImportSettings settings,
      TaskContext context) {
    RawTable table = previous.table();
    RoleAssignment assignment = RoleAssignment.of(table.columnNames(), settings);
    List<String> notes = previous.notes().stream()
        .filter(n -> !n.startsWith("The column roles saved")).toList();
    return validate(previous.file(), previous.sha256(), settings, previous.options(), table,
        previous.suggestions(), null, assignment, notes, context);
  }

  private static ImportState validate(Path file, String sha, ImportSettings settings,
      ImportOptions options, RawTable table, @Nullable RoleDetection suggestions,
      @Nullable String detectionProblem, RoleAssignment assignment, List<String> notes,
      TaskContext context) {
    ColumnRoles roles;
    try {
      roles = assignment.toRoles();
    } catch (UserFacingException e) {
      String problem = detectionProblem != null && assignment.equals(
          RoleAssignment.none(table.columnNames()))
          ? RoleAssignment.sentence(detectionProblem)
          : RoleAssignment.sentence(e.getMessage());
      return new ImportState(file, sha, settings, options, table, suggestions, assignment, null,
          problem, notes, new BitSet());
    }
    context.progress(0, "Checking " + table.fileName() + ": 0 of "
        + Texts.count(table.rowCount()) + " rows");
    boolean suggested = suggestions != null && suggestions.roles().equals(roles);
    RoleDetection detection = suggested ? suggestions
        : new RoleDetection(roles, List.of("roles chosen: " + roles.describe()));
    ImportResult result = DatasetImporter.validate(table, file.toString(), options, detection,
        new CheckMonitor() {
          @Override
          public void checked(int checked, int total) {
            context.progress((double) checked / total, "Checking " + table.fileName() + ": "
                + Texts.count(checked) + " of " + Texts.count(total) + " rows");
          }

          @Override
          public boolean isCancelled() {
            return context.isCancelled();
          }
        });
    checkCancelled(context);
    BitSet rejected = new BitSet(table.rowCount());
    for (Rejection r : result.report().rejections()) {
      int row = ImportState.rowOfLine(table, r.line());
      if (row >= 0) {
        rejected.set(row);
      }
    }
    return new ImportState(file, sha, settings, options, table, suggestions, assignment, result,
        null, notes, rejected);
  }

  private static boolean rolesReadable(ImportSettings settings) {
    try {
      settings.representations();
      return true;
    } catch (UserFacingException e) {
      return false;
    }
  }

  private static String missing(List<String> columns, ImportSettings settings) {
    return String.join(", ", settings.roleColumns().stream()
        .filter(c -> !columns.contains(c)).map(c -> "'" + Rejection.shortName(c) + "'")
        .toList());
  }

  private static void checkCancelled(TaskContext context) {
    if (context.isCancelled()) {
      throw new CancellationException("the import was cancelled");
    }
  }
}
