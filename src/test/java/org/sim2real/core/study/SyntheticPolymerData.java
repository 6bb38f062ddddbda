package org.sim2real.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sim2real.core.feature.FeaturizationException;
import org.sim2real.core.feature.SmilesFeaturizer;
import org.sim2real.core.io.TextFiles;

/**
 * A small synthetic polymer pair for the SMILES path (sample-data/polymer): repeat units built
 * combinatorially from backbone templates, spacers and side groups, a made-up glass-transition-like
 * property computed from their CDK descriptors, a biased "simulation" of it for every unit and
 * noisy "experiments" for a seeded subset. Nothing here is measured: the numbers only behave
 * roughly like Tg (aromatic, stiff, hydrogen-bonding units high; long flexible chains low).
 */
public final class SyntheticPolymerData {
  public static final String SMILES_COLUMN = "repeat_unit";
  public static final String TARGET_COLUMN = "tg_like_K";

  /** Side groups of vinyl units *CC(*)R and *CC(*)(C)R. */
  static final List<String> SIDE_GROUPS = List.of(
      "C", "CC", "CCC", "CCCC", "CCCCCC", "CCCCCCCC", "C(C)C", "C(C)(C)C", "C1CCCCC1",
      "c1ccccc1", "c1ccc(C)cc1", "c1ccc(F)cc1", "c1ccc(Cl)cc1", "c1ccc(Br)cc1", "c1ccc(OC)cc1",
      "c1ccc(C(F)(F)F)cc1", "c1ccc(C#N)cc1", "c1ccc(O)cc1", "c1ccncc1", "c1ccc2ccccc2c1",
      "c1ccc(C(C)(C)C)cc1",
      "C(=O)OC", "C(=O)OCC", "C(=O)OCCC", "C(=O)OCCCC", "C(=O)OCCCCCC", "C(=O)OCCCCCCCC",
      "C(=O)OC(C)C", "C(=O)OC(C)(C)C", "C(=O)OC1CCCCC1", "C(=O)Oc1ccccc1", "C(=O)OCCO",
      "C(=O)OCc1ccccc1",
      "OC(=O)C", "OC(=O)CC", "OC(=O)CCC", "OC(=O)c1ccccc1",
      "OC", "OCC", "OCCCC", "OC(C)C",
      "C(=O)N", "C(=O)NC", "C(=O)N(C)C", "C(=O)NC(C)C", "C(=O)NCCCC",
      "C#N", "Cl", "F", "O", "N1CCCC1=O", "C(=O)O", "[Si](C)(C)C", "n1ccnc1");

  /** Two-point spacers of condensation polymers (chains, rings, ethers). */
  static final List<String> SPACERS = List.of(
      "CC", "CCC", "CCCC", "CCCCCC", "CCCCCCCC", "CCCCCCCCCC", "CC(C)(C)C", "CCOCC", "CCOCCOCC",
      "C1CCC(CC1)", "c1ccc(cc1)", "c1cccc(c1)", "c1ccc(cc1)Oc1ccc(cc1)",
      "c1ccc(cc1)C(C)(C)c1ccc(cc1)");

  /** Seed and size of the bundled sample. */
  public static final long SAMPLE_SEED = 2025;
  public static final int SAMPLE_EXPERIMENTS = 300;
  /** Scatter of the simulation and of the experiments, in K. */
  public static final double SIMULATION_NOISE = 5;
  public static final double EXPERIMENTAL_NOISE = 8;

  private SyntheticPolymerData() {}

  /**
   * The made-up true property of a repeat unit from its descriptors (names as in
   * {@link SmilesFeaturizer}): with a = aromatic atoms / heavy atoms and r = rotatable bonds /
   * heavy atoms, T = 300 + 150 a - 150 r + 20 donors + 40 tanh((M - 150) / 100) - 5 xlogp
   * + 15 rings, in K (polystyrene about 353, polypropylene 203, poly(ethylene oxide) 164).
   */
  public static double truth(Descriptors d) {
    double a = d.aromaticAtoms() / d.heavyAtoms();
    double r = d.rotatableBonds() / d.heavyAtoms();
    return 300 + 150 * a - 150 * r + 20 * d.hbondDonors()
        + 40 * Math.tanh((d.molecularWeight() - 150) / 100) - 5 * d.xlogp() + 15 * d.rings();
  }

  /**
   * The simulation's noise-free value 0.85 T + 25 + 15 sin(xlogp / 1.5): compressed and shifted
   * like a force field that misjudges chain stiffness, with an error that depends on polarity.
   */
  public static double simulated(Descriptors d) {
    return 0.85 * truth(d) + 25 + 15 * Math.sin(d.xlogp() / 1.5);
  }

  /** The CDK descriptors the property uses. */
  public record Descriptors(double molecularWeight, double xlogp, double hbondDonors,
      double rotatableBonds, double aromaticAtoms, double rings, double heavyAtoms) {

    /** Computes them with the workbench's SMILES featurizer (descriptors only). */
    public static Descriptors of(String smiles) {
      return of(smiles, new SmilesFeaturizer(0, true));
    }

    static Descriptors of(String smiles, SmilesFeaturizer featurizer) {
      List<String> names = featurizer.featureNames();
      float[] v = new float[featurizer.dimension()];
      try {
        featurizer.featurize(List.of(smiles), v, 0);
      } catch (FeaturizationException e) {
        throw new IllegalArgumentException("not a valid repeat unit: " + smiles, e);
      }
      return new Descriptors(v[names.indexOf("molecular_weight")], v[names.indexOf("xlogp")],
          v[names.indexOf("hbond_donors")], v[names.indexOf("rotatable_bonds")],
          v[names.indexOf("aromatic_atoms")], v[names.indexOf("ring_count")],
          v[names.indexOf("heavy_atoms")]);
    }
  }

  /**
   * The simulation holds every unit of {@link #repeatUnits()} (in that order) with the simulated
   * value plus scatter; the experiments are {@code experimentalRows} units in a seeded random order
   * with the true value plus measurement noise. Values are rounded to 0.1 K.
   */
  public static Tables generate(long seed, int experimentalRows) {
    List<String> units = repeatUnits();
    if (experimentalRows < 1 || experimentalRows > units.size()) {
      throw new IllegalArgumentException("experimental rows must lie in 1.." + units.size()
          + ", got " + experimentalRows);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom simRandom = root.split();
    SplittableRandom expRandom = root.split();
    SmilesFeaturizer featurizer = new SmilesFeaturizer(0, true);
    List<Descriptors> descriptors =
        units.stream().map(u -> Descriptors.of(u, featurizer)).toList();
    List<Row> sim = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      double value = simulated(descriptors.get(i)) + SIMULATION_NOISE * simRandom.nextGaussian();
      sim.add(new Row(units.get(i), round(value)));
    }
    int[] order = NestedSubsampler.permutation(units.size(), expRandom.nextLong());
    List<Row> exp = new ArrayList<>(experimentalRows);
    for (int k = 0; k < experimentalRows; k++) {
      int i = order[k];
      double value = truth(descriptors.get(i)) + EXPERIMENTAL_NOISE * expRandom.nextGaussian();
      exp.add(new Row(units.get(i), round(value)));
    }
    return new Tables(sim, exp);
  }

  /** The rows as CSV text with the header repeat_unit,tg_like_K. */
  public static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder(SMILES_COLUMN + "," + TARGET_COLUMN + "\n");
    for (Row row : rows) {
      sb.append(row.smiles()).append(',')
          .append(String.format(Locale.ROOT, "%.1f", row.value())).append('\n');
    }
    return sb.toString();
  }

  /** Writes both tables (gzip-compressed when a name ends in ".gz"). */
  public static void write(Tables tables, Path simulationFile, Path experimentalFile) {
    TextFiles.write(simulationFile, csv(tables.simulation()));
    TextFiles.write(experimentalFile, csv(tables.experiments()));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** One repeat unit and its property value. */
  public record Row(String smiles, double value) {}

  /** The simulation (every unit) and the experiments (a subset). */
  public record Tables(List<Row> simulation, List<Row> experiments) {
    public Tables {
      simulation = List.copyOf(simulation);
      experiments = List.copyOf(experiments);
    }
  }

  /**
   * Every repeat unit of the families: vinyl and alpha-methyl vinyl with each side group;
   * polyesters, polyamides and polyurethanes with each (diacid or diisocyanate, diol or diamine)
   * spacer pair; polyethers and polycarbonates with each spacer. Fixed order, no duplicates.
   */
  public static List<String> repeatUnits() {
    LinkedHashSet<String> units = new LinkedHashSet<>();
    for (String r : SIDE_GROUPS) {
      units.add("*CC(*)" + r);
      units.add("*CC(*)(C)" + r);
    }
    for (String b : SPACERS) {
      units.add("*O" + b + "*");
      units.add("*OC(=O)O" + b + "*");
    }
    for (String a : SPACERS) {
      for (String b : SPACERS) {
        units.add("*OC(=O)" + a + "C(=O)O" + b + "*");
        units.add("*NC(=O)" + a + "C(=O)N" + b + "*");
        units.add("*OC(=O)N" + a + "NC(=O)O" + b + "*");
      }
    }
    return List.copyOf(units);
  }
}
