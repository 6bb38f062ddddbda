package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;

/**
 * The synthetic pair does what it is for, in a small fast configuration: pretraining on more of
 * the biased simulation lowers the error on the experiments, below training on experiments alone,
 * and no model gets below the noise floor.
 */
class SyntheticTransferStudyTest {
  @TempDir Path dir;

  @Test
  void moreSimulationLowersTheTransferErrorBelowScratchButNotBelowTheNoiseFloor() {
    SyntheticTransferSpec spec = SyntheticTransferSpec.sample().withRows(4_000, 300, 1_000);
    SyntheticTransferData.write(SyntheticTransferData.generate(spec), dir.resolve("sim.csv.gz"),
        dir.resolve("exp.csv"), dir.resolve("test.csv"));
    ColumnRoles roles = new ColumnRoles(SyntheticTransferData.DESCRIPTOR_COLUMNS.stream()
        .map(c -> new RepresentationColumn(c, RepresentationKind.DESCRIPTORS)).toList(),
        SyntheticTransferData.TARGET_COLUMN, null, null);
    MlpSettings base = new MlpSettings(List.of(64, 32), Activation.RELU, 1e-3, 64,
        TrainingLength.epochs(100), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(
        base.withLength(TrainingLength.stepBudget(50, 500, 2_500)), base.withLearningRate(3e-4),
        base, base);
    StudyDesign design = new StudyDesign(StudyDesign.SCHEMA_VERSION, "small synthetic",
        DatasetSpec.of("sim.csv.gz").withRoles(roles), DatasetSpec.of("exp.csv").withRoles(roles),
        DatasetSpec.of("test.csv").withRoles(roles),
        FeaturizerSpec.descriptors(SyntheticTransferData.DESCRIPTOR_COLUMNS), true, true, model,
        List.of(TransferStrategy.FINE_TUNE), List.of(100, 4_000), List.of(), 1, 0.2, 3, null,
        null);
    StudyPlan plan = StudyPlanner.plan(design, dir, 2, s -> {});
    StudyOutcome outcome = StudyRunner.run(plan, dir.resolve("out"), 2, ShardSpec.ALL,
        new RunControl(), ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    Map<String, Double> mae = new TreeMap<>();
    for (CellResult r : RunLedger.read(dir.resolve("out").resolve(RunLedger.FILE_NAME)).results()) {
      mae.put(r.strategy() + "/" + r.n(), r.mae());
    }
    double small = mae.get("finetune/100");
    double large = mae.get("finetune/4000");
    double scratch = mae.get("scratch/0");
    assertTrue(large < small && large < scratch, mae.toString());
    for (double v : mae.values()) {
      assertTrue(v > spec.noiseFloorMae(), "nothing beats the noise floor: " + mae);
    }
  }
}
