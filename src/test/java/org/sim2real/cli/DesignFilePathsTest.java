package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.StudyDesign;

class DesignFilePathsTest {
  @TempDir Path dir;

  private static StudyDesign design(String sim, String exp) {
    return StudyDesign.paperProtocolBandgap(sim, exp);
  }

  @Test
  void relativeDataPathsStillPointAtTheSameFilesFromTheSavedDesignsFolder() {
    Path workingDir = dir.resolve("project");
    Path saved = dir.resolve("designs/small/design.json");
    StudyDesign moved = DesignFilePaths.relocate(
        design("data/sim.csv.gz", "exp.csv"), workingDir, saved);
    assertEquals("../../project/data/sim.csv.gz", moved.simulation().path());
    assertEquals("../../project/exp.csv", moved.experimental().path());
    assertEquals(workingDir.resolve("data/sim.csv.gz").normalize(),
        saved.getParent().resolve(moved.simulation().path()).normalize());
  }

  @Test
  void absoluteDataPathsAndATestFileAreKeptOrRelocatedLikeTheOthers() {
    String absolute = dir.resolve("elsewhere/sim.csv").toString();
    StudyDesign withTest = design(absolute, "exp.csv").withDatasets(
        DatasetSpec.of(absolute), DatasetSpec.of("exp.csv"), DatasetSpec.of("test.csv"));
    StudyDesign moved = DesignFilePaths.relocate(withTest, dir, dir.resolve("out/design.json"));
    assertEquals(absolute, moved.simulation().path());
    assertEquals("../test.csv", moved.testSet().path());
  }

  @Test
  void aDesignSavedNextToItsDataKeepsPlainFileNames() {
    StudyDesign moved = DesignFilePaths.relocate(design("sim.csv", "exp.csv"), dir,
        dir.resolve("design.json"));
    assertEquals("sim.csv", moved.simulation().path());
    assertNull(moved.testSet());
  }

  @Test
  void theNamedSourcesAreRelocatedLikeThePrimarySimulation() {
    StudyDesign withSources = design("sim.csv", "exp.csv").withSources(java.util.List.of(
        org.sim2real.core.study.SimulationSource.of("oqmd", "data/oqmd.csv").withCostPerRow(0.05)));
    StudyDesign moved = DesignFilePaths.relocate(withSources, dir, dir.resolve("out/design.json"));
    assertEquals("../data/oqmd.csv", moved.sources().get(0).dataset().path());
    assertEquals(0.05, moved.sources().get(0).costPerRow(), "only the path changes");
  }
}
