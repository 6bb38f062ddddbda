package org.sim2real.core.feature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Throwaway speed check (not a test; timing belongs in benchmarks): featurizes the formulas of the
 * band-gap simulation file with the composition featurizers and prints wall times. Run with the
 * test class path, e.g. {@code java -cp target/test-classes:target/classes:<deps>
 * org.sim2real.core.feature.FeaturizationSpeed ../shared/data/bandgap/sim_mp_gap.csv}.
 */
public final class FeaturizationSpeed {
  private FeaturizationSpeed() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/bandgap/sim_mp_gap.csv");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int rows = Math.min(100_000, lines.size() - 1);
    List<List<String>> formulas = lines.subList(1, rows + 1).stream()
        .map(line -> List.of(line.substring(0, line.indexOf(','))))
        .toList();
    // 2,000 distinct molecules and repeat units (chain x group x ring), so nothing is remembered
    String[] groups = {"O", "N", "C(=O)O", "C(=O)OC", "Cl", "F", "C#N", "OC", "S", "C(=O)N"};
    String[] rings = {"c1ccccc1", "C1CCCCC1", "c1ccncc1", "c1ccoc1", "C1CC1", "c1ccc2ccccc2c1",
        "*", "C(*)c1ccccc1", "C(C)(*)C(=O)OC", "c1ccc(*)cc1"};
    List<List<String>> smiles = new java.util.ArrayList<>();
    for (int chain = 1; chain <= 20; chain++) {
      for (String group : groups) {
        for (String ring : rings) {
          String prefix = ring.contains("*") ? "*" : "";
          smiles.add(List.of(prefix + "C".repeat(chain) + "(" + group + ")" + ring));
        }
      }
    }
    for (int threads : new int[] {1, 2}) {
      long start = System.nanoTime();
      FeaturizationResult r = FeatureMatrices.featurize(smiles, new SmilesFeaturizer(), threads);
      System.out.printf(Locale.ROOT,
          "%-30s %d thread(s): %,d distinct SMILES in %.0f ms (%d failed)%n",
          new SmilesFeaturizer().id(), threads, smiles.size(), (System.nanoTime() - start) / 1e6,
          r.failures().size());
    }
    for (Featurizer f : List.of(new ElementFractionFeaturizer(), new CompositionFeaturizer())) {
      for (int threads : new int[] {1, 2}) {
        double best = Double.MAX_VALUE;
        double first = 0;
        int failures = 0;
        for (int repeat = 0; repeat < 7; repeat++) { // the first rounds warm up the JIT
          long start = System.nanoTime();
          FeaturizationResult r = FeatureMatrices.featurize(formulas, f, threads);
          double ms = (System.nanoTime() - start) / 1e6;
          first = repeat == 0 ? ms : first;
          best = Math.min(best, ms);
          failures = r.failures().size();
        }
        System.out.printf(Locale.ROOT,
            "%-30s %d thread(s): %,d rows in %.0f ms (best of 7; first run %.0f ms), %d failed%n",
            f.id(), threads, rows, best, first, failures);
      }
    }
  }
}
