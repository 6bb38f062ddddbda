package org.sim2real.core.feature;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic solvation-style database of (solvent SMILES, solute SMILES, target) rows, built
 * from real pieces: the solvent is one of 30 common solvents, the solute a chain of two to five
 * fragments of organic molecules (rings, carbonyls, amines, halogens, ...), so it has the shape
 * of the seed project's COSMO-RS miscibility data (few distinct solvents, many distinct solutes)
 * without its licence. The target is a smooth function of the pieces plus noise.
 *
 * <p>{@code java -cp target/benchmarks.jar org.sim2real.core.feature.SyntheticPairs ROWS OUT.csv
 * [SEED]} (seed 7 unless given; another seed gives another draw of the same population)
 */
public final class SyntheticPairs {
  static final String[] SOLVENTS = {"O", "CO", "CCO", "CCCO", "CC(C)O", "CCCCO", "CC(C)=O",
      "CC#N", "CS(C)=O", "CN(C)C=O", "ClCCl", "ClC(Cl)Cl", "c1ccccc1", "Cc1ccccc1",
      "Cc1ccccc1C", "CCCCCC", "CCCCCCC", "C1CCCCC1", "C1CCOC1", "CCOCC", "CCOC(C)=O",
      "OCCO", "OCC(O)CO", "CC(=O)O", "c1ccncc1", "Clc1ccccc1", "CCN(CC)CC", "O=C1CCCN1C",
      "COc1ccccc1", "C1COCCO1"};
  static final String[] FRAGMENTS = {"C", "CC", "CCC", "C(C)C", "c1ccccc1", "c1ccncc1",
      "c1ccoc1", "c1ccsc1", "C1CCCCC1", "C1CCNCC1", "C(=O)O", "C(=O)N", "C(=O)", "OC", "O",
      "N", "N(C)C", "S", "C=C", "C(F)(F)F", "OCC", "c1ccc2ccccc2c1", "C(=O)OC"};
  /** Pieces that end a molecule: only last. */
  static final String[] ENDS = {"Cl", "F", "Br", "C#N", "[N+](=O)[O-]", "C", "O"};

  private SyntheticPairs() {}

  /** Writes {@code rows} rows with a header (solvent_smiles, solute_smiles, log_gamma). */
  public static void write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder solute = new StringBuilder();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("solvent_smiles,solute_smiles,log_gamma\n");
      for (int i = 0; i < rows; i++) {
        int s = random.nextInt(SOLVENTS.length);
        solute.setLength(0);
        int pieces = 2 + random.nextInt(4);
        double target = 0.1 * s - 1.5;
        for (int p = 0; p < pieces; p++) {
          boolean last = p == pieces - 1;
          int f = random.nextInt(last ? ENDS.length : FRAGMENTS.length);
          solute.append(last ? ENDS[f] : FRAGMENTS[f]);
          target += 0.05 * f * (p % 2 == 0 ? 1 : -0.5);
        }
        target += 0.3 * random.nextGaussian();
        out.write(SOLVENTS[s]);
        out.write(',');
        out.write(solute.toString());
        out.write(',');
        out.write(String.format(Locale.ROOT, "%.4f", target));
        out.write('\n');
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: SyntheticPairs ROWS OUT.csv [SEED]");
      System.exit(2);
    }
    write(Path.of(args[1]), Integer.parseInt(args[0].replace(",", "").replace("_", "")),
        args.length == 3 ? Long.parseLong(args[2]) : 7);
  }
}
