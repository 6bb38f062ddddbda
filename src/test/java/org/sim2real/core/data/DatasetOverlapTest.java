package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetOverlapTest {
  @TempDir Path dir;

  private Dataset load(String name, String content) throws Exception {
    return DatasetImporter.importFile(Fixtures.text(dir, name, content), ImportOptions.defaults(),
        RoleOverrides.none()).dataset();
  }

  @Test
  void pairsEachCoveredExperimentWithTheMeanSimulationOfItsKey() throws Exception {
    Dataset sim = load("sim.csv", "formula,gap\nFe2O3,1.0\nFe4O6,2.0\nNaCl,5.0\nSi,0.5\n");
    Dataset exp = load("exp.csv", "formula,gap\nGaAs,1.4\nFe2O3,2.2\nNaCl,8.5\nFe8O12,2.0\n");
    DatasetOverlap o = DatasetOverlap.between(sim, exp);
    assertEquals(2, o.sharedKeys()); // Fe0.4O0.6 and Cl0.5Na0.5
    assertEquals(3, o.experimentRowsCovered());
    assertEquals("Fe0.4O0.6", o.key(0));
    assertEquals(1.5, o.simulationMean(0), 1e-12);
    assertEquals(2, o.simulationCount(0));
    assertEquals(2.2, o.experimentTarget(0), 0);
    assertEquals(3, o.experimentLine(0));
    assertEquals(5.0, o.simulationMean(1), 0);
    // |1.5-2.2| + |5-8.5| + |1.5-2.0| = 0.7 + 3.5 + 0.5
    assertEquals(4.7 / 3, o.rawMae(), 1e-12);
    assertEquals((-0.7 - 3.5 - 0.5) / 3, o.meanSignedDifference(), 1e-12);
  }

  @Test
  void disjointDatasetsHaveNoPairsAndNoMae() throws Exception {
    Dataset sim = load("sim.csv", "formula,gap\nFe2O3,1.0\n");
    Dataset exp = load("exp.csv", "formula,gap\nNaCl,8.5\n");
    DatasetOverlap o = DatasetOverlap.between(sim, exp);
    assertEquals(0, o.sharedKeys());
    assertTrue(Double.isNaN(o.rawMae()));
  }
}
