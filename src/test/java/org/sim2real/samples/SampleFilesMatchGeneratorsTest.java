package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.TextFiles;
import org.sim2real.core.project.OpenedProject;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyDesign;

/**
 * The committed sample data is exactly what the generators and the builder produce: regenerated
 * into a temporary folder, every data file has the same text (compared after decompression, since
 * deflate output may differ between JDKs), every design and project says the same.
 */
class SampleFilesMatchGeneratorsTest {
  private static final Path SAMPLES = SampleFolder.repositorySamples();
  @TempDir Path fresh;

  @Test
  void syntheticAndPolymerFilesAreWhatTheirSeededGeneratorsWrite() throws IOException {
    SampleDataBuilder.writeSyntheticData(fresh);
    SampleDataBuilder.writePolymerData(fresh);
    assertSameText(List.of("synthetic/simulation.csv.gz", "synthetic/experiments.csv",
        "synthetic/test-set.csv", "polymer/simulation.csv", "polymer/experiments.csv"));
  }

  @Test
  void theBandGapFilesAreWhatTheBuilderWrites() throws IOException {
    Path shared = SampleFolder.sharedBandgap();
    assumeTrue(Files.isRegularFile(shared.resolve("sim_mp_gap.csv")), "shared band-gap data absent");
    SampleDataBuilder.writeBandgapData(fresh, shared);
    assertSameText(List.of("bandgap/" + SampleDataBuilder.BANDGAP_SIMULATION,
        "bandgap/" + SampleDataBuilder.BANDGAP_EXPERIMENTS));
  }

  @Test
  void theThreeSourceDemosSubsetsAreWhatTheBuilderDrawsFromTheSharedFiles() throws IOException {
    Path shared = SampleFolder.sharedBandgap();
    assumeTrue(Files.isRegularFile(shared.resolve("sim_oqmd_gap.csv")),
        "shared band-gap data absent");
    SourcesDemoBuilder.writeData(fresh, shared);
    List<String> files = new java.util.ArrayList<>();
    for (SourcesDemoBuilder.Database database : SourcesDemoBuilder.DATABASES) {
      files.add(SourcesDemoBuilder.DEMO + "/" + database.sampleFile());
      List<String> subset = TextFiles.read(fresh.resolve(SourcesDemoBuilder.DEMO)
          .resolve(database.sampleFile())).lines().toList();
      assertEquals(SourcesDemoBuilder.ROWS + 1, subset.size(), database.name());
      java.util.Set<String> all = new java.util.HashSet<>(
          Files.readAllLines(shared.resolve(database.sharedFile())));
      assertTrue(all.containsAll(subset), database.name() + ": every row is a row of the"
          + " shared file, unchanged");
    }
    files.add(SourcesDemoBuilder.DEMO + "/" + SourcesDemoBuilder.EXPERIMENTS);
    assertSameText(files);
  }

  private void assertSameText(List<String> files) throws IOException {
    for (String file : files) {
      assertEquals(textHash(fresh.resolve(file)), textHash(SAMPLES.resolve(file)), file
          + " differs from what the generator writes: regenerate (see sample-data/README.md)");
    }
  }

  @Test
  void theBandGapDataAreEveryRowOfTheSharedFilesUnchanged() throws IOException {
    Path shared = SampleFolder.sharedBandgap();
    assumeTrue(Files.isRegularFile(shared.resolve("sim_mp_gap.csv")), "shared band-gap data absent");
    String simulation = TextFiles.read(
        SAMPLES.resolve("bandgap").resolve(SampleDataBuilder.BANDGAP_SIMULATION));
    assertEquals(Sha256.ofFile(shared.resolve("sim_mp_gap.csv")),
        Sha256.ofBytes(simulation.getBytes(StandardCharsets.UTF_8)),
        "all DFT rows, unchanged (only compressed)");
    assertEquals(SampleDataBuilder.BANDGAP_SIMULATION_ROWS + 1, simulation.lines().count());
    assertEquals(Sha256.ofFile(shared.resolve("exp_gap.csv")),
        Sha256.ofFile(SAMPLES.resolve("bandgap").resolve(SampleDataBuilder.BANDGAP_EXPERIMENTS)),
        "all experimental rows, unchanged");
  }

  /** Without the shared folder: the shipped DFT file still has every row (and only the data). */
  @Test
  void theShippedBandGapSimulationHasAllRowsOfMaterialsProjectGaps() throws IOException {
    List<String> lines = TextFiles.read(
        SAMPLES.resolve("bandgap").resolve(SampleDataBuilder.BANDGAP_SIMULATION)).lines().toList();
    assertEquals("formula,band_gap_eV", lines.get(0));
    assertEquals(SampleDataBuilder.BANDGAP_SIMULATION_ROWS, lines.size() - 1);
    try (var files = Files.list(SAMPLES.resolve("bandgap"))) {
      assertEquals(List.of(SampleDataBuilder.BANDGAP_SIMULATION), files
          .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sim_")).toList(),
          "one DFT file, no left-over subset");
    }
  }

  @Test
  void designFilesAreTheBuildersDesigns() {
    assertEquals(SampleDataBuilder.bandgapDesign(),
        DesignJson.read(SAMPLES.resolve("bandgap/design.json")));
    assertEquals(SampleDataBuilder.syntheticDesign(),
        DesignJson.read(SAMPLES.resolve("synthetic/design.json")));
    assertEquals(SampleDataBuilder.syntheticReferenceDesign(),
        DesignJson.read(SAMPLES.resolve("synthetic/reference-design.json")));
    assertEquals(SampleDataBuilder.polymerDesign(),
        DesignJson.read(SAMPLES.resolve("polymer/design.json")));
    assertEquals(SourcesDemoBuilder.design(),
        DesignJson.read(SAMPLES.resolve("sources/design.json")));
  }

  @Test
  void projectsOpenWithTheirDataInPlaceAndCarryTheirDesign() {
    for (String demo : List.of(SampleDataBuilder.BANDGAP, SampleDataBuilder.SYNTHETIC,
        SampleDataBuilder.POLYMER, SourcesDemoBuilder.DEMO)) {
      Path file = SampleDataBuilder.projectFile(SAMPLES, demo);
      OpenedProject opened = new ProjectStore().open(file);
      assertTrue(opened.dataFileProblems().isEmpty(), demo + ": " + opened.dataFileProblems());
      StudyDesign design = DesignJson.fromTree(opened.project().studyDesign(), file);
      assertEquals(DesignJson.read(SampleDataBuilder.demo(SAMPLES, demo).resolve("design.json")),
          design, demo);
      assertEquals("results", opened.project().resultsDirectory());
      assertEquals(SAMPLES.resolve(demo).resolve(design.simulation().path()).toAbsolutePath()
          .normalize().toString(), opened.project().simulationData().path());
      String stored = readString(file);
      assertTrue(stored.contains("\"path\" : \"" + design.simulation().path() + "\""),
          "data paths are stored relative to the project");
      var sources = opened.project().simulationSources();
      assertEquals(design.sources().size(), sources.size(), demo);
      for (int i = 0; i < sources.size(); i++) {
        var source = design.sources().get(i);
        assertEquals(source.name(), sources.get(i).name());
        assertEquals(source.costPerRow(), sources.get(i).costPerRow());
        assertEquals(SAMPLES.resolve(demo).resolve(source.dataset().path()).toAbsolutePath()
            .normalize().toString(), sources.get(i).dataset().path());
        assertTrue(stored.contains("\"path\" : \"" + source.dataset().path() + "\""),
            "a source's path is stored relative to the project");
      }
    }
  }

  @Test
  void roleDetectionFindsTheRolesTheDesignsName() {
    for (String demo : List.of(SampleDataBuilder.BANDGAP, SampleDataBuilder.SYNTHETIC,
        SampleDataBuilder.POLYMER, SourcesDemoBuilder.DEMO)) {
      StudyDesign design = DesignJson.read(SampleDataBuilder.demo(SAMPLES, demo).resolve("design.json"));
      List<DatasetSpec> specs = new java.util.ArrayList<>(List.of(design.simulation(),
          design.experimental()));
      design.sources().forEach(source -> specs.add(source.dataset()));
      for (DatasetSpec spec : specs) {
        Path file = SampleDataBuilder.demo(SAMPLES, demo).resolve(spec.path());
        assertEquals(spec.roles(), DatasetImporter.importFile(file, ImportOptions.defaults(),
            RoleOverrides.none()).roles().roles(), file.toString());
      }
    }
  }

  private static String textHash(Path file) throws IOException {
    return Sha256.ofBytes(TextFiles.read(file).getBytes(StandardCharsets.UTF_8));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
