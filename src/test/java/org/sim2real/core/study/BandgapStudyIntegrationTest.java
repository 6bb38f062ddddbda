package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A miniature of the paper's band-gap study on the real data (skips without ../shared): the
 * reference protocol with two sizes and one repetition, shortened pretraining cap.
 */
class BandgapStudyIntegrationTest {
  @TempDir Path out;

  @Test
  void paperPresetRunsOnTheRealBandGapPair() {
    Path data = Path.of(System.getProperty("sim2real.shared.dir", "../shared"), "data", "bandgap");
    assumeTrue(Files.isRegularFile(data.resolve("sim_mp_gap.csv")), "shared band-gap data absent");
    StudyDesign design = StudyDesign.paperProtocolBandgap("sim_mp_gap.csv", "exp_gap.csv")
        .withSizes(List.of(300, 3000)).withRepetitions(1);
    StudyPlan plan = StudyPlanner.plan(design, data, 2, s -> {});
    assertEquals(106_113, plan.simulation().rows());
    assertEquals(921, plan.splits().testRows().length);
    assertEquals(List.of(3683), plan.design().experimentalSizes());
    StudyOutcome outcome = StudyRunner.run(plan, out, 2, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    Map<String, Double> mae = new TreeMap<>();
    for (CellResult r : RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results()) {
      mae.put(r.cellId(), r.mae());
    }
    assertEquals(3, mae.size());
    double scratch = mae.get("scratch/n=0/m=3683/r=0");
    // the reference measures 0.516 +- 0.011 eV for scratch; predicting the mean gives 1.117 eV
    assertTrue(scratch > 0.45 && scratch < 0.62, "scratch MAE " + scratch);
    for (double v : mae.values()) {
      assertTrue(v < 0.7, "every model is far better than predicting the mean: " + mae);
    }
  }
}
