package org.sim2real.core.feature;

import java.util.ArrayList;
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
    int n = atomicNumbers.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) { // insertion sort by symbol: a formula has few elements
      int rank = Elements.alphabeticalRank(atomicNumbers[i]);
      int j = i;
      while (j > 0 && Elements.alphabeticalRank(atomicNumbers[order[j - 1]]) > rank) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    StringBuilder sb = new StringBuilder(8 * n);
    for (int i : order) {
      // the fraction rounded to 4 decimals, written without trailing zeros ("0.5", "1")
      long tenThousandths = Math.round(amounts[i] / total * 1e4);
      if (tenThousandths == 0) {
        continue;
      }
      sb.append(Elements.symbol(atomicNumbers[i])).append(tenThousandths / 10_000);
      int decimals = (int) (tenThousandths % 10_000);
      if (decimals != 0) {
        int digits = 4;
        while (decimals % 10 == 0) {
          decimals /= 10;
          digits--;
        }
        sb.append('.');
        for (int scale = pow10(digits - 1); scale > decimals && scale > 1; scale /= 10) {
          sb.append('0'); // leading zeros of the decimals, e.g. ".05"
        }
        sb.append(decimals);
      }
    }
    return sb.toString();
  }

  private static int pow10(int exponent) {
    int p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
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
