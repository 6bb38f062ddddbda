package org.sim2real.core.feature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.openscience.cdk.config.IsotopeFactory;
import org.openscience.cdk.config.Isotopes;

/**
 * Regenerates {@code resources/elements/elements.csv}, the element property table of
 * {@link ElementProperties}: {@code mvn -q test -Dtest=ElementTableTest
 * -Dsim2real.regenerateElements=true} (or run {@link #main} from the repository root).
 *
 * <p>Sources (see resources/elements/README.md): CDK 2.11 ({@code org.openscience.cdk.config.
 * Elements} for period, group and Pauling electronegativity, {@code Isotopes} for masses), Cordero
 * et al. 2008 and Pyykkö and Atsumi 2009 for covalent radii (typed in below), and ground-state
 * electron configurations from the Madelung rule with the NIST exceptions listed below. Every value
 * that is filled in rather than taken from a source gets a note in the last column.
 * {@code ElementTableTest} checks that the committed table equals what this class writes.
 */
public final class ElementTableGenerator {

  static final String HEADER =
      "atomic_number,symbol,atomic_mass,period,group,electronegativity,covalent_radius,"
          + "valence_electrons,valence_s,valence_p,valence_d,valence_f,note";

  /**
   * Single-bond covalent radii in Å, Z = 1..96 from Cordero et al., Dalton Trans. 2008, 2832,
   * Table 2 (C sp3; Mn, Fe, Co low spin), Z = 97..103 from Pyykkö and Atsumi, Chem. Eur. J. 15
   * (2009) 186, which Cordero does not cover.
   */
  private static final double[] COVALENT_RADIUS = {
    0.31, 0.28, // H He
    1.28, 0.96, 0.84, 0.76, 0.71, 0.66, 0.57, 0.58, // Li..Ne
    1.66, 1.41, 1.21, 1.11, 1.07, 1.05, 1.02, 1.06, // Na..Ar
    2.03, 1.76, 1.70, 1.60, 1.53, 1.39, 1.39, 1.32, 1.26, 1.24, 1.32, 1.22, // K..Zn
    1.22, 1.20, 1.19, 1.20, 1.20, 1.16, // Ga..Kr
    2.20, 1.95, 1.90, 1.75, 1.64, 1.54, 1.47, 1.46, 1.42, 1.39, 1.45, 1.44, // Rb..Cd
    1.42, 1.39, 1.39, 1.38, 1.39, 1.40, // In..Xe
    2.44, 2.15, // Cs Ba
    2.07, 2.04, 2.03, 2.01, 1.99, 1.98, 1.98, 1.96, 1.94, 1.92, 1.92, 1.89, 1.90, 1.87, 1.87,
    1.75, 1.70, 1.62, 1.51, 1.44, 1.41, 1.36, 1.36, 1.32, // Hf..Hg
    1.45, 1.46, 1.48, 1.40, 1.50, 1.50, // Tl..Rn
    2.60, 2.21, // Fr Ra
    2.15, 2.06, 2.00, 1.96, 1.90, 1.87, 1.80, 1.69, // Ac..Cm (Cordero)
    1.68, 1.68, 1.65, 1.67, 1.73, 1.76, 1.61 // Bk..Lr (Pyykkö and Atsumi)
  };

  /** Mass numbers of the longest-lived isotope of elements without a natural abundance. */
  private static final Map<Integer, Integer> LONGEST_LIVED_ISOTOPE = Map.ofEntries(
      Map.entry(43, 98), Map.entry(61, 145), Map.entry(84, 209), Map.entry(85, 210),
      Map.entry(86, 222), Map.entry(87, 223), Map.entry(88, 226), Map.entry(89, 227),
      Map.entry(93, 237), Map.entry(94, 244), Map.entry(95, 243), Map.entry(96, 247),
      Map.entry(97, 247), Map.entry(98, 251), Map.entry(99, 252), Map.entry(100, 257),
      Map.entry(101, 258), Map.entry(102, 259), Map.entry(103, 262));

  /**
   * Ground-state configurations (outside the noble-gas core) that break the Madelung filling
   * order, from the NIST Atomic Spectra Database ground levels.
   */
  private static final Map<Integer, String> CONFIGURATION_EXCEPTIONS = Map.ofEntries(
      Map.entry(24, "3d5 4s1"), Map.entry(29, "3d10 4s1"), Map.entry(41, "4d4 5s1"),
      Map.entry(42, "4d5 5s1"), Map.entry(44, "4d7 5s1"), Map.entry(45, "4d8 5s1"),
      Map.entry(46, "4d10"), Map.entry(47, "4d10 5s1"), Map.entry(57, "5d1 6s2"),
      Map.entry(58, "4f1 5d1 6s2"), Map.entry(64, "4f7 5d1 6s2"), Map.entry(78, "4f14 5d9 6s1"),
      Map.entry(79, "4f14 5d10 6s1"), Map.entry(89, "6d1 7s2"), Map.entry(90, "6d2 7s2"),
      Map.entry(91, "5f2 6d1 7s2"), Map.entry(92, "5f3 6d1 7s2"), Map.entry(93, "5f4 6d1 7s2"),
      Map.entry(96, "5f7 6d1 7s2"), Map.entry(103, "5f14 7s2 7p1"));

  /** Madelung (n + l, then n) filling order up to 7p. */
  private static final String[] MADELUNG_ORDER =
      "1s 2s 2p 3s 3p 4s 3d 4p 5s 4d 5p 6s 4f 5d 6p 7s 5f 6d 7p".split(" ");

  private static final int[] NOBLE_GAS_CORES = {0, 2, 10, 18, 36, 54, 86};

  private ElementTableGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "resources/elements/elements.csv");
    Files.writeString(out, render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  /** The complete CSV text, header first, one line per element Z = 1..103. */
  static String render() throws IOException {
    if (COVALENT_RADIUS.length != Elements.COUNT) {
      throw new AssertionError(COVALENT_RADIUS.length + " covalent radii");
    }
    IsotopeFactory isotopes = Isotopes.getInstance();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int z = 1; z <= Elements.COUNT; z++) {
      org.openscience.cdk.config.Elements cdk = org.openscience.cdk.config.Elements.ofNumber(z);
      StringBuilder note = new StringBuilder();
      double mass;
      Integer massNumber = LONGEST_LIVED_ISOTOPE.get(z);
      if (massNumber != null) {
        mass = isotopes.getIsotope(cdk.symbol(), massNumber).getExactMass();
        note.append("mass of the longest-lived isotope ").append(massNumber).append(cdk.symbol())
            .append("; ");
      } else {
        mass = isotopes.getNaturalMass(z);
      }
      int group = cdk.group();
      if (group == 0) {
        group = 3;
        note.append("no group in CDK: group 3 (f-block); ");
      }
      double electronegativity = electronegativity(z, note);
      int[] valence = valenceElectrons(z);
      csv.append(z).append(',').append(cdk.symbol()).append(',').append(format(mass, 4))
          .append(',').append(cdk.period()).append(',').append(group).append(',')
          .append(format(electronegativity, 3)).append(',')
          .append(format(COVALENT_RADIUS[z - 1], 2)).append(',')
          .append(valence[0] + valence[1] + valence[2] + valence[3]).append(',')
          .append(valence[0]).append(',').append(valence[1]).append(',').append(valence[2])
          .append(',').append(valence[3]).append(',')
          .append(note.toString().replaceAll("; $", "")).append('\n');
    }
    return csv.toString();
  }

  /**
   * Pauling electronegativity from CDK, with documented fills where CDK has none: a noble gas
   * takes the value of the halogen of its period (He that of fluorine), because the two noble
   * gases with a Pauling value lie within 0.06 of their halogen (Kr 3.00 vs Br 2.96, Xe 2.60 vs I
   * 2.66); a lanthanide takes the mean of its two neighbours in Z; lawrencium takes nobelium's.
   */
  private static double electronegativity(int z, StringBuilder note) {
    Double value = org.openscience.cdk.config.Elements.ofNumber(z).electronegativity();
    if (value != null) {
      return value;
    }
    int donor = switch (z) {
      case 2, 10 -> 9; // He, Ne -> F
      case 18 -> 17; // Ar -> Cl
      case 86 -> 85; // Rn -> At
      case 103 -> 102; // Lr -> No
      default -> 0;
    };
    if (donor != 0) {
      note.append("electronegativity of ").append(Elements.symbol(donor)).append("; ");
      return electronegativity(donor, new StringBuilder());
    }
    if (z > 57 && z < 71) {
      note.append("electronegativity: mean of Z-1 and Z+1; ");
      Double below = org.openscience.cdk.config.Elements.ofNumber(z - 1).electronegativity();
      Double above = org.openscience.cdk.config.Elements.ofNumber(z + 1).electronegativity();
      return (below + above) / 2;
    }
    throw new AssertionError("no electronegativity rule for Z = " + z);
  }

  /** Electrons outside the preceding noble-gas core, as {s, p, d, f}. */
  static int[] valenceElectrons(int z) {
    int core = 0;
    for (int gas : NOBLE_GAS_CORES) {
      if (gas < z) {
        core = gas;
      }
    }
    Map<String, Integer> full = configuration(z);
    Map<String, Integer> coreShells = configuration(core);
    int[] counts = new int[4];
    for (Map.Entry<String, Integer> shell : full.entrySet()) {
      int outside = shell.getValue() - coreShells.getOrDefault(shell.getKey(), 0);
      counts["spdf".indexOf(shell.getKey().charAt(1))] += outside;
    }
    return counts;
  }

  /** Occupation per subshell ("3d" -> 6), Madelung filling plus the NIST exceptions. */
  static Map<String, Integer> configuration(int z) {
    Map<String, Integer> occupation = new java.util.LinkedHashMap<>();
    int left = z;
    for (String shell : MADELUNG_ORDER) {
      if (left == 0) {
        break;
      }
      int capacity = 2 * (2 * "spdf".indexOf(shell.charAt(1)) + 1);
      int n = Math.min(capacity, left);
      occupation.put(shell, n);
      left -= n;
    }
    String exception = CONFIGURATION_EXCEPTIONS.get(z);
    if (exception != null) {
      int core = 0;
      for (int gas : NOBLE_GAS_CORES) {
        if (gas < z) {
          core = gas;
        }
      }
      occupation = new java.util.LinkedHashMap<>(configuration(core));
      for (String part : exception.split(" ")) {
        occupation.merge(part.substring(0, 2), Integer.parseInt(part.substring(2)), Integer::sum);
      }
    }
    return occupation;
  }

  private static String format(double value, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }
}
