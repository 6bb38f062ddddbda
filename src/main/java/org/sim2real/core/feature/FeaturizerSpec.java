package org.sim2real.core.feature;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A serializable description of a featurizer, stored in study designs and projects: plain fields,
 * no polymorphic type information, so Jackson reads and writes it as a flat JSON object. The
 * constructor validates the settings that matter for {@link #kind()} with messages a user can act
 * on; {@link #create()} builds the featurizer.
 *
 * @param kind what to featurize
 * @param fingerprintLength SMILES (and SMILES sides of a pair): folded fingerprint bins
 * @param includeFingerprint SMILES: whether the count fingerprint is included
 * @param includeDescriptors SMILES: whether the CDK molecular descriptors are included
 * @param pairKinds PAIR: the kinds of the two sides (ELEMENT_FRACTIONS, COMPOSITION_STATS or
 *     SMILES); empty otherwise
 * @param pairRoles PAIR: the feature-name prefixes of the two sides, e.g. ["polymer", "solvent"];
 *     empty otherwise
 * @param descriptorColumns DESCRIPTORS: the names of the numeric columns; empty otherwise
 */
public record FeaturizerSpec(
    Kind kind,
    int fingerprintLength,
    boolean includeFingerprint,
    boolean includeDescriptors,
    List<Kind> pairKinds,
    List<String> pairRoles,
    List<String> descriptorColumns) {

  /** Featurizer kinds. */
  public enum Kind {
    /** {@link ElementFractionFeaturizer}, the bandgap-v1 reference featurizer. */
    ELEMENT_FRACTIONS,
    /** {@link CompositionFeaturizer}. */
    COMPOSITION_STATS,
    /** {@link SmilesFeaturizer}. */
    SMILES,
    /** {@link PairFeaturizer}. */
    PAIR,
    /** {@link DescriptorFeaturizer}. */
    DESCRIPTORS
  }

  private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  @SuppressWarnings("ConstantConditions") // Jackson passes null for fields missing in a file
  public FeaturizerSpec {
    if (kind == null) {
      throw new IllegalArgumentException("featurizer kind is missing; use one of "
          + List.of(Kind.values()));
    }
    pairKinds = copyWithoutNulls(pairKinds, "pair kinds");
    pairRoles = copyWithoutNulls(pairRoles, "pair roles");
    descriptorColumns = copyWithoutNulls(descriptorColumns, "descriptor columns");
    boolean usesSmiles =
        kind == Kind.SMILES || (kind == Kind.PAIR && pairKinds.contains(Kind.SMILES));
    if (usesSmiles) {
      if (!includeFingerprint && !includeDescriptors) {
        throw new IllegalArgumentException(
            "a SMILES featurizer needs the fingerprint, the descriptors or both");
      }
      if (includeFingerprint && (fingerprintLength < SmilesFeaturizer.MIN_FINGERPRINT_LENGTH
          || fingerprintLength > SmilesFeaturizer.MAX_FINGERPRINT_LENGTH)) {
        throw new IllegalArgumentException("fingerprint length must be between "
            + SmilesFeaturizer.MIN_FINGERPRINT_LENGTH + " and "
            + SmilesFeaturizer.MAX_FINGERPRINT_LENGTH + ", got " + fingerprintLength);
      }
    }
    if (kind == Kind.PAIR) {
      validatePair(pairKinds, pairRoles);
    } else if (!pairKinds.isEmpty() || !pairRoles.isEmpty()) {
      throw new IllegalArgumentException(
          "pair sides and roles apply only to kind PAIR, not " + kind);
    }
    if (kind == Kind.DESCRIPTORS) {
      if (descriptorColumns.isEmpty()) {
        throw new IllegalArgumentException("kind DESCRIPTORS needs at least one descriptor column");
      }
      if (descriptorColumns.stream().anyMatch(String::isBlank)
          || new HashSet<>(descriptorColumns).size() != descriptorColumns.size()) {
        throw new IllegalArgumentException(
            "descriptor column names must be non-blank and distinct: " + descriptorColumns);
      }
    } else if (!descriptorColumns.isEmpty()) {
      throw new IllegalArgumentException(
          "descriptor columns apply only to kind DESCRIPTORS, not " + kind);
    }
  }

  private static <T> List<T> copyWithoutNulls(@Nullable List<T> values, String what) {
    if (values == null) {
      return List.of();
    }
    for (T value : values) { // not contains(null): immutable lists throw on that
      if (value == null) {
        throw new IllegalArgumentException(what + " must not contain empty entries: " + values);
      }
    }
    return List.copyOf(values);
  }

  private static void validatePair(List<Kind> kinds, List<String> roles) {
    if (kinds.size() != 2) {
      throw new IllegalArgumentException("a pair needs exactly two side kinds, got " + kinds);
    }
    for (Kind side : kinds) {
      if (side == null || side == Kind.PAIR || side == Kind.DESCRIPTORS) {
        throw new IllegalArgumentException("a pair side must be ELEMENT_FRACTIONS, "
            + "COMPOSITION_STATS or SMILES, got " + side);
      }
    }
    if (roles.size() != 2) {
      throw new IllegalArgumentException("a pair needs exactly two roles, got " + roles);
    }
    for (String role : roles) {
      if (role == null || !ROLE.matcher(role).matches()) {
        throw new IllegalArgumentException("pair role '" + role
            + "' must start with a letter and hold only letters and digits");
      }
    }
    if (roles.get(0).equals(roles.get(1))) {
      throw new IllegalArgumentException("the two pair roles must differ, both are '"
          + roles.get(0) + "'");
    }
  }

  /** The featurizer of the reference protocol bandgap-v1: element fractions, nothing else. */
  public static FeaturizerSpec bandgapReference() {
    return of(Kind.ELEMENT_FRACTIONS);
  }

  /** A formula or SMILES kind with default settings (fingerprint 1024 and descriptors). */
  public static FeaturizerSpec of(Kind kind) {
    return new FeaturizerSpec(kind, SmilesFeaturizer.DEFAULT_FINGERPRINT_LENGTH, true, true,
        List.of(), List.of(), List.of());
  }

  /** SMILES with chosen settings. */
  public static FeaturizerSpec smiles(int fingerprintLength, boolean includeFingerprint,
      boolean includeDescriptors) {
    return new FeaturizerSpec(Kind.SMILES, fingerprintLength, includeFingerprint,
        includeDescriptors, List.of(), List.of(), List.of());
  }

  /** A pair with default SMILES settings on SMILES sides. */
  public static FeaturizerSpec pair(Kind firstKind, String firstRole, Kind secondKind,
      String secondRole) {
    return new FeaturizerSpec(Kind.PAIR, SmilesFeaturizer.DEFAULT_FINGERPRINT_LENGTH, true, true,
        List.of(firstKind, secondKind), List.of(firstRole, secondRole), List.of());
  }

  /** Numeric descriptor columns passed through. */
  public static FeaturizerSpec descriptors(List<String> columns) {
    return new FeaturizerSpec(Kind.DESCRIPTORS, SmilesFeaturizer.DEFAULT_FINGERPRINT_LENGTH, true,
        true, List.of(), List.of(), columns);
  }

  /**
   * The default featurizer for a representation: "formula" -> COMPOSITION_STATS, "smiles" ->
   * fingerprint + descriptors, "pair" (two SMILES columns) -> PAIR of SMILES with roles taken from
   * the column names when they make valid distinct prefixes ("a"/"b" otherwise), "descriptors" ->
   * the named columns passed through.
   *
   * @param representation "formula", "smiles", "pair" or "descriptors" (case-insensitive)
   * @param columns the representation column names in role order
   */
  public static FeaturizerSpec defaultFor(String representation, List<String> columns) {
    return switch (representation.strip().toLowerCase(Locale.ROOT)) {
      case "formula", "composition" -> of(Kind.COMPOSITION_STATS);
      case "smiles" -> of(Kind.SMILES);
      case "pair" -> {
        String first = columns.size() == 2 ? roleFrom(columns.get(0)) : "";
        String second = columns.size() == 2 ? roleFrom(columns.get(1)) : "";
        boolean usable = !first.isEmpty() && !second.isEmpty() && !first.equals(second);
        yield pair(Kind.SMILES, usable ? first : "a", Kind.SMILES, usable ? second : "b");
      }
      case "descriptors" -> descriptors(columns);
      default -> throw new IllegalArgumentException("unknown representation '" + representation
          + "'; use formula, smiles, pair or descriptors");
    };
  }

  /**
   * A role from a column name: letters and digits only, a trailing "smiles" dropped
   * ("polymer_smiles" -> "polymer", "Solvent SMILES" -> "Solvent").
   */
  private static String roleFrom(String column) {
    StringBuilder role = new StringBuilder();
    for (char c : column.toCharArray()) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter || (c >= '0' && c <= '9' && !role.isEmpty())) {
        role.append(c);
      }
    }
    String r = role.toString();
    String lower = r.toLowerCase(Locale.ROOT);
    if (lower.endsWith("smiles") && lower.length() > "smiles".length()) {
      r = r.substring(0, r.length() - "smiles".length()); // "polymer_smiles" -> "polymer"
    }
    return r;
  }

  /** Builds the featurizer described by this spec. */
  public Featurizer create() {
    return switch (kind) {
      case ELEMENT_FRACTIONS -> new ElementFractionFeaturizer();
      case COMPOSITION_STATS -> new CompositionFeaturizer();
      case SMILES -> new SmilesFeaturizer(includeFingerprint ? fingerprintLength : 0,
          includeDescriptors);
      case PAIR -> new PairFeaturizer(side(pairKinds.get(0)), pairRoles.get(0),
          side(pairKinds.get(1)), pairRoles.get(1));
      case DESCRIPTORS -> new DescriptorFeaturizer(descriptorColumns);
    };
  }

  private Featurizer side(Kind sideKind) {
    return new FeaturizerSpec(sideKind, fingerprintLength, includeFingerprint, includeDescriptors,
        List.of(), List.of(), List.of()).create();
  }
}
