package org.sim2real.core.table;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the field separator from the first lines of a text table: the candidate that occurs
 * the same (non-zero) number of times, outside quotes, on the most lines, as on the header line.
 * Ties prefer tab, then semicolon, then comma, then pipe: a semicolon file with decimal commas
 * ("Fe2O3;1,25") has a consistent semicolon count but an inconsistent comma count.
 */
final class DelimiterDetector {
  private static final char[] CANDIDATES = {'\t', ';', ',', '|'};
  private static final int MAX_LINES = 50;

  private DelimiterDetector() {}

  /** The detected delimiter, or null when no candidate occurs on the first line. */
  static @Nullable Character detect(CharSequence sample, boolean sampleIsWholeFile) {
    List<int[]> counts = countPerLine(sample, sampleIsWholeFile);
    if (counts.isEmpty()) {
      return null;
    }
    Character best = null;
    double bestScore = 0;
    for (int c = 0; c < CANDIDATES.length; c++) {
      int header = counts.get(0)[c];
      if (header == 0) {
        continue;
      }
      int consistent = 0;
      for (int[] line : counts) {
        if (line[c] == header) {
          consistent++;
        }
      }
      double score = (double) consistent / counts.size();
      if (score > bestScore) {
        bestScore = score;
        best = CANDIDATES[c];
      }
    }
    return best;
  }

  /** Per logical line (quoted line breaks do not end a line): occurrences of each candidate. */
  private static List<int[]> countPerLine(CharSequence s, boolean complete) {
    List<int[]> lines = new ArrayList<>();
    int[] current = new int[CANDIDATES.length];
    boolean inQuotes = false;
    boolean blank = true;
    for (int i = 0; i < s.length() && lines.size() < MAX_LINES; i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        inQuotes = !inQuotes;
        blank = false;
      } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
        if (!blank) {
          lines.add(current);
        }
        current = new int[CANDIDATES.length];
        blank = true;
      } else if (!inQuotes) {
        for (int c = 0; c < CANDIDATES.length; c++) {
          if (ch == CANDIDATES[c]) {
            current[c]++;
          }
        }
        if (!Character.isWhitespace(ch)) {
          blank = false;
        }
      }
    }
    // the last line counts only if the sample holds it completely
    if (!blank && complete && lines.size() < MAX_LINES) {
      lines.add(current);
    }
    return lines;
  }
}
