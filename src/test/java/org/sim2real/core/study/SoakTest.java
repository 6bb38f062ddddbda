package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.scaling.curve.LearningCurveReader;

/**
 * A long study of cheap cells: it must finish with every cell in the ledger and memory that
 * stays flat (the heap left after a full collection does not grow with the number of cells
 * done). By default 25 repetitions: 5,125 cells and 500 pretrained models (about 20 s);
 * {@code -Dsim2real.soak=true} (the "long" profile) runs 100: 20,500 cells, 2,000 models.
 */
class SoakTest {
  private static final boolean FULL = Boolean.getBoolean("sim2real.soak");

  @TempDir Path dir;

  private static StudyDesign design(int repetitions) {
    MlpSettings tiny = new MlpSettings(List.of(4), Activation.RELU, 1e-2, 16,
        TrainingLength.stepBudget(1, 4, 8), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(tiny, tiny, tiny, tiny);
    List<Integer> sizes = IntStream.rangeClosed(1, 20).map(i -> 10 * i).boxed().toList();
    return StudyDesign.defaults("sim.csv", "exp.csv",
            FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS), model,
            List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES))
        .withSizes(sizes)
        .withExperimentalSizes(List.of(8, 16, 24, 32, 40))
        .withRepetitions(repetitions)
        .withSeed(11);
  }

  @Test
  void thousandsOfCellsFinishWithFlatMemory() throws Exception {
    SyntheticStudyFiles.write(dir, 300, 60);
    int repetitions = FULL ? 100 : 25;
    StudyPlan plan = StudyPlanner.plan(design(repetitions), dir, 1, s -> {});
    int cells = plan.cells().size();
    assertEquals(repetitions * (20 * 5 * 2 + 5), cells);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakUsed = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    List<long[]> retained = Collections.synchronizedList(new ArrayList<>()); // {cells, bytes}
    int checkpoint = Math.max(50, cells / 10);
    ProgressListener sampler = new ProgressListener() {
      @Override
      public void cellFinished(CellResult result, Progress progress) {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        int n = done.incrementAndGet();
        if (n % checkpoint == 0) {
          retained.add(new long[] {n, retainedHeap(memory)});
        }
      }
    };
    long start = System.nanoTime();
    StudyOutcome outcome = StudyRunner.run(plan, dir.resolve("out"), 2, ShardSpec.ALL,
        new RunControl(), sampler);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    RunLedger.Contents ledger = RunLedger.read(dir.resolve("out").resolve(RunLedger.FILE_NAME));
    assertEquals(cells, ledger.results().size());
    assertEquals(List.of(), ledger.warnings());
    assertEquals(cells, LearningCurveReader.read(dir.resolve("out"), null).observations().size());
    assertTrue(retained.size() >= 5, "checkpoints: " + retained.size());
    long first = retained.get(1)[1]; // after warm-up
    long last = retained.get(retained.size() - 1)[1];
    long ledgerBytes = Files.size(dir.resolve("out").resolve(RunLedger.FILE_NAME));
    StringBuilder curve = new StringBuilder();
    for (long[] point : retained) {
      curve.append(String.format(Locale.ROOT, " %d:%.1f", point[0], point[1] / 1e6));
    }
    System.out.printf(Locale.ROOT, "SoakTest: %d cells (%d pretrained models) in %.1f s, %.1f"
        + " cells/s; peak heap used %.1f MB (max %.0f MB); heap after full GC by cells done [MB]:"
        + "%s; ledger %.2f MB (%d bytes per cell)%n", cells, 20 * repetitions, seconds,
        cells / seconds, peakUsed.get() / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6, curve,
        ledgerBytes / 1e6, ledgerBytes / cells);
    // flat: what stays after a full collection grows by less than 32 MB from the second
    // checkpoint to the last (the ledger's in-memory records are ~1 KB per cell)
    assertTrue(last - first < 32_000_000L + 1_000L * cells, "retained heap grew from "
        + first / 1e6 + " MB to " + last / 1e6 + " MB");
  }

  /** Heap in use right after a full collection: what the run really holds on to. */
  private static long retainedHeap(MemoryMXBean memory) {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
