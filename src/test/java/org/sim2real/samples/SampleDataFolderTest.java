package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped folder stays small, says where the real data comes from and under which licence. */
class SampleDataFolderTest {
  private static final Path SAMPLES = SampleFolder.repositorySamples();
  static final long MAX_TOTAL_BYTES = 5L * 1024 * 1024;

  @Test
  void allOfSampleDataStaysUnderFiveMegabytes() throws IOException {
    long total;
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      total = files.filter(Files::isRegularFile).mapToLong(SampleDataFolderTest::size).sum();
    }
    assertTrue(total < MAX_TOTAL_BYTES, "sample-data holds " + total + " bytes");
  }

  @Test
  void noPretrainedModelCachesOrBackupsAreShipped() throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      List<Path> unwanted = files.filter(p -> {
        String name = p.getFileName().toString();
        return name.equals("cache") || name.endsWith(".bak") || name.endsWith(".tmp")
            || name.startsWith(".");
      }).toList();
      assertTrue(unwanted.isEmpty(), unwanted.toString());
    }
  }

  @Test
  void theReadmeAttributesTheBandGapDataAndStatesItsLicences() throws IOException {
    String readme = Files.readString(SAMPLES.resolve("README.md"));
    for (String needed : List.of("Materials Project", "CC-BY-4.0", "Jain", "10.1063/1.4812323",
        "Zhuo", "10.1021/acs.jpclett.8b00124", "Dunn", "10.1038/s41524-020-00406-3", "CrabNet",
        "MIT", "457b4d4835737ecbe4dd33e53174bd818bd82143", "OQMD", "Saal",
        "10.1007/s11837-013-0755-4", "AFLOW", "Curtarolo", "10.1016/j.commatsci.2012.02.005")) {
      assertTrue(readme.contains(needed), "README.md must mention " + needed);
    }
    assertTrue(readme.contains("synthetic"), "says which data are synthetic");
  }

  @Test
  void everyDemoHasItsDataDesignProjectAndParameters() {
    for (String demo : List.of(SampleDataBuilder.BANDGAP, SampleDataBuilder.SYNTHETIC,
        SampleDataBuilder.POLYMER, SourcesDemoBuilder.DEMO)) {
      Path folder = SAMPLES.resolve(demo);
      for (String file : List.of("design.json", DemoParameters.FILE, "results/cells.csv",
          demo + "-demo.s2r")) {
        assertTrue(Files.isRegularFile(folder.resolve(file)), folder.resolve(file) + " missing");
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
