package org.sim2real.core.scaling.curve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of one cell of a study, {@code strategy/n=N/m=M/r=R} (e.g.
 * "finetune/n=1000/m=3683/r=2"; the scratch baseline has n = 0). It names the cell in the run
 * ledger, in {@code cells.csv} (column cell_id) and in {@code test-errors.jsonl} across runs, so
 * its text must never change. The study engine's cells produce it; readers of a results folder
 * parse it back with {@link #parse}.
 *
 * @param strategy short strategy name (e.g. "finetune", "scratch"); not empty, no '/' or
 *     white space
 * @param n simulation rows (0 for the scratch baseline)
 * @param m experimental training rows, at least 1
 * @param repetition repetition number, from 0
 */
public record CellId(String strategy, long n, int m, int repetition) {
  private static final Pattern TEXT =
      Pattern.compile("([^/\\s]+)/n=(\\d{1,18})/m=(\\d{1,9})/r=(\\d{1,9})");

  public CellId {
    if (strategy.isEmpty() || strategy.contains("/")
        || strategy.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad strategy id '" + strategy + "'");
    }
    if (n < 0 || m < 1 || repetition < 0) {
      throw new IllegalArgumentException(
          "bad cell " + strategy + " n=" + n + " m=" + m + " r=" + repetition);
    }
  }

  /**
   * The parts of a cell id, or empty when {@code text} is not one exactly as {@link #text()}
   * writes it (another form, leading zeros, numbers too large, m = 0).
   */
  public static Optional<CellId> parse(String text) {
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(matcher.group(2));
    long m = Long.parseLong(matcher.group(3));
    long repetition = Long.parseLong(matcher.group(4));
    if (m < 1 || m > Integer.MAX_VALUE || repetition > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    CellId id = new CellId(matcher.group(1), n, (int) m, (int) repetition);
    return id.text().equals(text) ? Optional.of(id) : Optional.empty();
  }

  /** The id as written in ledgers and tables, e.g. "finetune/n=1000/m=3683/r=2". */
  public String text() {
    return strategy + "/n=" + n + "/m=" + m + "/r=" + repetition;
  }

  @Override
  public String toString() {
    return text();
  }
}
