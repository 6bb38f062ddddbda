package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Composition#normalizedKey()} writes fractions without String.format and regular
 * expressions (the import computes a key per distinct formula, so this is a hot path); this
 * checks it writes exactly what the original printf-based rule wrote.
 */
class CompositionKeyFormatTest {
  /** The original formulation of the key rule. */
  private static String reference(Composition c) {
    Integer[] order = new Integer[c.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> Elements.symbol(c.atomicNumber(i))));
    StringBuilder sb = new StringBuilder();
    for (int i : order) {
      double f = Math.round(c.amount(i) / c.totalAmount() * 1e4) / 1e4;
      if (f == 0) {
        continue;
      }
      sb.append(Elements.symbol(c.atomicNumber(i)));
      sb.append(String.format(Locale.ROOT, "%.4f", f).replaceAll("0+$", "")
          .replaceAll("\\.$", ""));
    }
    return sb.toString();
  }

  @Test
  void writesTheSameKeysAsThePrintfRule() throws Exception {
    Random random = new Random(11);
    for (int k = 0; k < 50_000; k++) {
      String formula = "Fe" + random.nextInt(100_000) / 1000.0 + "O"
          + (1 + random.nextInt(100_000)) / 997.0 + "Bi" + random.nextInt(3)
          + (random.nextBoolean() ? "Te0.0000" + random.nextInt(9) : "");
      Composition c = CompositionParser.parse(formula);
      assertEquals(reference(c), c.normalizedKey(), formula);
    }
  }

  @Test
  void dropsTrailingZerosAndTheDecimalPoint() throws Exception {
    assertEquals("Si1", CompositionParser.parse("Si").normalizedKey());
    assertEquals("Fe0.4O0.6", CompositionParser.parse("Fe2O3").normalizedKey());
    assertEquals("Ga0.425In0.075N0.5",
        CompositionParser.parse("Ga0.85In0.15N1").normalizedKey());
    assertEquals("C0.0001H0.9999", CompositionParser.parse("CH9999").normalizedKey());
  }
}
