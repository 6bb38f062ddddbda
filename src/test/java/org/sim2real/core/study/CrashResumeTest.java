package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.app.Launcher;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.testing.ChildJvm;
import org.sim2real.testing.KillPoints;

/**
 * Kills the command-line runner (SIGKILL, in a child JVM) at seeded random moments of a small
 * study, over and over, resuming each time; after every kill the results folder must hold only
 * whole files (design, tables, cache models load; the ledger and the test errors have at most a
 * torn last line) whose cells equal an uninterrupted run, every cell of the ledger must have its
 * test errors, equal to the uninterrupted run's, and the final uninterrupted resume must leave
 * every cell exactly once in both files, equal to the uninterrupted run, and no temporary file.
 *
 * <p>{@code -Dsim2real.kills=N} sets the number of kills: 10 by default (about a minute: every
 * child JVM needs ~4 s to start, plan and warm up), 60 in the "long" profile.
 *
 * <p>The second test ({@code -Dsim2real.killPoints=N}, 1,000 in the "long" profile; it does not
 * run without the property) kills with the same checks, but half of its kills land inside a write
 * path, drawn as a random change of the results folder (see {@link KillPointRun}), and the other
 * half at a random moment from the start of the JVM (import, featurization and training included),
 * which timing alone would hit only now and then in a write.
 */
class CrashResumeTest {
  private static final int KILLS = Integer.getInteger("sim2real.kills", 10);
  private static final int KILL_POINTS = Integer.getInteger("sim2real.killPoints", 0);
  private static final long SEED = 20261125L;

  @TempDir Path dir;

  /** Small and fast: many short cells, so kills land in training, in fsyncs and in renames. */
  private static StudyDesign design() {
    MlpSettings base = new MlpSettings(List.of(12, 6), Activation.RELU, 1e-2, 32,
        TrainingLength.epochs(6), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(base.withLength(TrainingLength.stepBudget(5, 20, 60)),
        base.withLearningRate(3e-3), base, base);
    return SyntheticStudyFiles.design().withModel(model)
        .withSizes(List.of(40, 80, 160))
        .withExperimentalSizes(List.of(20, 60))
        .withRepetitions(2);
  }

  private ChildJvm startRun(Path out) {
    return ChildJvm.start(Launcher.class, "Sizes n:", List.of("run",
        dir.resolve("design.json").toString(), "--out", out.toString(), "--threads", "2"));
  }

  @Test
  void studyKilledAtRandomMomentsResumesToExactlyTheUninterruptedResults() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    DesignJson.write(design(), dir.resolve("design.json"));

    Path referenceDir = dir.resolve("reference");
    long runMillis;
    try (ChildJvm reference = startRun(referenceDir)) {
      assertTrue(reference.awaitMarker(120, TimeUnit.SECONDS), reference.output());
      long start = System.nanoTime();
      assertEquals(0, reference.waitFor(300, TimeUnit.SECONDS), reference.output());
      runMillis = Math.max(50, (System.nanoTime() - start) / 1_000_000);
    }
    Map<String, CellResult> reference = recordedCells(referenceDir, new ArrayList<>());
    Map<String, float[]> referenceErrors = testErrors(referenceDir, new ArrayList<>());
    int cellCount = reference.size();
    assertEquals(reference.keySet(), referenceErrors.keySet());
    assertEquals(2 * (3 * 2 * 2 + 2), cellCount);

    Random random = new Random(SEED);
    Path out = dir.resolve("killed");
    int kills = 0;
    int rounds = 1;
    int tornLines = 0;
    int leftoverTemporaryFiles = 0;
    int finishedBeforeTheKill = 0;
    while (kills < KILLS) {
      try (ChildJvm run = startRun(out)) {
        assertTrue(run.awaitMarker(120, TimeUnit.SECONDS), run.output());
        // up to 20% past the undisturbed run time, so the last writes get hit too
        if (run.killAfter((long) (random.nextDouble() * runMillis * 1.2))) {
          kills++;
        } else {
          finishedBeforeTheKill++;
          assertEquals(0, run.waitFor(60, TimeUnit.SECONDS), run.output());
        }
      }
      List<String> torn = new ArrayList<>();
      Map<String, CellResult> recorded = assertWholeAfterAKill(out, reference, referenceErrors,
          torn);
      tornLines += torn.size();
      leftoverTemporaryFiles += temporaryFiles(out).size();
      if (recorded.size() == cellCount && Files.exists(out.resolve(ResultTables.SUMMARY))
          && kills < KILLS) {
        // the study got finished between kills: start a new one so kills keep hitting work
        out = dir.resolve("killed-" + ++rounds);
      }
    }

    try (ChildJvm resume = startRun(out)) {
      assertTrue(resume.awaitMarker(120, TimeUnit.SECONDS), resume.output());
      assertEquals(0, resume.waitFor(300, TimeUnit.SECONDS), resume.output());
    }
    List<String> warnings = new ArrayList<>();
    Map<String, CellResult> finished = recordedCells(out, warnings);
    assertEquals(List.of(), warnings, "the final ledger reads cleanly");
    assertEquals(reference.keySet(), finished.keySet());
    assertMatchesTheReference(finished, reference);
    assertEquals(cellCount + 1, Files.readAllLines(out.resolve(RunLedger.FILE_NAME)).size(),
        "header plus every cell exactly once");
    List<String> errorWarnings = new ArrayList<>();
    Map<String, float[]> errors = testErrors(out, errorWarnings);
    assertEquals(List.of(), errorWarnings, "the final test errors read cleanly");
    assertEquals(reference.keySet(), errors.keySet());
    assertEveryLedgerCellHasTheReferenceTestErrors(finished, errors, referenceErrors);
    assertEquals(cellCount + 1, Files.readAllLines(out.resolve(TestErrorsFile.FILE_NAME)).size(),
        "test errors: header plus every cell exactly once");
    assertEveryWrittenFileIsWhole(out);
    assertEquals(cellCount, LearningCurveReader.read(out, null).observations().size());
    assertEquals(List.of(), temporaryFiles(out), "no temporary file is left");
    System.out.printf(Locale.ROOT, "CrashResumeTest: %d kills over %d round(s) of a %d-cell study"
        + " (undisturbed run %d ms after planning); %d runs finished before their kill; %d torn"
        + " last lines cut (ledger and test errors); %d leftover temporary files seen between kills (removed by the"
        + " next run)%n", kills, rounds, cellCount, runMillis, finishedBeforeTheKill, tornLines,
        leftoverTemporaryFiles);
  }

  private ChildJvm startKillPointRun(Path out, long killAt, long seed) {
    return ChildJvm.start(KillPointRun.class, "KILLPOINT", List.of(
        dir.resolve("design.json").toString(), out.toString(), Long.toString(killAt),
        Long.toString(seed), "2"));
  }

  @Test
  @EnabledIfSystemProperty(named = "sim2real.killPoints", matches = "[1-9][0-9]*")
  void studyKilledInsideEveryWritePathResumesToExactlyTheUninterruptedResults() throws Exception {
    long start = System.nanoTime();
    SyntheticStudyFiles.write(dir, 400, 90);
    DesignJson.write(design(), dir.resolve("design.json"));

    Path referenceDir = dir.resolve("reference");
    long changes;
    long runMillis;
    try (ChildJvm reference = startKillPointRun(referenceDir, 0, 0)) {
      long started = System.nanoTime();
      assertEquals(0, reference.waitFor(300, TimeUnit.SECONDS), reference.output());
      runMillis = (System.nanoTime() - started) / 1_000_000;
      String output = reference.output();
      changes = Long.parseLong(output.substring(output.indexOf("CHANGES ") + 8).split(" ")[0]);
    }
    Map<String, CellResult> reference = recordedCells(referenceDir, new ArrayList<>());
    Map<String, float[]> referenceErrors = testErrors(referenceDir, new ArrayList<>());
    int cellCount = reference.size();
    assertEquals(2 * (3 * 2 * 2 + 2), cellCount);
    assertEquals(reference.keySet(), referenceErrors.keySet());

    Random random = new Random(SEED + 1);
    Map<String, Integer> killPoints = new TreeMap<>();
    Path out = dir.resolve("killed");
    int kills = 0;
    int timedKills = 0;
    int rounds = 1;
    int tornLines = 0;
    int finishedBeforeTheKill = 0;
    while (kills < KILL_POINTS) {
      boolean inAWrite = random.nextBoolean();
      // a resumed run makes fewer changes: draw from about as many as are left to make
      int done = recordedCells(out, new ArrayList<>()).size();
      long left = Math.max(20, changes * (cellCount - done) / cellCount + 20);
      long killAt = inAWrite ? 1 + (long) (random.nextDouble() * left) : 0;
      try (ChildJvm run = startKillPointRun(out, killAt, random.nextLong())) {
        boolean killed;
        if (inAWrite) {
          killed = run.awaitMarker(300, TimeUnit.SECONDS) && run.kill();
          if (killed) {
            killPoints.merge(KillPoints.of(run.output(), out), 1, Integer::sum);
          }
        } else {
          // from the JVM's start: reading and featurizing the data, training, writing
          killed = run.killAfter((long) (random.nextDouble() * runMillis * 1.1));
          if (killed) {
            timedKills++;
          }
        }
        if (killed) {
          kills++;
          if (kills % 50 == 0) { // the figures so far, for a long run stopped before its end
            System.out.printf(Locale.ROOT, "CrashResumeTest: %d SIGKILLs so far (%d at a random"
                + " moment), %d rounds, %d finished before their kill, checked; %d s%n", kills,
                timedKills, rounds, finishedBeforeTheKill,
                (System.nanoTime() - start) / 1_000_000_000L);
          }
        } else {
          finishedBeforeTheKill++;
          assertEquals(0, run.waitFor(60, TimeUnit.SECONDS), run.output());
        }
      }
      List<String> torn = new ArrayList<>();
      Map<String, CellResult> recorded = assertWholeAfterAKill(out, reference, referenceErrors,
          torn);
      tornLines += torn.size();
      if (recorded.size() == cellCount && Files.exists(out.resolve(ResultTables.SUMMARY))
          && kills < KILL_POINTS) {
        assertFinishedLikeTheReference(out, reference, referenceErrors);
        out = dir.resolve("killed-" + ++rounds);
      }
    }
    try (ChildJvm resume = startKillPointRun(out, 0, 0)) {
      assertEquals(0, resume.waitFor(300, TimeUnit.SECONDS), resume.output());
    }
    assertFinishedLikeTheReference(out, reference, referenceErrors);
    if (KILL_POINTS >= 200) {
      // every write path was hit: a kill inside some change of each file (or its temporary file)
      for (String file : List.of(RunLedger.FILE_NAME, TestErrorsFile.FILE_NAME,
          StudyRunner.DESIGN_FILE, ResultTables.CELLS, ResultTables.SUMMARY,
          PretrainCache.DIRECTORY + "/")) {
        assertTrue(killPoints.keySet().stream().anyMatch(k -> k.contains(file)),
            () -> "no kill in a change of " + file + ": " + killPoints);
      }
      for (String kind : List.of("open ", "write ", "fsync ", "rename ")) {
        assertTrue(killPoints.keySet().stream().anyMatch(k -> k.startsWith(kind)),
            () -> "no kill in a " + kind + ": " + killPoints);
      }
    }
    System.out.printf(Locale.ROOT, "CrashResumeTest: %d SIGKILLs (%d inside a write path, %d at a"
        + " random moment from the JVM's start) over %d round(s) of a %d-cell study of %d file"
        + " changes; %d runs finished before their kill; %d torn last lines cut; 0 lost or"
        + " duplicated cells; in %d s; kill points: %s%n", kills, kills - timedKills, timedKills,
        rounds, cellCount, changes, finishedBeforeTheKill, tornLines,
        (System.nanoTime() - start) / 1_000_000_000L, killPoints);
  }

  /** Every cell exactly once in the ledger and the test errors, equal to the reference. */
  /**
   * The folder after a kill: the ledger's cells and their test errors equal the reference's, every
   * written file is whole, and the only warnings are torn last lines (cut back), which go to
   * {@code tornLines}. Returns the recorded cells.
   */
  private static Map<String, CellResult> assertWholeAfterAKill(Path out,
      Map<String, CellResult> reference, Map<String, float[]> referenceErrors,
      List<String> tornLines) throws IOException {
    List<String> warnings = new ArrayList<>();
    Map<String, CellResult> recorded = recordedCells(out, warnings);
    assertOnlyTornLastLines(warnings, tornLines);
    assertMatchesTheReference(recorded, reference);
    List<String> errorWarnings = new ArrayList<>();
    Map<String, float[]> errors = testErrors(out, errorWarnings);
    assertOnlyTornLastLines(errorWarnings, tornLines);
    assertEveryLedgerCellHasTheReferenceTestErrors(recorded, errors, referenceErrors);
    assertEveryWrittenFileIsWhole(out);
    return recorded;
  }

  private static void assertOnlyTornLastLines(List<String> warnings, List<String> tornLines) {
    assertEquals(List.of(), warnings.stream()
        .filter(w -> !w.contains("incomplete last record")).toList(), "only a torn last line");
    tornLines.addAll(warnings);
  }

  private static void assertFinishedLikeTheReference(Path out, Map<String, CellResult> reference,
      Map<String, float[]> referenceErrors) throws IOException {
    List<String> warnings = new ArrayList<>();
    Map<String, CellResult> finished = recordedCells(out, warnings);
    assertEquals(List.of(), warnings, "the final ledger reads cleanly");
    assertEquals(reference.keySet(), finished.keySet());
    assertMatchesTheReference(finished, reference);
    assertEquals(reference.size() + 1, Files.readAllLines(out.resolve(RunLedger.FILE_NAME)).size(),
        "header plus every cell exactly once");
    List<String> errorWarnings = new ArrayList<>();
    Map<String, float[]> errors = testErrors(out, errorWarnings);
    assertEquals(List.of(), errorWarnings, "the final test errors read cleanly");
    assertEquals(reference.keySet(), errors.keySet());
    assertEveryLedgerCellHasTheReferenceTestErrors(finished, errors, referenceErrors);
    assertEquals(reference.size() + 1,
        Files.readAllLines(out.resolve(TestErrorsFile.FILE_NAME)).size(),
        "test errors: header plus every cell exactly once");
    assertEveryWrittenFileIsWhole(out);
    assertEquals(reference.size(), LearningCurveReader.read(out, null).observations().size());
  }

  private static Map<String, CellResult> recordedCells(Path out, List<String> warnings) {
    Path ledger = out.resolve(RunLedger.FILE_NAME);
    Map<String, CellResult> byId = new TreeMap<>();
    if (RunLedger.holdsNoRecord(ledger)) { // none yet, or a header torn by the kill
      return byId;
    }
    RunLedger.Contents contents = RunLedger.read(ledger);
    warnings.addAll(contents.warnings());
    contents.results().forEach(r -> byId.put(r.cellId(), r));
    return byId;
  }

  /** Every record of the test-errors file, cells not (yet) in the ledger included. */
  private static Map<String, float[]> testErrors(Path out, List<String> warnings) {
    Path file = out.resolve(TestErrorsFile.FILE_NAME);
    Map<String, float[]> byId = new TreeMap<>();
    if (!Files.exists(file)) {
      return byId;
    }
    TestErrorsFile.readAll(file).ifPresent(contents -> {
      warnings.addAll(contents.warnings());
      byId.putAll(contents.records());
    });
    return byId;
  }

  /** The ledger is the record of what is done, and each done cell has its errors already. */
  private static void assertEveryLedgerCellHasTheReferenceTestErrors(
      Map<String, CellResult> recorded, Map<String, float[]> errors,
      Map<String, float[]> referenceErrors) {
    for (String cellId : recorded.keySet()) {
      assertTrue(errors.containsKey(cellId), () -> "cell " + cellId + " is in the ledger but has"
          + " no test errors");
      assertArrayEquals(referenceErrors.get(cellId), errors.get(cellId),
          () -> "test errors of " + cellId + " differ from the uninterrupted run");
    }
  }

  private static void assertMatchesTheReference(Map<String, CellResult> recorded,
      Map<String, CellResult> reference) {
    for (CellResult r : recorded.values()) {
      CellResult expected = reference.get(r.cellId());
      assertTrue(expected != null && r.sameOutcome(expected), () -> "cell " + r.cellId()
          + " differs from the uninterrupted run: " + r + " vs " + expected);
    }
  }

  /** design.json, the tables and every cached model that exist are complete and load. */
  private static void assertEveryWrittenFileIsWhole(Path out) throws IOException {
    if (Files.exists(out.resolve(StudyRunner.DESIGN_FILE))) {
      DesignJson.read(out.resolve(StudyRunner.DESIGN_FILE));
    }
    // each table on its own: a kill between writing cells.csv and summary.csv leaves one of
    // them from this run and the other from the last (the next run rewrites both from the ledger)
    if (Files.exists(out.resolve(ResultTables.CELLS))) {
      LearningCurveReader.read(out, null);
    }
    if (Files.exists(out.resolve(ResultTables.SUMMARY))) {
      List<String> summary = Files.readAllLines(out.resolve(ResultTables.SUMMARY),
          StandardCharsets.UTF_8);
      assertTrue(summary.get(0).startsWith("strategy,n,m,"), summary.get(0));
    }
    Path cache = out.resolve(PretrainCache.DIRECTORY);
    if (Files.isDirectory(cache)) {
      List<String> problems = new ArrayList<>();
      try (Stream<Path> files = Files.list(cache)) {
        // the pretrained models (the featurized data beside them check themselves when read)
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("pretrained-")
            && f.getFileName().toString().endsWith(".bin")).toList()) {
          var matcher = java.util.regex.Pattern.compile("pretrained-n(\\d+)-r(\\d+)-(\\w+)\\.bin")
              .matcher(file.getFileName().toString());
          assertTrue(matcher.matches(), file.toString());
          PretrainCache byHash = new PretrainCache(out, matcher.group(3), problems::add);
          assertTrue(byHash.load(Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2))).isPresent(), () -> file + ": " + problems);
        }
      }
      assertEquals(List.of(), problems);
    }
  }

  private static List<Path> temporaryFiles(Path out) throws IOException {
    List<Path> found = new ArrayList<>();
    Set<Path> dirs = new HashSet<>(List.of(out, out.resolve(PretrainCache.DIRECTORY)));
    for (Path d : dirs) {
      if (Files.isDirectory(d)) {
        try (Stream<Path> files = Files.list(d)) {
          files.filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(found::add);
        }
      }
    }
    return found;
  }
}
