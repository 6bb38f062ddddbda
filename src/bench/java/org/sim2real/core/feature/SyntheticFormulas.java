package org.sim2real.core.feature;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Formulas shaped like the band-gap files (two to five elements, integer and decimal amounts,
 * some groups in brackets and some hydrates), for benchmarks that must not depend on data files.
 */
public final class SyntheticFormulas {
  private SyntheticFormulas() {}

  /** {@code count} formulas drawn from {@code seed}. */
  public static String[] generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] out = new String[count];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.setLength(0);
      int elements = 2 + random.nextInt(4);
      for (int e = 0; e < elements; e++) {
        String symbol = Elements.symbol(1 + random.nextInt(94));
        boolean group = e == elements - 1 && random.nextInt(8) == 0;
        if (group) {
          sb.append('(').append(symbol).append('O').append(1 + random.nextInt(4)).append(')');
        } else {
          sb.append(symbol);
        }
        switch (random.nextInt(4)) {
          case 0 -> { } // amount 1
          case 1 -> sb.append(String.format(Locale.ROOT, "%.2f", 0.05 + random.nextDouble()));
          default -> sb.append(1 + random.nextInt(12));
        }
      }
      if (random.nextInt(50) == 0) {
        sb.append('·').append(1 + random.nextInt(6)).append("H2O");
      }
      out[i] = sb.toString();
    }
    return out;
  }
}
