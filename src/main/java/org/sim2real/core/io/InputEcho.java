package org.sim2real.core.io;

/**
 * Quotes a piece of untrusted input inside a message: line breaks and other control characters
 * become visible escapes (a message stays one line, and a file cannot forge lines of a report),
 * and long input is shortened (a 1 MB cell must not become a 1 MB message).
 */
public final class InputEcho {
  /** Characters of input shown before the rest is elided. */
  public static final int MAX_SHOWN = 80;
  /** Longest message text (e.g. a parser's explanation that echoes input) passed on. */
  public static final int MAX_MESSAGE = 500;

  private InputEcho() {}

  /** {@code 'text'} with escapes, shortened to {@link #MAX_SHOWN} characters plus a count. */
  public static String quote(String text) {
    return "'" + escaped(text, MAX_SHOWN) + "'" + rest(text, MAX_SHOWN);
  }

  /**
   * A message from a library that may echo input (a JSON parser's "Unrecognized token ..."), made
   * one line and at most {@link #MAX_MESSAGE} characters long.
   */
  public static String oneLine(String message) {
    return escaped(message, MAX_MESSAGE) + (message.length() > MAX_MESSAGE ? " ..." : "");
  }

  private static String rest(String text, int limit) {
    int shown = shownLength(text, limit);
    return shown < text.length() ? " (" + (text.length() - shown) + " more characters)" : "";
  }

  private static int shownLength(String text, int limit) {
    int shown = Math.min(text.length(), limit);
    if (shown < text.length() && shown > 0 && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--; // never split a surrogate pair
    }
    return shown;
  }

  private static String escaped(String text, int limit) {
    int shown = shownLength(text, limit);
    StringBuilder sb = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** {@link #quote(String)} of one character. */
  public static String quote(char c) {
    return quote(String.valueOf(c));
  }
}
