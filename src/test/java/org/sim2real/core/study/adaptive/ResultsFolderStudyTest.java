package org.sim2real.core.study.adaptive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.Seeds;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.SyntheticStudyFiles;

/**
 * An adaptive study that trains: its waves run through the ordinary runner into one results folder,
 * its cells are the fixed grid's (ids and seeds), and a second run replays every wave from the ledger
 * without training anything.
 */
class ResultsFolderStudyTest {
  @TempDir Path dir;

  @Test
  void wavesRunCellsOfTheFixedGridAndARerunReplaysThemFromTheLedger() throws Exception {
    SyntheticStudyFiles.write(dir, 2000, 90);
    AdaptiveSettings settings = AdaptiveSettings.errorAt(800, 0.001, false).withBudget(24, null);
    StudyPlan plan = StudyPlanner.plan(SyntheticStudyFiles.design()
        .withSizes(List.of(50, 100, 200, 400, 800)).withRepetitions(3).withAdaptive(settings),
        dir, 1, s -> { });
    Path out = dir.resolve("out");
    AdaptiveGrid grid = AdaptiveGrid.of(plan.design());
    FitOptions options = FitOptions.defaults().withBootstrap(100, 1);

    AdaptiveOutcome first = new AdaptiveRunner(new WavePlanner(settings, grid, options),
        report -> { }).run(new ResultsFolderStudy(plan, out, 1, new RunControl(),
            ProgressListener.NONE));
    assertTrue(first.ended(), "ended with a verdict");
    List<CellResult> ledger = RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results();
    Set<String> expected = new TreeSet<>();
    plan.cells().stream().filter(c -> first.measured().contains(new WaveGroup(c.n(), c.repetition())))
        .forEach(c -> expected.add(c.id()));
    Set<String> recorded = new TreeSet<>();
    ledger.forEach(r -> recorded.add(r.cellId()));
    assertEquals(expected, recorded, "exactly the chosen groups' cells, named as in the grid");
    assertTrue(grid.cellCount(first.measured()) <= 24, "within the budget");
    assertTrue(recorded.size() < plan.cells().size(), "a part of the grid");
    for (CellResult r : ledger) {
      assertEquals(Seeds.derive(plan.design().seed(), "adapt:" + r.strategy(), r.n(), r.m(),
          r.repetition()), r.seed(), r.cellId() + " has the fixed grid's seed");
    }

    AdaptiveOutcome again = new AdaptiveRunner(new WavePlanner(settings, grid, options),
        report -> { }).run(new ResultsFolderStudy(plan, out, 1, new RunControl(),
            ProgressListener.NONE) {
          @Override
          public boolean run(List<WaveGroup> groups) {
            throw new AssertionError("nothing should run again, asked for " + groups);
          }
        });
    assertEquals(first.measured(), again.measured());
    assertEquals(first.last().decision(), again.last().decision());
    assertTrue(again.waves().stream().filter(w -> !w.decision().groups().isEmpty())
        .allMatch(WaveReport::fromLedger));
    assertFalse(again.waves().isEmpty());
  }

  @Test
  void secondsAreCountedPerGroupOfEachSourcePretrainingOnce() {
    List<CellResult> cells = List.of(
        cell("finetune", 100, 0, 2, 1), cell("frozen", 100, 0, 2, 0.5),
        cell("finetune@oqmd", 100, 0, 3, 1), cell("scratch", 0, 0, 0, 4));
    var seconds = ResultsFolderStudy.seconds(cells);
    assertEquals(3.5, seconds.get(new WaveGroup(100, 0)), 1e-9, "2 s pretraining once, 1 + 0.5");
    assertEquals(4.0, seconds.get(new WaveGroup(100, 0, "oqmd")), 1e-9, "its own group");
    assertEquals(4.0, seconds.get(WaveGroup.scratch(0)), 1e-9);
    assertEquals(3, seconds.size());
  }

  private static CellResult cell(String strategy, int n, int repetition, double pretrain,
      double finetune) {
    return new CellResult(strategy + "/n=" + n + "/r=" + repetition, "hash", strategy, n, 64,
        repetition, 1, 0.5, 0.6, 0.1, pretrain, finetune, null, null);
  }
}
