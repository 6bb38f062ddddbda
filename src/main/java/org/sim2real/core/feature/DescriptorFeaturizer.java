package org.sim2real.core.feature;

import java.util.HashSet;
import java.util.List;

/**
 * Numeric descriptor columns (density, chain length, temperature...) passed through as they are;
 * standardize them with a {@link Standardizer} fitted on training rows. Every value must be a
 * finite number in float range; an empty, non-numeric, NaN or infinite value is a
 * {@link FeaturizationException} naming the column.
 */
public final class DescriptorFeaturizer implements Featurizer {
  private final List<String> columns;

  /** @param columns the names of the descriptor columns, in representation order */
  public DescriptorFeaturizer(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a descriptor featurizer needs at least one column");
    }
    for (String column : columns) {
      if (column.isBlank()) {
        throw new IllegalArgumentException("descriptor column names must not be blank");
      }
    }
    if (new HashSet<>(columns).size() != columns.size()) {
      throw new IllegalArgumentException("descriptor column names must be distinct: " + columns);
    }
    this.columns = List.copyOf(columns);
  }

  /** E.g. "descriptors(density,temperature)". */
  @Override
  public String id() {
    return "descriptors(" + String.join(",", columns) + ")";
  }

  @Override
  public int dimension() {
    return columns.size();
  }

  @Override
  public List<String> featureNames() {
    return columns;
  }

  @Override
  public void featurize(List<String> representation, float[] out, int offset)
      throws FeaturizationException {
    if (representation.size() != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " descriptor values, got "
          + representation.size());
    }
    for (int i = 0; i < columns.size(); i++) {
      out[offset + i] = parse(representation.get(i), i);
    }
  }

  private float parse(String text, int index) throws FeaturizationException {
    String where = "descriptor column " + (index + 1) + " '" + columns.get(index) + "'";
    String s = text.strip();
    if (s.isEmpty()) {
      throw new FeaturizationException(where + " is empty");
    }
    char last = s.charAt(s.length() - 1);
    if ((last == 'f' || last == 'F' || last == 'd' || last == 'D') || s.contains("0x")
        || s.contains("0X")) {
      // Java would read "2d", "1.5f" and hex literals; in a data file they are typos or codes
      throw new FeaturizationException(where + ": '" + s + "' is not a number");
    }
    double value;
    try {
      value = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new FeaturizationException(where + ": '" + s + "' is not a number");
    }
    if (!Double.isFinite(value)) {
      throw new FeaturizationException(where + ": '" + s + "' is not a finite number");
    }
    float f = (float) value;
    if (Float.isInfinite(f)) {
      throw new FeaturizationException(where + ": " + s + " is too large (beyond +-3.4e38)");
    }
    return f;
  }
}
