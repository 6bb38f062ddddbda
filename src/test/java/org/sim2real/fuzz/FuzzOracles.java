package org.sim2real.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every user-facing message from untrusted input must be, whatever the input: present, one
 * line (the CLI prints it as one line on stderr; the GUI shows it in a dialog), and of a length
 * a person can read (hostile input must not be echoed at full length).
 */
public final class FuzzOracles {
  /** Messages longer than this are echoing input instead of explaining it. */
  public static final int MAX_MESSAGE_LENGTH = 2_000;

  private FuzzOracles() {}

  public static void assertOneLine(Throwable e) {
    String message = e.getMessage();
    assertNotNull(message, () -> "no message: " + e);
    assertFalse(message.isBlank(), "blank message");
    assertFalse(message.contains("\n") || message.contains("\r"),
        () -> "message spans lines: " + message);
    assertTrue(message.length() <= MAX_MESSAGE_LENGTH,
        () -> "message of " + message.length() + " characters: " + message.substring(0, 200));
  }
}
