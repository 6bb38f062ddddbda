package org.sim2real.core.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project read from disk: its content (data paths made absolute), where it lives, and the data
 * files that moved or changed since it was saved (empty when all is well).
 */
public record OpenedProject(Project project, Path file, List<DataFileProblem> dataFileProblems) {
  public OpenedProject {
    dataFileProblems = List.copyOf(dataFileProblems);
  }
}
