package org.sim2real.core.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;

/**
 * Runs a planned study into a results folder: the resolved design (design.json), the run ledger,
 * the test errors of every finished cell (test-errors.jsonl), the cache of pretrained models, and
 * the result tables (cells.csv, summary.csv), rewritten at the end of every run, also after a
 * cancel, from whatever the ledger holds; with named simulation sources also their fingerprints
 * ({@link SourceFingerprints}).
 */
public final class StudyRunner {
  public static final String DESIGN_FILE = "design.json";
  /** The results folder's cache: pretrained models and featurized data, safe to delete. */
  public static final String CACHE_DIRECTORY = PretrainCache.DIRECTORY;

  private StudyRunner() {}

  public static StudyOutcome run(StudyPlan plan, Path resultsDirectory, int threads, ShardSpec shard,
      RunControl control, ProgressListener listener) {
    return run(plan, resultsDirectory, threads, shard, control, listener, group -> true);
  }

  /**
   * As {@link #run(StudyPlan, Path, int, ShardSpec, RunControl, ProgressListener)}, running only the
   * work groups {@code include} accepts (an adaptive study's wave); the others stay unrun, and the
   * tables are written from whatever the ledger holds.
   */
  public static StudyOutcome run(StudyPlan plan, Path resultsDirectory, int threads, ShardSpec shard,
      RunControl control, ProgressListener listener, Predicate<WorkGroup> include) {
    for (String warning : plan.warnings()) {
      listener.message(warning);
    }
    try (RunLedger ledger = RunLedger.open(resultsDirectory, plan.designHash(), listener::message);
        TestErrorsLog testErrors = TestErrorsLog.open(resultsDirectory, plan.designHash(),
            plan.splits().testRows().length, doneCells(ledger), listener::message)) {
      // the ledger's lock says no other run writes here: leftovers of killed runs can go
      AtomicFiles.deleteStaleTemporaryFiles(resultsDirectory);
      AtomicFiles.deleteStaleTemporaryFiles(resultsDirectory.resolve(PretrainCache.DIRECTORY));
      SourceFingerprints.checkAndRecord(resultsDirectory, plan);
      AtomicFiles.write(resultsDirectory.resolve(DESIGN_FILE),
          (DesignJson.write(plan.design()) + "\n").getBytes(StandardCharsets.UTF_8));
      PretrainCache cache = new PretrainCache(resultsDirectory, plan.designHash(), listener::message);
      List<WorkGroup> all = new StudyWork(plan, cache, listener).groups();
      List<WorkGroup> mine = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (shard.owns(i) && include.test(all.get(i))) {
          mine.add(all.get(i));
        }
      }
      if (shard.count() > 1) {
        listener.message("shard " + shard + ": " + mine.size() + " of " + all.size() + " work groups");
      }
      MemoryCheck memory = MemoryCheck.of(plan, shard, threads);
      String memoryWarning = memory.warning();
      if (memoryWarning != null) {
        listener.message(memoryWarning);
      }
      StudyOutcome outcome = new StudyExecutor(memory.threads(), ledger, testErrors, control,
          listener, memory).execute(mine);
      try {
        ResultTables.write(resultsDirectory, ledger.results());
      } catch (UserFacingException e) {
        // keep the run's own outcome (often the first sign of the same storage problem)
        List<String> failures = new ArrayList<>(outcome.failures());
        failures.add(e.getMessage() + " The ledger holds every finished cell; run the study again"
            + " to write the tables.");
        return new StudyOutcome(StudyOutcome.Status.FAILED, outcome.progress(), failures);
      }
      return outcome;
    }
  }

  private static Set<String> doneCells(RunLedger ledger) {
    Set<String> done = new HashSet<>();
    for (CellResult result : ledger.results()) {
      done.add(result.cellId());
    }
    return done;
  }
}
