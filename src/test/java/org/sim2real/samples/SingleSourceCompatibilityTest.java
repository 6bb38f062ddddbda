package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sim2real.core.study.Cell;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.Seeds;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.StudyRunner;

/**
 * A study of one simulation source is what it was before designs could name several
 * (issue 17): the shipped synthetic results, written by the workbench before sources existed,
 * still belong to their design.
 */
class SingleSourceCompatibilityTest {
  @Test
  void aShippedSingleSourceStudyHashesWritesAndEnumeratesItsCellsAsBefore() throws Exception {
    Path results = SampleFolder.repositorySamples().resolve("synthetic").resolve("results");
    Path designFile = results.resolve(StudyRunner.DESIGN_FILE);
    StudyPlan plan = StudyPlanner.plan(DesignJson.read(designFile), results.getParent(), 2,
        s -> {});
    RunLedger.Contents contents = RunLedger.read(results.resolve(RunLedger.FILE_NAME));
    assertEquals(contents.designHash(), plan.designHash(), "the hash the ledger was written with");
    assertEquals(Files.readString(designFile), DesignJson.write(plan.design()) + "\n",
        "design.json is written byte for byte as before");
    assertFalse(DesignJson.write(plan.design()).contains("sources"));
    Set<String> ids = new TreeSet<>();
    contents.results().forEach(r -> ids.add(r.cellId()));
    assertEquals(ids, new TreeSet<>(plan.cells().stream().map(Cell::id).toList()));
    for (CellResult r : contents.results()) {
      assertEquals(Seeds.derive(plan.design().seed(), "adapt:" + r.strategy(), r.n(), r.m(),
          r.repetition()), r.seed(), r.cellId() + ": the seed of every cell is unchanged");
    }
  }

}
