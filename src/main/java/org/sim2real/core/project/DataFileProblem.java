package org.sim2real.core.project;

import java.nio.file.Path;

/**
 * A data file of an opened project that cannot be used as it is.
 *
 * @param role which dataset
 * @param expectedPath where the project says the file is (absolute)
 * @param kind what is wrong
 * @param message a sentence for the user naming the file and what to do
 */
public record DataFileProblem(DatasetRole role, Path expectedPath, Kind kind, String message) {

  /** What is wrong with a data file. */
  public enum Kind {
    /** No file at the recorded place: it was moved, renamed or deleted. */
    MISSING,
    /** The file is there but its content differs from when it was imported. */
    CHANGED,
    /** The file exists but cannot be read. */
    UNREADABLE,
    /** The project's relative path climbs above the project's folder and is not followed. */
    OUTSIDE_PROJECT
  }
}
