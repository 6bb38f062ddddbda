package org.sim2real.core.cluster;

import java.util.regex.Pattern;

/** Quoting for the bash scripts the cluster folder holds. */
final class Bash {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private Bash() {}

  /** {@code text} as one bash word: as it is when plain, else in single quotes. */
  static String quote(String text) {
    if (PLAIN.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
