package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.app.Launcher;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.testing.ChildJvm;

/**
 * {@code java -jar ... run} starts a second JVM for the Vector API (app.Launcher). Whatever
 * signal reaches the first, the second must not outlive it: SIGTERM and SIGINT are passed on and
 * the run stops cleanly, and after a SIGKILL of the first the second notices and stops the same
 * way, so no orphan keeps training and holding the results folder's lock. Each test starts the
 * launcher like a user's plain {@code java} (without the module), waits until the relaunched run
 * trains, signals the launcher only, and checks that the run is gone, stopped cleanly and left a
 * folder that a new run can open and finish.
 */
class RelaunchedRunSignalTest {
  /** Six repetitions of 3 sizes x 2 transfer strategies x 2 m, plus a scratch cell per m. */
  private static final int CELLS = 6 * (3 * 2 * 2 + 2);

  @TempDir Path dir;

  /** Long enough (a few seconds of cells) that the signal always reaches a run in progress. */
  private static StudyDesign design() {
    MlpSettings base = new MlpSettings(List.of(12, 6), Activation.RELU, 1e-2, 32,
        TrainingLength.epochs(40), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(
        base.withLength(TrainingLength.stepBudget(40, 200, 400)), base.withLearningRate(3e-3),
        base, base);
    return SyntheticStudyFiles.design().withModel(model)
        .withSizes(List.of(40, 80, 160))
        .withExperimentalSizes(List.of(20, 60))
        .withRepetitions(6);
  }

  @BeforeEach
  void writeStudy() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    DesignJson.write(design(), dir.resolve("design.json"));
  }

  private List<String> runArgs(Path out) {
    return List.of("run", dir.resolve("design.json").toString(), "--out", out.toString(),
        "--threads", "1");
  }

  /** Waits until the relaunched run has finished a cell and returns that second JVM. */
  private ProcessHandle startedRun(ChildJvm launcher) throws Exception {
    assertTrue(launcher.awaitMarker(120, TimeUnit.SECONDS), launcher.output());
    List<ProcessHandle> children = launcher.handle().children().toList();
    assertEquals(1, children.size(), "the launcher started one JVM: " + launcher.output());
    ProcessHandle run = children.get(0);
    // ProcessHandle.Info leaves out the arguments of a long command line; /proc has them all
    String command = new String(Files.readAllBytes(Path.of("/proc", Long.toString(run.pid()),
        "cmdline")), StandardCharsets.UTF_8);
    assertTrue(command.contains("--add-modules=jdk.incubator.vector"), command);
    return run;
  }

  private static void assertEnds(ProcessHandle process, ChildJvm launcher) throws Exception {
    try {
      process.onExit().get(90, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("the relaunched run outlived its launcher:\n" + launcher.output());
    }
  }

  /** The folder is free (no lock held) and its ledger holds whole lines only. */
  private static Map<String, CellResult> assertCleanlyStopped(Path out) {
    RunLedger.Contents contents = RunLedger.read(out.resolve(RunLedger.FILE_NAME));
    assertEquals(List.of(), contents.warnings(), "a clean stop leaves no torn line");
    try (RunLedger reopened = RunLedger.open(out, contents.designHash())) {
      Map<String, CellResult> cells = new TreeMap<>();
      reopened.results().forEach(r -> cells.put(r.cellId(), r));
      return cells;
    }
  }

  private void assertSignalStopsBothCleanly(String signal, int launcherExit) throws Exception {
    Path out = dir.resolve("results-" + signal);
    try (ChildJvm launcher = ChildJvm.startRelaunching(Launcher.class, " MAE ",
        runArgs(out), dir.resolve(signal + ".log"))) {
      ProcessHandle run = startedRun(launcher);
      ChildJvm.signal(launcher.handle(), signal);
      assertEquals(launcherExit, launcher.waitFor(120, TimeUnit.SECONDS), launcher.output());
      assertEnds(run, launcher);
      String output = launcher.completeOutput(30, TimeUnit.SECONDS);
      assertTrue(output.contains("run the same command again to resume"), output);
    }
    assertCleanlyStopped(out);
  }

  @Test
  void sigtermToTheLauncherStopsTheRelaunchedRunCleanly() throws Exception {
    assertSignalStopsBothCleanly("TERM", 128 + 15);
  }

  @Test
  void sigintToTheLauncherStopsTheRelaunchedRunCleanly() throws Exception {
    assertSignalStopsBothCleanly("INT", 128 + 2);
  }

  @Test
  void sigkillOfTheLauncherLeavesNoOrphanAndTheStudyResumes() throws Exception {
    Path out = dir.resolve("results-kill");
    try (ChildJvm launcher = ChildJvm.startRelaunching(Launcher.class, " MAE ",
        runArgs(out), dir.resolve("kill.log"))) {
      ProcessHandle run = startedRun(launcher);
      assertTrue(launcher.kill(), "the launcher was still running");
      assertEnds(run, launcher);
      String output = launcher.completeOutput(30, TimeUnit.SECONDS);
      assertTrue(output.contains("has ended; stopping."), output);
      assertTrue(output.contains("run the same command again to resume"), output);
    }
    int stoppedWith = assertCleanlyStopped(out).size();
    assertTrue(stoppedWith < CELLS, "stopped, not finished: " + stoppedWith);

    try (ChildJvm resume = ChildJvm.start(Launcher.class, "Study:", runArgs(out))) {
      assertTrue(resume.awaitMarker(120, TimeUnit.SECONDS), resume.output());
      assertEquals(0, resume.waitFor(300, TimeUnit.SECONDS), resume.output());
      assertTrue(resume.output().contains(stoppedWith + " already in the ledger (resuming)"),
          resume.output());
    }
    Map<String, CellResult> finished = assertCleanlyStopped(out);
    assertEquals(CELLS, finished.size(), "every cell once");
  }
}
