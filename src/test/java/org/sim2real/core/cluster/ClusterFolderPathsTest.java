package org.sim2real.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;

class ClusterFolderPathsTest {
  @TempDir Path dir;

  @Test
  void theJobsFindEveryDataFileTheNamedSourcesIncluded() {
    StudyDesign design = StudyDesign.paperProtocolBandgap("sim.csv", "exp.csv")
        .withSources(List.of(SimulationSource.of("oqmd", "data/oqmd.csv").withCostPerRow(0.05)));
    StudyDesign moved = ClusterFolder.withAbsoluteDataPaths(design, dir);
    assertEquals(dir.resolve("sim.csv").toString(), moved.simulation().path());
    assertEquals(dir.resolve("data/oqmd.csv").toString(), moved.sources().get(0).dataset().path());
    assertEquals(0.05, moved.sources().get(0).costPerRow());
  }
}
