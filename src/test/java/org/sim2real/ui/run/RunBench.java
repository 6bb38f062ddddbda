package org.sim2real.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.sim2real.ui.study.MlpPhase;
import org.sim2real.ui.study.StudyBench;
import org.sim2real.ui.study.StudyFormModel;

/**
 * The Run screen's model over a {@link StudyBench}, with a tiny fast study designed through the
 * form: an 8-unit MLP, a few steps per phase, sizes 20 and 60, 2 repetitions (6 cells). Unless a
 * test passes its own executors, everything runs on the calling thread: start() returns when the
 * run has ended.
 */
final class RunBench {
  final StudyBench study = new StudyBench();
  final List<String> saves = new ArrayList<>();
  final RunViewModel run;
  /** Runs after each coalesced progress report is applied (on the reporting thread). */
  volatile Runnable afterReport = () -> { };
  /** While true, coalesced reports wait here instead of being applied (frames that never come). */
  volatile boolean holdFrames;
  final List<Runnable> heldFrames = new ArrayList<>();

  RunBench() {
    this(Runnable::run);
  }

  RunBench(Executor runThread) {
    this(runThread, System::nanoTime);
  }

  /** @param nanos the clock of the elapsed time and the ETA */
  RunBench(Executor runThread, LongSupplier nanos) {
    Executor frames = task -> {
      if (holdFrames) {
        heldFrames.add(task);
        return;
      }
      task.run();
      afterReport.run();
    };
    run = new RunViewModel(study.design, study.plans, study.dialogs, () -> {
      saves.add("save");
      return false;
    }, runThread, Runnable::run, frames, (task, delay) -> task.run(), nanos,
        study.status::add);
  }

  /** Imports the fixtures, designs the tiny study and gives the project a file in {@code dir}. */
  RunBench ready(Path dir) throws IOException {
    study.withData(dir);
    design(study.form);
    study.session.markSaved(dir.resolve("study.s2r"));
    return this;
  }

  static void design(StudyFormModel form) {
    form.mlp().hiddenLayers().textProperty().set("8");
    form.mlp().batchSize().textProperty().set("8");
    for (MlpPhase phase : MlpPhase.values()) {
      form.mlp().phase(phase).epochs().textProperty().set("2");
    }
    form.mlp().phase(MlpPhase.PRETRAIN).minSteps().textProperty().set("10");
    form.mlp().phase(MlpPhase.PRETRAIN).maxSteps().textProperty().set("30");
    form.schedule().sizes().textProperty().set("20, 60");
    form.repetitions().textProperty().set("2");
    form.session().threadsProperty().set(1);
  }
}
