package org.sim2real.ui.common.study;

import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.feature.FeaturizerSpec;

/** The featurizer kinds as the Study screen offers them, with names and explanations. */
public enum FeaturizerChoice {
  COMPOSITION_STATS(FeaturizerSpec.Kind.COMPOSITION_STATS, "Composition statistics",
      "Element fractions plus fraction-weighted statistics (mean, deviation, min, max, range) of"
          + " element properties such as electronegativity and covalent radius."),
  ELEMENT_FRACTIONS(FeaturizerSpec.Kind.ELEMENT_FRACTIONS, "Element fractions",
      "The fraction of each element Z = 1..103 in the formula, nothing else (the reference"
          + " protocol's featurizer)."),
  SMILES(FeaturizerSpec.Kind.SMILES, "Fingerprint and descriptors",
      "A count-based circular fingerprint (ECFP-like, radius 2) folded to the chosen length and"
          + " molecular descriptors from the Chemistry Development Kit."),
  PAIR(FeaturizerSpec.Kind.PAIR, "Both sides of the pair",
      "Each side of the pair featurized (formula statistics or fingerprint and descriptors) and"
          + " the two vectors joined."),
  DESCRIPTORS(FeaturizerSpec.Kind.DESCRIPTORS, "Descriptor columns as they are",
      "The numeric descriptor columns of the data, used as they are.");

  private final FeaturizerSpec.Kind kind;
  private final String label;
  private final String explanation;

  FeaturizerChoice(FeaturizerSpec.Kind kind, String label, String explanation) {
    this.kind = kind;
    this.label = label;
    this.explanation = explanation;
  }

  public FeaturizerSpec.Kind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return label;
  }

  public static FeaturizerChoice of(FeaturizerSpec.Kind kind) {
    for (FeaturizerChoice c : values()) {
      if (c.kind == kind) {
        return c;
      }
    }
    throw new IllegalArgumentException("no choice for " + kind);
  }

  /** The choices that read this representation ("formula", "SMILES", "pair", "descriptors"). */
  public static List<FeaturizerChoice> suitedTo(String representation) {
    return switch (representation) {
      case "formula" -> List.of(COMPOSITION_STATS, ELEMENT_FRACTIONS);
      case "SMILES" -> List.of(SMILES);
      case "pair" -> List.of(PAIR);
      case "descriptors" -> List.of(DESCRIPTORS);
      default -> new ArrayList<>(List.of(COMPOSITION_STATS, ELEMENT_FRACTIONS, SMILES));
    };
  }

  /** Whether the SMILES settings (fingerprint length, parts) apply to this featurizer. */
  public static boolean usesSmiles(FeaturizerSpec spec) {
    return spec.kind() == FeaturizerSpec.Kind.SMILES
        || (spec.kind() == FeaturizerSpec.Kind.PAIR
            && spec.pairKinds().contains(FeaturizerSpec.Kind.SMILES));
  }
}
