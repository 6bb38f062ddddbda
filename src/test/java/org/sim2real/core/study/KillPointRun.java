package org.sim2real.core.study;

import java.nio.file.Path;
import org.sim2real.testing.FaultyFileSystem;

/**
 * Child-JVM main for {@link CrashResumeTest}: runs a study like {@code run DESIGN --out DIR}
 * (the same planner and runner), but writes the results folder through a
 * {@link FaultyFileSystem} that stops inside its {@code killAt}-th change (a write, fsync,
 * rename, ...) and announces it with a {@code KILLPOINT} line, so the test can SIGKILL it there.
 * With {@code killAt} 0 it runs to the end and prints how many changes it made.
 *
 * <p>Arguments: design file, results folder, killAt, seed of the part written, threads.
 */
public final class KillPointRun {
  private KillPointRun() {}

  public static void main(String[] args) {
    Path design = Path.of(args[0]).toAbsolutePath();
    FaultyFileSystem fs = new FaultyFileSystem();
    long killAt = Long.parseLong(args[2]);
    if (killAt > 0) {
      fs.stopAtChange(killAt, Long.parseLong(args[3]));
    }
    StudyPlan plan = StudyPlanner.plan(DesignJson.read(design), design.getParent(), 1,
        status -> {});
    System.out.println("Sizes n: " + plan.design().sizes());
    StudyOutcome outcome = StudyRunner.run(plan, fs.path(Path.of(args[1]).toAbsolutePath()),
        Integer.parseInt(args[4]), ShardSpec.ALL, new RunControl(), new ProgressListener() {
          @Override
          public void cellFinished(CellResult result, Progress progress) {
            System.out.println(result.cellId() + " MAE " + result.mae());
          }
        });
    System.out.println("CHANGES " + fs.changes() + " " + outcome.status());
    System.exit(outcome.status() == StudyOutcome.Status.COMPLETED ? 0 : 1);
  }
}
