package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WorkbenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void versionPrintsNameAndLicenceAndExitsZero() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("Sim2Real Scaling Workbench"), out.toString());
    assertTrue(out.toString().contains("GPL-3.0-or-later"));
  }

  @Test
  void unknownOptionIsAOneLineUserErrorWithExitCodeTwo() {
    assertEquals(2, run("--no-such-option"));
    String message = err.toString().strip();
    assertFalse(message.contains("\n"), message);
    assertTrue(message.startsWith("error: "), message);
  }
}
