package org.sim2real.core.scaling.curve;

import java.io.BufferedReader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * Lines of at most {@link #MAX_LINE} characters: an enormous line (a binary file, a missing line
 * break) becomes a clear message instead of an out-of-memory error.
 */
final class LimitedLines {
  static final int MAX_LINE = 1_000_000;
  private final String name;
  private final BufferedReader reader;
  private final StringBuilder line = new StringBuilder();
  private int number;

  /** @param name the file's name in messages */
  LimitedLines(String name, BufferedReader reader) {
    this.name = name;
    this.reader = reader;
  }

  /** The next line without its line end (and a carriage return before it), or null at the end. */
  @Nullable String next() throws IOException {
    line.setLength(0);
    number++;
    int c = reader.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n') {
      if (line.length() == MAX_LINE) {
        throw new UserFacingException(name + " line " + number + ": the line is longer than"
            + " 1,000,000 characters (the limit). Is this really a learning-curve table? Check"
            + " the file and its separator.");
      }
      line.append((char) c);
      c = reader.read();
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }
}
