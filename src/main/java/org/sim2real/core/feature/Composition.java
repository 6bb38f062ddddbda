package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Amounts per element of a parsed formula, with any warnings the parser raised (stripped charges).
 * Immutable. Amounts are as written (not normalized); {@link #fractions()} gives atomic fractions.
 */
public final class Composition {
  private final int[] atomicNumbers; // ascending
  private final double[] amounts;
  private final double total;
  private final List<String> warnings;

  Composition(double[] amountByZ, List<String> warnings) {
    int count = 0;
    double sum = 0;
    for (int z = 1; z <= Elements.COUNT; z++) {
      if (amountByZ[z] != 0) {
        count++;
      }
      sum += amountByZ[z];
    }
    this.atomicNumbers = new int[count];
    this.amounts = new double[count];
    int k = 0;
    for (int z = 1; z <= Elements.COUNT; z++) {
      if (amountByZ[z] != 0) {
        atomicNumbers[k] = z;
        amounts[k] = amountByZ[z];
        k++;
      }
    }
    this.total = sum;
    this.warnings = List.copyOf(warnings);
  }

  /** Number of distinct elements. */
  public int size() {
    return atomicNumbers.length;
  }

  public int atomicNumber(int i) {
    return atomicNumbers[i];
  }

  public double amount(int i) {
    return amounts[i];
  }

  /** Sum of all amounts (atoms per formula unit). */
  public double totalAmount() {
    return total;
  }

  /** Atomic fraction of element i (amount / total). */
  public double fraction(int i) {
    return amounts[i] / total;
  }

  /** Atomic fractions indexed by Z - 1, length 103; sums to 1. */
  public double[] fractions() {
    double[] x = new double[Elements.COUNT];
    for (int i = 0; i < atomicNumbers.length; i++) {
      x[atomicNumbers[i] - 1] = amounts[i] / total;
    }
    return x;
  }

  /** Parser warnings, e.g. a removed ionic charge. Empty for a clean formula. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The composition key that identifies the same material across files: elements sorted
   * alphabetically, atomic fractions rounded to 4 decimals (so "K4Mn4O8" and "KMnO2" match).
   */
  public String normalizedKey() {
    Integer[] order = new Integer[atomicNumbers.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> Elements.symbol(atomicNumbers[i])));
    StringBuilder sb = new StringBuilder();
    for (int i : order) {
      // the fraction rounded to 4 decimals, written without trailing zeros ("0.5", "1")
      long tenThousandths = Math.round(amounts[i] / total * 1e4);
      if (tenThousandths == 0) {
        continue;
      }
      sb.append(Elements.symbol(atomicNumbers[i])).append(tenThousandths / 10_000);
      int decimals = (int) (tenThousandths % 10_000);
      if (decimals != 0) {
        String digits = Integer.toString(10_000 + decimals).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
          end--;
        }
        sb.append('.').append(digits, 0, end);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < atomicNumbers.length; i++) {
      parts.add(Elements.symbol(atomicNumbers[i]) + "=" + amounts[i]);
    }
    return "Composition" + parts;
  }
}
