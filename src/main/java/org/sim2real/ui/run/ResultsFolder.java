package org.sim2real.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.Project;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyPlan;

/**
 * Where a project's runs write their results (its results directory, relative to the project
 * file) and what such a folder already holds: the ledger's design hash and finished cells.
 */
public final class ResultsFolder {
  private ResultsFolder() {}

  /**
   * What a results folder holds.
   *
   * @param designHash the ledger's design, or null when there is no ledger
   * @param results the finished cells in the ledger
   * @param problem why the ledger could not be read, or null
   */
  public record Contents(Path directory, @Nullable String designHash, List<CellResult> results,
      List<String> warnings, @Nullable String problem) {

    public Contents {
      results = List.copyOf(results);
      warnings = List.copyOf(warnings);
    }

    public boolean hasLedger() {
      return designHash != null;
    }

    /** Whether the ledger belongs to the planned design. */
    public boolean belongsTo(StudyPlan plan) {
      return plan.designHash().equals(designHash);
    }

    /** How many of the plan's cells the ledger holds. */
    public int cellsDone(StudyPlan plan) {
      if (!belongsTo(plan)) {
        return 0;
      }
      Set<String> ids = new HashSet<>();
      for (Cell c : plan.cells()) {
        ids.add(c.id());
      }
      return (int) results.stream().filter(r -> ids.contains(r.cellId())).count();
    }
  }

  /** The results folder of a saved project, or null while it has no file. */
  public static @Nullable Path of(Project project, @Nullable Path projectFile) {
    if (projectFile == null) {
      return null;
    }
    Path dir = projectFile.toAbsolutePath().normalize().getParent();
    return dir == null ? null : dir.resolve(project.resultsDirectory()).normalize();
  }

  /** Reads what {@code directory} holds; never throws for a missing or unreadable ledger. */
  public static Contents inspect(Path directory) {
    Path ledger = directory.resolve(RunLedger.FILE_NAME);
    try {
      if (RunLedger.holdsNoRecord(ledger)) { // a torn header too: a run killed as it began
        return new Contents(directory, null, List.of(), List.of(), null);
      }
      RunLedger.Contents contents = RunLedger.read(ledger);
      return new Contents(directory, contents.designHash(), contents.results(),
          contents.warnings(), null);
    } catch (UserFacingException e) {
      return new Contents(directory, null, List.of(), List.of(), e.getMessage());
    }
  }

  /**
   * The first of "results-2", "results-3", ... next to {@code current} in the project's folder
   * that does not exist or is empty, for a design whose old folder holds another design's ledger.
   */
  public static String nextFreeName(Path projectDirectory, String current) {
    String stem = current.replaceFirst("-\\d+$", "");
    for (int i = 2; ; i++) {
      String candidate = stem + "-" + i;
      Path dir = projectDirectory.resolve(candidate);
      if (!Files.exists(dir) || isEmptyDirectory(dir)) {
        return candidate;
      }
    }
  }

  private static boolean isEmptyDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
