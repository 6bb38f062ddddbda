package org.sim2real.core.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Two materials side by side (polymer + solvent, solvent + solute): each side is featurized by its
 * own featurizer and the vectors are concatenated, first side first. Feature names carry the role
 * as prefix ("polymer_ecfp4_12", "solvent_tpsa"); failures name the side ("solvent: invalid SMILES
 * ..."). The representation holds two values, one per side.
 */
public final class PairFeaturizer implements Featurizer {
  private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final Featurizer first;
  private final Featurizer second;
  private final String firstRole;
  private final String secondRole;
  private final List<String> names;

  /**
   * @param firstRole prefix of the first side's features, e.g. "polymer" (letters and digits)
   */
  public PairFeaturizer(Featurizer first, String firstRole, Featurizer second, String secondRole) {
    for (String role : List.of(firstRole, secondRole)) {
      if (!ROLE.matcher(role).matches()) {
        throw new IllegalArgumentException("pair role '" + role
            + "' must start with a letter and hold only letters and digits");
      }
    }
    if (firstRole.equals(secondRole)) {
      throw new IllegalArgumentException("the two sides of a pair need different roles, both are '"
          + firstRole + "'");
    }
    this.first = first;
    this.second = second;
    this.firstRole = firstRole;
    this.secondRole = secondRole;
    List<String> n = new ArrayList<>(first.dimension() + second.dimension());
    for (String name : first.featureNames()) {
      n.add(firstRole + "_" + name);
    }
    for (String name : second.featureNames()) {
      n.add(secondRole + "_" + name);
    }
    this.names = List.copyOf(n);
  }

  /** Roles "a" and "b". */
  public PairFeaturizer(Featurizer first, Featurizer second) {
    this(first, "a", second, "b");
  }

  /** E.g. "pair(polymer=smiles-ecfp4x1024+descriptors,solvent=smiles-descriptors)". */
  @Override
  public String id() {
    return "pair(" + firstRole + "=" + first.id() + "," + secondRole + "=" + second.id() + ")";
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
    if (representation.size() != 2) {
      throw new IllegalArgumentException(
          "a pair featurizer takes two columns, got " + representation.size());
    }
    side(first, firstRole, representation.subList(0, 1), out, offset);
    side(second, secondRole, representation.subList(1, 2), out, offset + first.dimension());
  }

  private static void side(Featurizer featurizer, String role, List<String> value, float[] out,
      int offset) throws FeaturizationException {
    try {
      featurizer.featurize(value, out, offset);
    } catch (FeaturizationException e) {
      throw new FeaturizationException(role + ": " + e.getMessage(), e);
    }
  }
}
