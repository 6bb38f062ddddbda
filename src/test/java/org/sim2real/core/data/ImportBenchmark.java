package org.sim2real.core.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: measures reading + validating a 1,000,000-row two-column CSV made by repeating the
 * band-gap simulation file (timing belongs here, not in tests). Run after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sim2real.core.data.ImportBenchmark ../shared/data/bandgap/sim_mp_gap.csv 5
 * </pre>
 *
 * Writes /tmp/sim2real-bench-1m.csv once (the header plus the first 1,000,000 data lines of the
 * simulation file repeated), then imports it the given number of times in this JVM and prints
 * wall and process CPU time per import; the first import includes JIT warm-up, as a user's does.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/bandgap/sim_mp_gap.csv");
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "sim2real-bench-1m.csv");
    if (!Files.exists(file)) {
      write1m(source, file);
    }
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < repeats; i++) {
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      ImportResult r = DatasetImporter.importFile(file, ImportOptions.defaults(),
          RoleOverrides.none());
      System.out.printf("import %d: %.0f ms wall, %.0f ms CPU; %s%n", i + 1,
          (System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
          r.report().summary());
    }
  }

  private static void write1m(Path source, Path target) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write(lines.get(0));
      w.newLine();
      for (int written = 0, i = 1; written < 1_000_000; written++, i++) {
        if (i == lines.size()) {
          i = 1;
        }
        w.write(lines.get(i));
        w.newLine();
      }
    }
  }
}
