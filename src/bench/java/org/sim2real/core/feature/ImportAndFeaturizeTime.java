package org.sim2real.core.feature;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.RoleOverrides;

/**
 * Wall time of what {@code run} does with a formula CSV before training: the import with the real
 * importer (reading, role detection, validation of every formula and target, duplicates) and the
 * featurization with element fractions on 2 threads, each timed on its own, over several runs in
 * one JVM after warm-up runs; prints the median and the range of each and of their sum, and the
 * totals of the warm-up runs (the first of them is what a fresh JVM pays).
 *
 * <p>{@code java --add-modules jdk.incubator.vector -Xmx2g -cp target/benchmarks.jar
 * org.sim2real.core.feature.ImportAndFeaturizeTime FILE.csv [RUNS] [WARM-UP RUNS]} (defaults 9
 * and 3). The goal for OQMD's 341,608 formulas: import and featurization under 2 s on 2 cores.
 */
public final class ImportAndFeaturizeTime {
  private ImportAndFeaturizeTime() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ImportAndFeaturizeTime FILE.csv [RUNS] [WARM-UP RUNS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    FeaturizerSpec spec = FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS);
    double[] imports = new double[runs];
    double[] features = new double[runs];
    double[] totals = new double[runs];
    StringBuilder warmUpTotals = new StringBuilder();
    int rows = 0;
    int featurized = 0;
    for (int i = -warmUp; i < runs; i++) {
      long t0 = System.nanoTime();
      ImportResult imported = DatasetImporter.importFile(file, ImportOptions.defaults(),
          RoleOverrides.none());
      long t1 = System.nanoTime();
      var dataset = imported.dataset();
      FeaturizationResult result = FeatureMatrices.featurize(dataset.size(),
          dataset::representation, spec.create(), 2);
      long t2 = System.nanoTime();
      rows = dataset.size();
      featurized = result.matrix().rows();
      if (i >= 0) {
        imports[i] = (t1 - t0) / 1e9;
        features[i] = (t2 - t1) / 1e9;
        totals[i] = (t2 - t0) / 1e9;
      } else {
        warmUpTotals.append(String.format(Locale.ROOT, "%s%.3f", warmUpTotals.isEmpty() ? "" : ", ",
            (t2 - t0) / 1e9));
      }
    }
    System.out.printf(Locale.ROOT, "%s: %,d rows imported, %,d featurized (element fractions,"
        + " 2 threads); %d runs after %d warm-up runs, %d processors%n", file.getFileName(), rows,
        featurized, runs, warmUp, Runtime.getRuntime().availableProcessors());
    print("import", imports);
    print("featurize", features);
    print("total", totals);
    if (warmUp > 0) {
      // the first is what a fresh `run` pays: no code compiled yet
      System.out.println("warm-up runs, total s: " + warmUpTotals);
    }
  }

  private static void print(String what, double[] seconds) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    System.out.printf(Locale.ROOT, "%-10s median %.3f s, range %.3f - %.3f s%n", what, median,
        sorted[0], sorted[n - 1]);
  }
}
