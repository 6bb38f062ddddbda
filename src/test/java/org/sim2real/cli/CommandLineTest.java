package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs commands as a shell would, keeping what they write to standard output and errors. */
abstract class CommandLineTest {
  protected final StringWriter out = new StringWriter();
  protected final StringWriter err = new StringWriter();

  /** Runs {@code s2r ARGS...}; returns the exit code. */
  protected int run(String... args) {
    return WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  /** The command failed as a user error with one line on standard error containing expected. */
  protected void assertOneLineUserError(int code, String expected) {
    assertEquals(ExitCodes.USER_ERROR, code, out.toString());
    String message = err.toString().strip();
    assertTrue(message.startsWith("error: "), message);
    assertFalse(message.contains("\n"), message);
    assertTrue(message.contains(expected), message);
  }

  /** Makes a saved design fast: 3 epochs, pretraining of 20 to 50 steps. */
  protected static void shortenTraining(Path design) throws IOException {
    Files.writeString(design, Files.readString(design)
        .replace("\"epochs\" : 100", "\"epochs\" : 3").replace("\"minSteps\" : 500", "\"minSteps\" : 20")
        .replace("\"maxSteps\" : 10000", "\"maxSteps\" : 50"));
  }
}
