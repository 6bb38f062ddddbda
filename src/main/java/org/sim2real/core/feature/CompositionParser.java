package org.sim2real.core.feature;

import org.sim2real.core.io.InputEcho;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses chemical formulas such as "Fe2O3", "Ba0.5Sr0.5TiO3", "Ca(OH)2", "Ag2Mo(I2O7)2",
 * "CuSO4·5H2O" into a {@link Composition}.
 *
 * <p>Grammar (identical to protocol "bandgap-v1" of the reference implementation): whitespace is
 * removed; the formula is split at hydrate/adduct separators '·', '•' or '*'; each part may start
 * with a coefficient ("5H2O"); a part is a sequence of {@code Element [amount]} or
 * {@code (...) [amount]} or {@code [...] [amount]}, groups nest; an element is a capital letter
 * with an optional lower-case letter and must be one of Z = 1..103; an amount is an integer or a
 * decimal ("2", "0.5", ".5"; no exponents); a missing amount is 1.
 *
 * <p>Beyond the reference: a trailing ionic charge ("NH4+", "Fe+3", "SO4^2-") is removed with a
 * warning, since a charge does not change the composition. Hydrate water is kept as part of the
 * composition (that is what was measured). Thread-safe and allocation-light: 100,000 formulas
 * parse in well under a second.
 */
public final class CompositionParser {

  private CompositionParser() {}

  public static Composition parse(String formula) throws FormulaException {
    List<String> warnings = new ArrayList<>(0);
    String s = stripWhitespace(formula);
    if (s.isEmpty()) {
      throw new FormulaException("empty formula");
    }
    s = stripCharge(s, warnings);
    double[] amountByZ = new double[Elements.COUNT + 1];
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSeparator(s.charAt(i))) {
        if (i == start) {
          throw new FormulaException("empty part between hydrate separators in " + InputEcho.quote(formula));
        }
        parsePart(s, start, i, formula, amountByZ);
        start = i + 1;
      }
    }
    double total = 0;
    for (int z = 1; z <= Elements.COUNT; z++) {
      total += amountByZ[z];
    }
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new FormulaException("total amount is zero in " + InputEcho.quote(formula));
    }
    return new Composition(amountByZ, warnings);
  }

  private static boolean isSeparator(char c) {
    return c == '·' || c == '•' || c == '*';
  }

  private static String stripWhitespace(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Removes a trailing charge: "^2-" (anything after a caret), "+3"/"-" after an element or
   * bracket, or trailing signs ("NH4+" gives NH4). Digits before a bare sign stay amounts, so
   * write "SO4^2-" rather than "SO42-".
   */
  private static String stripCharge(String s, List<String> warnings) {
    if (s.indexOf('+') < 0 && s.indexOf('-') < 0 && s.indexOf('^') < 0) {
      return s; // no charge possible: skip the regular expressions (most formulas, hot path)
    }
    int caret = s.indexOf('^');
    String stripped = s;
    if (caret >= 0 && s.substring(caret + 1).matches("\\d*[+-]+\\d*")) {
      stripped = s.substring(0, caret);
    } else if (s.matches(".*[A-Za-z)\\]][+-]\\d*")) {
      stripped = s.replaceAll("[+-]\\d*$", "");
    } else if (s.matches(".*[+-]+")) {
      stripped = s.replaceAll("[+-]+$", "");
    }
    if (!stripped.equals(s)) {
      warnings.add("ionic charge " + InputEcho.quote(s.substring(stripped.length()))
          + " removed from " + InputEcho.quote(s));
    }
    if (stripped.isEmpty()) {
      return s; // let the grammar report the stray character
    }
    return stripped;
  }

  private static void parsePart(String s, int from, int to, String formula, double[] out)
      throws FormulaException {
    int pos = from;
    double coefficient = 1;
    if (pos < to && isNumberStart(s, pos, to)) {
      int end = numberEnd(s, pos, to);
      if (end < to && (Character.isUpperCase(s.charAt(end)) || s.charAt(end) == '('
          || s.charAt(end) == '[')) {
        coefficient = Double.parseDouble(s.substring(pos, end));
        pos = end;
      }
    }
    // stack of per-level amount arrays; level 0 accumulates the part
    double[][] stack = new double[8][];
    stack[0] = new double[Elements.COUNT + 1];
    int depth = 0;
    int lastElement = 0; // Z of the element a following number multiplies
    double[] lastGroup = null; // or the group it multiplies
    while (pos < to) {
      char c = s.charAt(pos);
      if (c >= 'A' && c <= 'Z') {
        int end = pos + 1;
        if (end < to && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
          end++;
        }
        String symbol = s.substring(pos, end);
        int z = Elements.atomicNumber(symbol);
        if (z == 0) {
          throw new FormulaException("unknown element " + InputEcho.quote(symbol) + " in "
              + InputEcho.quote(formula));
        }
        stack[depth][z] += 1;
        lastElement = z;
        lastGroup = null;
        pos = end;
      } else if (isNumberStart(s, pos, to)) {
        int end = numberEnd(s, pos, to);
        double v = Double.parseDouble(s.substring(pos, end));
        if (lastElement != 0) {
          stack[depth][lastElement] += v - 1;
        } else if (lastGroup != null) {
          for (int z = 1; z <= Elements.COUNT; z++) {
            if (lastGroup[z] != 0) {
              stack[depth][z] += lastGroup[z] * (v - 1);
            }
          }
        } else {
          throw new FormulaException("number " + InputEcho.quote(s.substring(pos, end))
              + " without a preceding element or group in " + InputEcho.quote(formula));
        }
        lastElement = 0;
        lastGroup = null;
        pos = end;
      } else if (c == '(' || c == '[') {
        depth++;
        if (depth == stack.length) {
          throw new FormulaException("brackets nested too deeply in " + InputEcho.quote(formula));
        }
        stack[depth] = new double[Elements.COUNT + 1];
        lastElement = 0;
        lastGroup = null;
        pos++;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          throw new FormulaException("unbalanced '" + c + "' in " + InputEcho.quote(formula));
        }
        double[] group = stack[depth--];
        for (int z = 1; z <= Elements.COUNT; z++) {
          stack[depth][z] += group[z];
        }
        lastElement = 0;
        lastGroup = group;
        pos++;
      } else {
        throw new FormulaException("unexpected character " + InputEcho.quote(c) + " at position "
            + (pos + 1) + " in " + InputEcho.quote(formula));
      }
    }
    if (depth != 0) {
      throw new FormulaException("unbalanced '(' in " + InputEcho.quote(formula));
    }
    for (int z = 1; z <= Elements.COUNT; z++) {
      if (stack[0][z] < 0) {
        throw new FormulaException("negative amount in " + InputEcho.quote(formula));
      }
      out[z] += coefficient * stack[0][z];
    }
  }

  private static boolean isNumberStart(String s, int pos, int to) {
    char c = s.charAt(pos);
    return (c >= '0' && c <= '9')
        || (c == '.' && pos + 1 < to && s.charAt(pos + 1) >= '0' && s.charAt(pos + 1) <= '9');
  }

  /** Only 0-9: Character.isDigit also accepts e.g. Arabic-Indic digits, which parseDouble refuses. */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** End of "\d+\.?\d*" or "\.\d+" starting at pos. */
  private static int numberEnd(String s, int pos, int to) {
    int i = pos;
    if (s.charAt(i) == '.') {
      i++;
      while (i < to && isAsciiDigit(s.charAt(i))) {
        i++;
      }
      return i;
    }
    while (i < to && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isAsciiDigit(s.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
