package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.List;

/**
 * Element fractions (as {@link ElementFractionFeaturizer}) followed by fraction-weighted statistics
 * of element properties ({@link ElementProperties#STANDARD_NAMES}: atomic number, mass, period,
 * group, Pauling electronegativity, covalent radius, valence electrons in total and per s/p/d/f).
 *
 * <p>For each property p with values p_i and atomic fractions f_i of the elements present:
 * {@code mean_p = sum f_i p_i}, {@code std_p = sqrt(sum f_i (p_i - mean_p)^2)} (weighted population
 * deviation, 0 for a pure element), {@code min_p} and {@code max_p} over the elements present
 * (unweighted), {@code range_p = max_p - min_p}. So Fe2O3 has mean_atomic_number = 0.4 * 26 + 0.6 *
 * 8 = 15.2. Every element has every property (the table fills gaps by documented rules, see
 * resources/elements/README.md), so no feature is ever NaN.
 */
public final class CompositionFeaturizer implements Featurizer {
  public static final String ID = "composition-stats";

  /** Statistics per property, in feature order. */
  public static final List<String> STATISTICS = List.of("mean", "std", "min", "max", "range");

  private final double[][] propertyByZ; // [property][z]
  private final List<String> names;

  /** With the bundled element table. */
  public CompositionFeaturizer() {
    this(ElementProperties.standard());
  }

  public CompositionFeaturizer(ElementProperties properties) {
    propertyByZ = new double[properties.count()][];
    for (int p = 0; p < propertyByZ.length; p++) {
      propertyByZ[p] = properties.byAtomicNumber(p);
    }
    List<String> n = new ArrayList<>(ElementFractionFeaturizer.fractionNames());
    for (String property : properties.names()) {
      for (String statistic : STATISTICS) {
        n.add(statistic + "_" + property);
      }
    }
    names = List.copyOf(n);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimension() {
    return names.size();
  }

  @Override
  public List<String> featureNames() {
    return names;
  }

  @Override
  public void featurize(List<String> representation, float[] out, int offset)
      throws FeaturizationException {
    Composition composition = ElementFractionFeaturizer.parseSingleFormula(representation);
    ElementFractionFeaturizer.write(composition, out, offset);
    int k = offset + Elements.COUNT;
    int elements = composition.size();
    double total = composition.totalAmount();
    for (double[] values : propertyByZ) {
      double mean = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < elements; i++) {
        double v = values[composition.atomicNumber(i)];
        mean += composition.amount(i) / total * v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      double variance = 0;
      for (int i = 0; i < elements; i++) {
        double d = values[composition.atomicNumber(i)] - mean;
        variance += composition.amount(i) / total * d * d;
      }
      out[k++] = (float) mean;
      out[k++] = (float) Math.sqrt(variance);
      out[k++] = (float) min;
      out[k++] = (float) max;
      out[k++] = (float) (max - min);
    }
  }
}
