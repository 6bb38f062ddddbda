package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.ui.study.StudyBench;

/** Run on a Cluster refuses an adaptive study, whose waves need each other's results. */
class ClusterRunAdaptiveTest {
  @TempDir Path dir;

  @Test
  void anAdaptiveStudyIsNotWrittenAsAClusterFolderAndTheNoteSaysWhy() throws IOException {
    StudyBench bench = new StudyBench().withData(dir);
    bench.design.edit("ask", "test", bench.design.design()
        .withAdaptive(AdaptiveSettings.floor(0.02)));
    ClusterRunModel cluster = new ClusterRunModel(bench.design, bench.plans, bench.dialogs,
        () -> true, Runnable::run, Runnable::run, (settings, inputs, rows, columns) -> 1000,
        System::nanoTime);
    Path folder = Files.createDirectories(dir.resolve("cluster"));
    bench.dialogs.folders.add(folder);

    cluster.writeFolder();

    assertTrue(cluster.noteProperty().get().startsWith("An adaptive study runs in waves that"
        + " each need the results of the one before"), cluster.noteProperty().get());
    assertEquals(1, bench.dialogs.folders.size(), "no folder was asked for");
    assertFalse(Files.exists(folder.resolve("submit.sh")));
  }
}
