package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real band-gap pair of the reference study (src/site/BENCHMARK.md, "The study"):
 * sim_mp_gap.csv and exp_gap.csv in the shared data folder (../shared/data/bandgap by default).
 * Skipped when the shared folder is absent. The expected counts are those of the matbench files
 * the pair was copied from.
 */
class BandGapDataIntegrationTest {
  private static Path sim;
  private static Path exp;

  @BeforeAll
  static void locate() {
    String shared = System.getProperty("sim2real.shared.dir");
    assumeTrue(shared != null, "sim2real.shared.dir not set");
    Path dir = Path.of(shared, "data", "bandgap");
    sim = dir.resolve("sim_mp_gap.csv");
    exp = dir.resolve("exp_gap.csv");
    assumeTrue(Files.isReadable(sim) && Files.isReadable(exp), "band-gap data not present");
  }

  private static ImportResult load(Path file) {
    return DatasetImporter.importFile(file, ImportOptions.defaults(), RoleOverrides.none());
  }

  private static int distinctKeys(Dataset d) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < d.size(); i++) {
      keys.add(d.key(i));
    }
    return keys.size();
  }

  @Test
  void everyRowOfBothFilesIsUsableWithTheDocumentedRoles() {
    ImportResult s = load(sim);
    ImportResult e = load(exp);
    assertEquals(106_113, s.report().rowsRead());
    assertEquals(106_113, s.dataset().size());
    assertEquals(0, s.report().rejectedRows());
    assertEquals(4_604, e.report().rowsRead());
    assertEquals(4_604, e.dataset().size());
    assertEquals(0, e.report().rejectedRows());
    ColumnRoles expected = ColumnRoles.of(RepresentationKind.FORMULA, "formula", "band_gap_eV");
    assertEquals(expected, s.roles().roles());
    assertEquals(expected, e.roles().roles());
    assertEquals(78_164, distinctKeys(s.dataset()));
    assertEquals(4_601, distinctKeys(e.dataset()));
    assertEquals(46_151, countZeros(s.dataset()));
    assertEquals(2_450, countZeros(e.dataset()));
  }

  @Test
  void overlapByNormalizedCompositionMatchesSourceMd() {
    DatasetOverlap o = DatasetOverlap.between(load(sim).dataset(), load(exp).dataset());
    assertEquals(3_372, o.sharedKeys());
    assertEquals(3_374, o.experimentRowsCovered());
    // "of those with an experimental gap > 0: 1,191" counts compositions; In1.5Cu0.5Se2.5 and
    // In3CuSe5 are one composition with two non-zero gaps, hence 1,192 rows
    Set<String> nonMetalKeys = new HashSet<>();
    int nonMetalRows = 0;
    for (int i = 0; i < o.experimentRowsCovered(); i++) {
      if (o.experimentTarget(i) > 0) {
        nonMetalKeys.add(o.key(i));
        nonMetalRows++;
      }
    }
    assertEquals(1_191, nonMetalKeys.size());
    assertEquals(1_192, nonMetalRows);
  }

  @Test
  void meanPolicyLeavesOneRowPerComposition() {
    ImportResult s = DatasetImporter.importFile(sim,
        ImportOptions.defaults().withDuplicates(DuplicatePolicy.MEAN), RoleOverrides.none());
    assertEquals(78_164, s.dataset().size());
    assertEquals(106_113, s.report().usableRows());
  }

  private static int countZeros(Dataset d) {
    int zeros = 0;
    for (double t : d.targets()) {
      zeros += t == 0 ? 1 : 0;
    }
    return zeros;
  }
}
