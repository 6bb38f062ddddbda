package org.sim2real.core.feature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.RoleOverrides;

/**
 * Bytes of heap a simulation row keeps once imported and featurized, per featurizer: element
 * fractions and composition statistics of synthetic formulas, SMILES (fingerprint 1024 +
 * descriptors) of synthetic solutes, and pairs of SMILES ({@link SyntheticPairs}). Heap in use
 * after full collections, with the imported table and the feature matrix held, minus before,
 * divided by the rows; also the import and featurization times (2 threads).
 *
 * <p>{@code java --add-modules jdk.incubator.vector -Xmx4g -cp target/benchmarks.jar
 * org.sim2real.core.feature.HeapPerRow [ROWS]} (default 50,000 rows).
 */
public final class HeapPerRow {
  private HeapPerRow() {}

  record Kind(String name, String header, FeaturizerSpec spec) {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0].replace(",", "")) : 50_000;
    Path dir = Files.createTempDirectory("heap-per-row");
    Path formulas = dir.resolve("formulas.csv");
    StringBuilder sb = new StringBuilder("formula,band_gap_eV\n");
    String[] generated = SyntheticFormulas.generate(rows, 42);
    for (int i = 0; i < rows; i++) {
      sb.append(generated[i]).append(',').append(i % 97 / 10.0).append('\n');
    }
    Files.writeString(formulas, sb);
    Path pairs = dir.resolve("pairs.csv");
    SyntheticPairs.write(pairs, rows, 7);
    Path smiles = dir.resolve("smiles.csv");
    List<String> lines = Files.readAllLines(pairs);
    StringBuilder s = new StringBuilder("smiles,log_gamma\n");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      s.append(f[1]).append(',').append(f[2]).append('\n');
    }
    Files.writeString(smiles, s);

    System.out.printf(Locale.ROOT, "%,d rows each; heap kept per row after import and"
        + " featurization (2 threads)%n", rows);
    System.out.printf(Locale.ROOT, "%-22s %8s %12s %12s %12s %10s %10s%n", "featurizer", "columns",
        "import B/row", "matrix B/row", "total B/row", "import s", "features s");
    measure("element fractions", formulas, FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS));
    measure("composition stats", formulas, FeaturizerSpec.of(FeaturizerSpec.Kind.COMPOSITION_STATS));
    measure("SMILES", smiles, FeaturizerSpec.of(FeaturizerSpec.Kind.SMILES));
    measure("pair of SMILES", pairs, FeaturizerSpec.pair(FeaturizerSpec.Kind.SMILES, "solvent",
        FeaturizerSpec.Kind.SMILES, "solute"));
  }

  private static void measure(String name, Path file, FeaturizerSpec spec) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = used(memory);
    long t0 = System.nanoTime();
    ImportResult imported = DatasetImporter.importFile(file, ImportOptions.defaults(),
        RoleOverrides.none());
    long t1 = System.nanoTime();
    long afterImport = used(memory);
    Featurizer featurizer = spec.create();
    var dataset = imported.dataset();
    FeaturizationResult features = FeatureMatrices.featurize(dataset.size(),
        dataset::representation, featurizer, 2);
    long t2 = System.nanoTime();
    long afterFeatures = used(memory);
    int rows = dataset.size();
    System.out.printf(Locale.ROOT, "%-22s %8d %12.0f %12.0f %12.0f %10.2f %10.2f%s%n", name,
        featurizer.dimension(), (afterImport - before) / (double) rows,
        (afterFeatures - afterImport) / (double) rows, (afterFeatures - before) / (double) rows,
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, features.failures().isEmpty() ? ""
            : "  (" + features.failures().size() + " rows not featurized)");
    // keep both alive until measured
    if (imported.report().rowsRead() < 0 || features.matrix().rows() < 0) {
      throw new AssertionError();
    }
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
