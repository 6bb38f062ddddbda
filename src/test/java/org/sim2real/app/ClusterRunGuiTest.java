package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.cli.WorkbenchCommand;
import org.sim2real.core.cluster.ClusterFolder;
import org.sim2real.core.study.RunLedger;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.study.MlpPhase;
import org.sim2real.ui.study.StudyBench;
import org.sim2real.ui.study.StudyFormModel;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Run on a Cluster…" and "Open Merged Results…" of the Run step, headless: a small study is
 * designed and saved, the cluster folder is written (design, scripts, cluster.json with the
 * shards asked for) and the user is told what to copy and run; opening it before the merge says how
 * far the shards are; then the shards run and are merged as the job array and the merge job would
 * (the same commands, here in this JVM), and opening the folder again makes the merged results the
 * project's results: copied next to the project, every cell done, ready for the Scaling step.
 * Background imports run when the test says so; planning and writing run on the gated study
 * threads, which stay open.
 */
class ClusterRunGuiTest extends ApplicationTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final WorkbenchPreferences prefs = new WorkbenchPreferences(new InMemoryPreferences());
  private final QueuedWork work = new QueuedWork();
  private Workbench workbench;

  @Override
  public void start(Stage primary) {
    workbench = Workbench.show(primary, work.services(dialogs, prefs));
  }

  private void await(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.asyncFx(condition).get());
    } catch (TimeoutException e) {
      throw new AssertionError("timed out; note: " + text("#clusterNote") + "; dialogs: "
          + dialogs.errors + " " + dialogs.information, e);
    }
  }

  private String text(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }

  private void type(String field, String value) {
    interact(() -> lookup(field).query().requestFocus());
    clickOn(field);
    push(KeyCode.CONTROL, KeyCode.A);
    write(value);
  }

  private static int command(String... args) {
    StringWriter out = new StringWriter();
    int exit = WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(out, true),
        args);
    assertEquals(0, exit, () -> String.join(" ", args) + ":\n" + out);
    return exit;
  }

  @Test
  void aClusterFolderIsWrittenAndItsMergedResultsBecomeTheProjectsResults() throws IOException {
    Path projectDir = Files.createDirectories(dir.resolve("project"));
    dialogs.filesToOpen.add(StudyBench.copy(StudyBench.SIM, projectDir));
    clickOn("#importSimulation");
    interact(work::runAll);
    dialogs.filesToOpen.add(StudyBench.copy(StudyBench.EXP, projectDir));
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    interact(work::runAll);
    push(KeyCode.CONTROL, KeyCode.DIGIT2);
    type("#hiddenLayers", "8");
    type("#repetitions", "2");
    type("#sizeList", "20, 60");
    StudyFormModel form = workbench.study().form();
    interact(() -> {
      form.mlp().batchSize().textProperty().set("8");
      for (MlpPhase phase : MlpPhase.values()) {
        form.mlp().phase(phase).epochs().textProperty().set("2");
      }
      form.mlp().phase(MlpPhase.PRETRAIN).minSteps().textProperty().set("10");
      form.mlp().phase(MlpPhase.PRETRAIN).maxSteps().textProperty().set("30");
      form.session().threadsProperty().set(1);
    });
    dialogs.filesToSave.add(projectDir.resolve("study.s2r"));
    push(KeyCode.CONTROL, KeyCode.S);
    push(KeyCode.CONTROL, KeyCode.DIGIT3);

    // write the cluster folder: 2 shards
    Path cluster = dir.resolve("on-the-cluster");
    interact(() -> lookup("#clusterShards").queryAs(Spinner.class).getValueFactory().setValue(2));
    dialogs.folders.add(cluster);
    clickOn("#runOnCluster");
    await(() -> text("#clusterNote").startsWith("Cluster folder: "));
    for (String file : List.of("design.json", "cluster.json", "study.sbatch", "merge.sbatch",
        "submit.sh")) {
      assertTrue(Files.isRegularFile(cluster.resolve(file)), file);
    }
    ClusterFolder.Info info = ClusterFolder.read(cluster);
    assertEquals(2, info.shards());
    assertEquals(6, info.cells());
    assertTrue(Files.readString(cluster.resolve("study.sbatch")).contains("#SBATCH --array=1-2"));
    assertEquals(List.of(), dialogs.errors);
    String told = dialogs.information.getLast();
    assertTrue(told.startsWith("Cluster folder written"), told);
    assertTrue(told.contains(projectDir.resolve(StudyBench.SIM).toString()), "the data to copy: " + told);
    assertTrue(told.contains("bash " + cluster.resolve("submit.sh")), "what to run: " + told);
    assertTrue(text("#clusterNote").contains("2 shards of 6 cells"), text("#clusterNote"));

    // before the merge: how far the shards are
    command("run", cluster.resolve("design.json").toString(), "--threads", "1", "--shard",
        "1/2", "--out", ClusterFolder.shardFolder(cluster, 1).toString());
    dialogs.folders.add(cluster);
    clickOn("#openMergedResults");
    await(() -> text("#clusterNote").startsWith("Not merged yet"));
    String notYet = dialogs.information.getLast();
    assertTrue(notYet.contains("of 6 cells are done") && notYet.contains("submit.sh 2"), notYet);
    assertEquals("results", workbench.session().project().resultsDirectory());

    // the second shard and the merge, as the array's task 2 and the merge job run them
    command("run", cluster.resolve("design.json").toString(), "--threads", "1", "--shard",
        "2/2", "--out", ClusterFolder.shardFolder(cluster, 2).toString());
    command("merge", "--expect-shards", "2", ClusterFolder.shardFolder(cluster, 1).toString(),
        ClusterFolder.shardFolder(cluster, 2).toString(), "--out",
        ClusterFolder.results(cluster).toString());
    dialogs.folders.add(ClusterFolder.results(cluster)); // its results folder works too
    clickOn("#openMergedResults");
    await(() -> text("#clusterNote").startsWith("The project's results are the merged"));
    assertEquals(List.of(), dialogs.errors);
    assertTrue(dialogs.information.getLast().contains("copied from"),
        dialogs.information.getLast());
    assertEquals("cluster-results", workbench.session().project().resultsDirectory());
    Path copied = projectDir.resolve("cluster-results");
    assertEquals(6, RunLedger.read(copied.resolve(RunLedger.FILE_NAME)).results().size());
    assertTrue(Files.exists(copied.resolve("cells.csv")));
    assertFalse(Files.exists(copied.resolve("cache")), "the model cache stays behind");
    await(() -> text("#runFolderNote").startsWith("All 6 cells of this design are done"));
    assertFalse(lookup("#runOnCluster").queryAs(Button.class).isDisabled());
  }
}
