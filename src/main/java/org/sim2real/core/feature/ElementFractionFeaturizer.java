package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Atomic fractions of a chemical formula over Z = 1..103, indexed Z - 1: exactly the featurizer of
 * the reference protocol "bandgap-v1" (formula grammar of {@link CompositionParser}, counts summed
 * per element and divided by their total, no standardization). The vector sums to 1.
 */
public final class ElementFractionFeaturizer implements Featurizer {
  public static final String ID = "element-fractions";

  private static final List<String> NAMES = fractionNames();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimension() {
    return Elements.COUNT;
  }

  @Override
  public List<String> featureNames() {
    return NAMES;
  }

  @Override
  public void featurize(List<String> representation, float[] out, int offset)
      throws FeaturizationException {
    write(parseSingleFormula(representation), out, offset);
  }

  /** Writes the 103 fractions of an already parsed composition (for featurizers that extend it). */
  static void write(Composition composition, float[] out, int offset) {
    Arrays.fill(out, offset, offset + Elements.COUNT, 0f);
    double total = composition.totalAmount();
    for (int i = 0; i < composition.size(); i++) {
      out[offset + composition.atomicNumber(i) - 1] = (float) (composition.amount(i) / total);
    }
  }

  /** The formula of a one-column representation, parsed. */
  static Composition parseSingleFormula(List<String> representation)
      throws FeaturizationException {
    if (representation.size() != 1) {
      throw new IllegalArgumentException(
          "a formula featurizer takes one column, got " + representation.size());
    }
    return CompositionParser.parse(representation.get(0));
  }

  /** "fraction_H" .. "fraction_Lr". */
  static List<String> fractionNames() {
    List<String> names = new ArrayList<>(Elements.COUNT);
    for (int z = 1; z <= Elements.COUNT; z++) {
      names.add("fraction_" + Elements.symbol(z));
    }
    return List.copyOf(names);
  }
}
