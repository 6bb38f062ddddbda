package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.DesignJson;
import org.sim2real.ui.study.StudyBench;

/**
 * Run on a Cluster writes an adaptive study's folder as the {@code slurm} command does: shards
 * that run its waves together, resources as upper bounds, and says that every shard must run at
 * the same time.
 */
class ClusterRunAdaptiveTest {
  @TempDir Path dir;

  @Test
  void anAdaptiveStudyIsWrittenAsShardsThatRunItsWavesTogether() throws IOException {
    StudyBench bench = new StudyBench().withData(dir);
    bench.design.edit("ask", "test", bench.design.design()
        .withAdaptive(AdaptiveSettings.floor(0.02)));
    ClusterRunModel cluster = new ClusterRunModel(bench.design, bench.plans, bench.dialogs,
        () -> true, Runnable::run, Runnable::run, (settings, inputs, rows, columns) -> 1000,
        System::nanoTime);
    cluster.shardsProperty().set(2);
    Path folder = Files.createDirectories(dir.resolve("cluster"));
    bench.dialogs.folders.add(folder);

    cluster.writeFolder();

    assertEquals(List.of(), bench.dialogs.errors);
    ClusterFolder.Info info = ClusterFolder.read(folder);
    assertTrue(info.adaptiveStudy(), "cluster.json records the question: " + info);
    assertEquals(2, info.shards());
    assertTrue(DesignJson.read(folder.resolve("design.json")).adaptive() != null,
        "the shards run the adaptive design");
    String study = Files.readString(folder.resolve("study.sbatch"));
    assertTrue(study.contains("--shard-folders shards/shard-{1..2} &"), study);
    assertTrue(cluster.noteProperty().get().contains("2 shards of an adaptive study of at most ")
        && cluster.noteProperty().get().contains("all shards running at once"),
        cluster.noteProperty().get());
    assertEquals(1, bench.dialogs.information.size());
    String shown = bench.dialogs.information.getFirst();
    assertTrue(shown.contains("An adaptive study (floor") && shown.contains("as a job array of 2"
        + " shards that run its waves together") && shown.contains("(upper bounds: ")
        && shown.contains("All the shards must run at the same time")
        && shown.contains("('submit.sh' runs all the shards again)"), shown);
  }
}
