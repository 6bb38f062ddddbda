package org.sim2real.core.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sim2real.core.feature.SyntheticFormulas;

/**
 * The whole import of a 1,000,000-row formula/target CSV (about 20 MB): reading, role detection,
 * validation of every formula and target, duplicate detection. Goal: under two seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class CsvImportBenchmark {
  private static final int ROWS = 1_000_000;

  private Path file;

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("import-benchmark-", ".csv");
    String[] formulas = SyntheticFormulas.generate(ROWS, 7);
    SplittableRandom random = new SplittableRandom(8);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("formula,band_gap\n");
      for (String formula : formulas) {
        out.write(formula);
        out.write(String.format(Locale.ROOT, ",%.4f%n", random.nextDouble() * 6));
      }
    }
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public ImportResult import1MillionRows() {
    ImportResult result = DatasetImporter.importFile(file, ImportOptions.defaults(),
        RoleOverrides.none());
    if (result.dataset().size() != ROWS) {
      throw new IllegalStateException("expected every row to import: " + result.report().summary());
    }
    return result;
  }
}
