package org.sim2real.core.io;

/**
 * An error the user caused and can fix (a malformed file, an impossible setting). Its message is
 * shown to the user as it is: it names the file, line and column where there is one, and says
 * what to do. Programming errors are not of this type.
 *
 * <p>The message is always one line of readable length (the command line prints it as one line on
 * stderr): a line break or control character that slipped in from a file is shown as an escape,
 * and text beyond {@link #MAX_LENGTH} characters is cut. Code that quotes input should still use
 * {@code core.io.InputEcho}; this is the safety net.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Longest message kept; longer ones echo input instead of explaining. */
  public static final int MAX_LENGTH = 2_000;

  public UserFacingException(String message) {
    super(oneLine(message));
  }

  public UserFacingException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_LENGTH) + 8);
    for (int i = 0; i < message.length() && sb.length() < MAX_LENGTH; i++) {
      char c = message.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.length() < message.length() && sb.length() >= MAX_LENGTH ? sb + " ..." : sb.toString();
  }
}
