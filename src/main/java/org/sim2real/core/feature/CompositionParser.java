package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sim2real.core.io.InputEcho;

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

  /** Most brackets nested in one formula. */
  private static final int MAX_DEPTH = 7;

  /**
   * Per-thread amount arrays (the formula's total and one per bracket level), reused so that
   * parsing a formula allocates almost nothing; each is cleared when a parse starts using it, so
   * a parse that failed half-way leaves nothing behind.
   */
  private static final ThreadLocal<double[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new double[MAX_DEPTH + 2][Elements.COUNT + 1]);

  public static Composition parse(String formula) throws FormulaException {
    List<String> warnings = null;
    String s = stripWhitespace(formula);
    if (s.isEmpty()) {
      throw new FormulaException("empty formula");
    }
    if (s.indexOf('+') >= 0 || s.indexOf('-') >= 0 || s.indexOf('^') >= 0) {
      warnings = new ArrayList<>(1);
      s = stripCharge(s, warnings);
    }
    double[][] scratch = SCRATCH.get();
    double[] amountByZ = scratch[0];
    Arrays.fill(amountByZ, 0);
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSeparator(s.charAt(i))) {
        if (i == start) {
          throw new FormulaException("empty part between hydrate separators in " + InputEcho.quote(formula));
        }
        parsePart(s, start, i, formula, amountByZ, scratch);
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
    return new Composition(amountByZ, warnings == null ? List.of() : warnings);
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

  /** Adds the amounts of s[from, to) to out; levels 1.. of scratch are the bracket levels. */
  private static void parsePart(String s, int from, int to, String formula, double[] out,
      double[][] scratch) throws FormulaException {
    int pos = from;
    double coefficient = 1;
    if (pos < to && isNumberStart(s, pos, to)) {
      int end = numberEnd(s, pos, to);
      if (end < to && (Character.isUpperCase(s.charAt(end)) || s.charAt(end) == '('
          || s.charAt(end) == '[')) {
        coefficient = parseAmount(s, pos, end);
        pos = end;
      }
    }
    // per-level amount arrays; level 0 accumulates the part
    double[][] stack = scratch;
    int base = 1; // scratch[0] is the formula's total
    int depth = 0;
    Arrays.fill(stack[base], 0);
    int lastElement = 0; // Z of the element a following number multiplies
    double[] lastGroup = null; // or the group it multiplies
    while (pos < to) {
      char c = s.charAt(pos);
      if (c >= 'A' && c <= 'Z') {
        int end = pos + 1;
        if (end < to && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
          end++;
        }
        int z = Elements.atomicNumber(c, end == pos + 2 ? s.charAt(pos + 1) : (char) 0);
        if (z == 0) {
          throw new FormulaException("unknown element " + InputEcho.quote(s.substring(pos, end))
              + " in " + InputEcho.quote(formula));
        }
        stack[base + depth][z] += 1;
        lastElement = z;
        lastGroup = null;
        pos = end;
      } else if (isNumberStart(s, pos, to)) {
        int end = numberEnd(s, pos, to);
        double v = parseAmount(s, pos, end);
        if (lastElement != 0) {
          stack[base + depth][lastElement] += v - 1;
        } else if (lastGroup != null) {
          for (int z = 1; z <= Elements.COUNT; z++) {
            if (lastGroup[z] != 0) {
              stack[base + depth][z] += lastGroup[z] * (v - 1);
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
        if (depth > MAX_DEPTH) {
          throw new FormulaException("brackets nested too deeply in " + InputEcho.quote(formula));
        }
        Arrays.fill(stack[base + depth], 0);
        lastElement = 0;
        lastGroup = null;
        pos++;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          throw new FormulaException("unbalanced '" + c + "' in " + InputEcho.quote(formula));
        }
        double[] group = stack[base + depth--];
        for (int z = 1; z <= Elements.COUNT; z++) {
          stack[base + depth][z] += group[z];
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
      if (stack[base][z] < 0) {
        throw new FormulaException("negative amount in " + InputEcho.quote(formula));
      }
      out[z] += coefficient * stack[base][z];
    }
  }

  /** Powers of ten that a double holds exactly. */
  private static final double[] EXACT_POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

  /**
   * The amount written in s[from, to) (digits with at most one '.'), equal to {@link
   * Double#parseDouble}: with at most 15 digits, the digits as an integer and the power of ten
   * are both exact doubles, so their IEEE quotient is the correctly rounded value that
   * parseDouble returns too; longer amounts take parseDouble itself.
   */
  static double parseAmount(String s, int from, int to) {
    long digits = 0;
    int count = 0;
    int fractionDigits = 0;
    boolean point = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        point = true;
        continue;
      }
      digits = digits * 10 + (c - '0');
      count++;
      if (point) {
        fractionDigits++;
      }
      if (count > 15) {
        return Double.parseDouble(s.substring(from, to));
      }
    }
    return fractionDigits == 0 ? digits : digits / EXACT_POWERS_OF_TEN[fractionDigits];
  }

  private static boolean isNumberStart(String s, int pos, int to) {
    char c = s.charAt(pos);
    return (c >= '0' && c <= '9')
        || (c == '.' && pos + 1 < to && s.charAt(pos + 1) >= '0' && s.charAt(pos + 1) <= '9');
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

  /** Only '0'..'9': other Unicode digits are not amounts (and parse as no number). */
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
