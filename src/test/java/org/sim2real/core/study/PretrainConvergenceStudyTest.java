package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.scaling.curve.CellId;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.StudyCells;

/**
 * Every transfer cell records whether its pretraining loss had flattened; cells that share a
 * pretrained model (also one loaded from the cache) carry the same flag, and cells.csv carries it
 * to readers of the results folder.
 */
class PretrainConvergenceStudyTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws IOException {
    SyntheticStudyFiles.write(dir, 400, 90);
  }

  /** The synthetic design with 3,000 pretraining steps: long enough to judge. */
  private StudyPlan plan() {
    StudyDesign fast = SyntheticStudyFiles.design();
    ModelSpec.Mlp mlp = (ModelSpec.Mlp) fast.model();
    ModelSpec.Mlp judged = new ModelSpec.Mlp(mlp.pretrain().withLength(
        TrainingLength.stepBudget(1, 3_000, 3_000)), mlp.fineTune(), mlp.scratch(), mlp.newHead());
    return StudyPlanner.plan(fast.withModel(judged), dir, 1, status -> {});
  }

  private static Map<String, CellResult> ledger(Path out) {
    Map<String, CellResult> byId = new TreeMap<>();
    RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results().forEach(r -> byId.put(r.cellId(), r));
    return byId;
  }

  @Test
  void transferCellsCarryTheFlagOfTheirPretrainedModelAndScratchCellsNone() {
    Path out = dir.resolve("out");
    StudyRunner.run(plan(), out, 2, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    Map<String, CellResult> cells = ledger(out);
    assertEquals(10, cells.size());
    for (CellResult r : cells.values()) {
      if (r.strategy().equals("scratch")) {
        assertNull(r.pretrainConverged(), r.cellId());
      } else {
        assertNotNull(r.pretrainConverged(), r.cellId());
        CellResult sameModel = cells.get(new Cell(r.strategy().equals("finetune") ? "frozen"
            : "finetune", r.n(), r.m(), r.repetition()).id());
        assertEquals(r.pretrainConverged(), sameModel.pretrainConverged(), r.cellId());
        assertEquals(r.pretrainLossImprovement(), sameModel.pretrainLossImprovement());
      }
    }
  }

  @Test
  void cellsThatReuseACachedModelCarryTheSameFlag() throws IOException {
    Path out = dir.resolve("out");
    StudyRunner.run(plan(), out, 2, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    Map<String, CellResult> first = ledger(out);
    Path ledgerFile = out.resolve(RunLedger.FILE_NAME);
    Files.write(ledgerFile, Files.readAllLines(ledgerFile).subList(0, 1)); // every cell again
    List<String> messages = Collections.synchronizedList(new ArrayList<>());
    StudyRunner.run(plan(), out, 2, ShardSpec.ALL, new RunControl(), new ProgressListener() {
      @Override public void message(String text) { messages.add(text); }
    });
    assertEquals(4, messages.stream().filter(m -> m.endsWith("loaded from the cache")).count(),
        messages.toString());
    Map<String, CellResult> again = ledger(out);
    assertEquals(first.keySet(), again.keySet());
    for (CellResult r : again.values()) {
      assertEquals(first.get(r.cellId()).pretrainConverged(), r.pretrainConverged(), r.cellId());
      assertEquals(first.get(r.cellId()).pretrainLossImprovement(), r.pretrainLossImprovement());
    }
  }

  @Test
  void cellsCsvCarriesTheFlagsToReadersOfTheResultsFolder() throws IOException {
    Path out = dir.resolve("out");
    StudyRunner.run(plan(), out, 2, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    assertEquals("cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,"
        + "finetune_seconds,pretrain_converged,pretrain_loss_improvement",
        Files.readAllLines(out.resolve(ResultTables.CELLS)).get(0));
    StudyCells table = StudyCells.read(out);
    assertTrue(table.recordsConvergence());
    for (CellResult r : ledger(out).values()) {
      StudyCells.Cell cell = table.cell(r.strategy(), r.m(), r.n(), r.repetition()).orElseThrow();
      assertEquals(CellId.parse(r.cellId()).orElseThrow(), cell.id());
      assertEquals(r.pretrainConverged(), cell.pretrainConverged(), r.cellId());
      if (r.pretrainLossImprovement() != null) {
        assertEquals(r.pretrainLossImprovement(), cell.pretrainLossImprovement(),
            1e-5 * Math.abs(r.pretrainLossImprovement()), "six significant digits");
      }
    }
    assertEquals(10, LearningCurveReader.read(out, null).observations().size());
  }
}
