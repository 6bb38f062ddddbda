package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkbenchCommandTest extends CommandLineTest {
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
