package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.feature.CompositionParser;
import org.sim2real.core.feature.FeaturizationException;
import org.sim2real.core.feature.MoleculeParser;

/**
 * What a sample of one column's values looks like: how many are numbers, chemical formulas,
 * SMILES, or carry '*'. SMILES parsing (CDK) is the slow part, so it runs only when asked.
 */
final class ColumnProfile {
  /** Values sampled per column, spread evenly over the file. */
  static final int SAMPLE_SIZE = 200;

  final String name;
  final int index;
  private final List<String> values; // non-blank sampled values, stripped
  private final double numericShare;
  private final double decimalCommaShare;
  private final double formulaShare;
  private final double starShare;
  private double smilesShare = -1;

  ColumnProfile(RawTable table, int index, boolean decimalComma) {
    this.name = table.columnNames().get(index);
    this.index = index;
    this.values = sample(table, index);
    NumberReader numbers = new NumberReader(decimalComma);
    int numeric = 0;
    int missing = 0;
    int commaNumbers = 0;
    int formula = 0;
    int star = 0;
    for (String v : values) {
      int status = numbers.read(v);
      if (status == NumberReader.OK || status == NumberReader.NOT_FINITE) {
        numeric++;
      } else if (status == NumberReader.MISSING) {
        missing++; // "NA", "null": a missing number, neither numeric nor text
      } else if (parsesAsFormula(v)) {
        formula++;
      } else if (NumberReader.looksLikeDecimalComma(v)) {
        commaNumbers++;
      }
      if (v.indexOf('*') >= 0) {
        star++;
      }
    }
    int present = values.size() - missing;
    this.numericShare = present == 0 ? 0 : (double) numeric / present;
    this.decimalCommaShare = present == 0 ? 0 : (double) commaNumbers / present;
    this.formulaShare = share(formula);
    this.starShare = share(star);
  }

  private static List<String> sample(RawTable table, int column) {
    int rows = table.rowCount();
    List<String> out = new ArrayList<>(Math.min(rows, SAMPLE_SIZE));
    int step = Math.max(1, rows / SAMPLE_SIZE);
    for (int r = 0; r < rows && out.size() < SAMPLE_SIZE; r += step) {
      String v = table.value(r, column).strip();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean parsesAsFormula(String v) {
    try {
      CompositionParser.parse(v);
      return true;
    } catch (FeaturizationException e) {
      return false;
    }
  }

  private double share(int count) {
    return values.isEmpty() ? 0 : (double) count / values.size();
  }

  int sampled() {
    return values.size();
  }

  double numericShare() {
    return numericShare;
  }

  /** Share of values like "1,25" that are numbers only with a decimal comma. */
  double decimalCommaShare() {
    return decimalCommaShare;
  }

  double formulaShare() {
    return formulaShare;
  }

  double starShare() {
    return starShare;
  }

  /** Share of sampled values that CDK reads as SMILES (computed on first use). */
  double smilesShare() {
    if (smilesShare < 0) {
      int ok = 0;
      for (String v : values) {
        try {
          MoleculeParser.parse(v);
          ok++;
        } catch (FeaturizationException | RuntimeException e) {
          // not SMILES
        }
      }
      smilesShare = share(ok);
    }
    return smilesShare;
  }

  /** Lower-case name with runs of other characters turned into '_', e.g. "band_gap_ev". */
  String normalizedName() {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  /** Whether the normalized name equals one of the words or has one as a '_'-separated part. */
  boolean nameHas(String... words) {
    String n = normalizedName();
    for (String w : words) {
      if (n.equals(w) || n.startsWith(w + "_") || n.endsWith("_" + w)
          || n.contains("_" + w + "_")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the normalized name contains one of the fragments anywhere. */
  boolean nameContains(String... fragments) {
    String n = normalizedName();
    for (String f : fragments) {
      if (n.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** "100%", "99%", "0%": never rounds a share below one up to 100%. */
  static String percent(double share) {
    long p = Math.round(share * 100);
    if (p == 100 && share < 1) {
      p = 99;
    }
    if (p == 0 && share > 0) {
      p = 1;
    }
    return p + "%";
  }
}
