package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.RunLedger;

/**
 * {@code run --question --shard i/N --shard-folders ...}: an adaptive study split over shards
 * makes the same choices as the study run whole (the same cells, to the same verdict), each shard
 * runs a share of every wave, and a shard run again replays the waves from all the ledgers.
 */
class RunCommandShardedAdaptiveTest extends CommandLineTest {
  @TempDir Path dir;

  private Path design() throws Exception {
    Files.writeString(dir.resolve("sim.csv"), table(1600, 3, 1.0));
    Files.writeString(dir.resolve("exp.csv"), table(120, 6, 1.1));
    Path design = dir.resolve("design.json");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "50,100,200,400,800,1600", "--reps", "3",
        "--question", "error-at=1600", "--precision", "0.001", "--budget-cells", "14",
        "--save-design", design.toString()), err.toString());
    shortenTraining(design);
    return design;
  }

  /** Oxides of five metals in 75 compositions, whose gap the simulation gives up to a scale. */
  static String table(int rows, long seed, double scale) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    StringBuilder table = new StringBuilder("formula,gap\n");
    String[] metals = {"Fe", "Ni", "Co", "Zn", "Ti"};
    for (int i = 0; i < rows; i++) {
      int m = random.nextInt(metals.length);
      int a = 1 + random.nextInt(3);
      int b = 1 + random.nextInt(5);
      double value = 0.5 + 0.4 * m * b / (a + b) + 0.2 * Math.sin(a * b);
      table.append(String.format(java.util.Locale.ROOT, "%s%dO%d,%.3f%n", metals[m], a, b,
          scale * value + 0.05 * random.nextGaussian()));
    }
    return table.toString();
  }

  /** One run of the command on its own writers: {exit code, standard output + error}. */
  private static Object[] runAlone(String... args) {
    StringWriter printed = new StringWriter();
    PrintWriter writer = new PrintWriter(printed, true);
    int code = WorkbenchCommand.execute(writer, writer, args);
    return new Object[] {code, printed.toString()};
  }

  private static Set<String> cellIds(Path folder) {
    return RunLedger.read(folder.resolve(RunLedger.FILE_NAME)).results().stream()
        .map(CellResult::cellId).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The line that starts so, without its compute figures (timings differ between runs). */
  private static String line(String printed, String start) {
    int at = printed.indexOf(start);
    assertTrue(at >= 0, printed);
    int end = printed.indexOf('\n', at);
    return printed.substring(at, end < 0 ? printed.length() : end)
        .replaceAll("[0-9.]+ CPU-min[a-z]*", "(time)");
  }

  /** The answer of each wave, without the compute figures (timings differ between runs). */
  private static List<String> answers(String printed) {
    List<String> out = new ArrayList<>();
    for (String l : printed.split("\n")) {
      if (l.startsWith("== Wave")) {
        String answer = l.replace(" (from the ledger)", "");
        out.add(answer.contains(" | ") ? answer.substring(0, answer.indexOf(" | ")) : answer);
      }
    }
    return out;
  }

  @Test
  void twoShardsMakeTheWholeStudysChoicesEachRunningItsShare() throws Exception {
    Path design = design();
    Path whole = dir.resolve("whole");
    Object[] alone = runAlone("run", design.toString(), "--out", whole.toString(), "--threads",
        "1");
    assertEquals(0, alone[0], (String) alone[1]);
    String wholePrinted = (String) alone[1];
    assertTrue(answers(wholePrinted).size() >= 3, "at least two waves and the verdict's: "
        + wholePrinted);

    Path one = dir.resolve("shards").resolve("shard-1");
    Path two = dir.resolve("shards").resolve("shard-2");
    List<Object[]> shards = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object[]>> running = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        String index = i + "/2";
        Path out = i == 1 ? one : two;
        running.add(pool.submit(() -> runAlone("run", design.toString(), "--out", out.toString(),
            "--threads", "1", "--shard", index, "--shard-folders", one.toString(),
            two.toString())));
      }
      for (Future<Object[]> f : running) {
        shards.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    for (Object[] shard : shards) {
      String printed = (String) shard[1];
      assertEquals(0, shard[0], printed);
      assertTrue(printed.contains("every shard plans each wave from all 2 shards' ledgers"),
          printed);
      assertEquals(line(wholePrinted, "Verdict: "), line(printed, "Verdict: "), printed);
      assertEquals(answers(wholePrinted), answers(printed), printed);
    }
    Set<String> first = cellIds(one);
    Set<String> second = cellIds(two);
    assertFalse(first.isEmpty(), "shard 1 ran a share");
    assertFalse(second.isEmpty(), "shard 2 ran a share");
    Set<String> both = new HashSet<>(first);
    both.retainAll(second);
    assertEquals(Set.of(), both, "no cell ran twice");
    Set<String> union = new TreeSet<>(first);
    union.addAll(second);
    assertEquals(cellIds(whole), union, "the same cells as the study run whole");

    // the shards' cells agree with the whole study's (merge refuses cells that differ)
    out.getBuffer().setLength(0);
    assertEquals(0, run("merge", whole.toString(), one.toString(), two.toString(), "--out",
        dir.resolve("merged").toString()), err.toString());
    assertEquals(cellIds(whole), cellIds(dir.resolve("merged")));

    // --expect-shards replays the planner over the shards' ledgers: the verdict is reached and
    // every cell of its waves is there, so they merge into the whole study's cells
    out.getBuffer().setLength(0);
    assertEquals(0, run("merge", one.toString(), two.toString(), "--expect-shards", "2", "--out",
        dir.resolve("checked").toString()), err.toString());
    assertTrue(out.toString().contains("All 2 shards together hold every cell of the adaptive"
        + " study's " + (answers(wholePrinted).size() - 1) + " waves; verdict: "
        + line(wholePrinted, "Verdict: ").substring("Verdict: ".length()).split(" \\(")[0]),
        out.toString());
    assertEquals(cellIds(whole), cellIds(dir.resolve("checked")));

    // without the last cell shard 2 ran, the check names its wave, group and cell, and merges
    // nothing (exit code 3)
    Path lacking = dir.resolve("lacking");
    copyFolder(two, lacking);
    List<String> lines = Files.readAllLines(lacking.resolve(RunLedger.FILE_NAME));
    Files.write(lacking.resolve(RunLedger.FILE_NAME), lines.subList(0, lines.size() - 1));
    Set<String> dropped = new TreeSet<>(second);
    dropped.removeAll(cellIds(lacking));
    assertEquals(1, dropped.size());
    String cell = dropped.iterator().next();
    CellResult droppedResult = RunLedger.read(two.resolve(RunLedger.FILE_NAME)).results().stream()
        .filter(r -> r.cellId().equals(cell)).findFirst().orElseThrow();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertEquals(ExitCodes.INCOMPLETE, run("merge", one.toString(), lacking.toString(),
        "--expect-shards", "2", "--out", dir.resolve("partial").toString()));
    String printed = err.toString();
    assertTrue(printed.contains("error: the adaptive study (error at n = 1,600) ")
        && printed.contains(" wave ") && printed.contains("so nothing was merged"), printed);
    assertTrue(printed.contains("shard 2/2: " + (second.size() - 1) + " cells done; lacks "
        + String.format(java.util.Locale.ROOT, "n = %,d, repetition %d", droppedResult.n(),
            droppedResult.repetition() + 1)), printed);
    assertTrue(printed.contains("missing cells: " + cell), printed);
    assertFalse(printed.contains("shard 1/2:"), "shard 1 owes nothing: " + printed);
    assertFalse(Files.exists(dir.resolve("partial").resolve(RunLedger.FILE_NAME)));

    // a shard run again replays every wave from all the ledgers and trains nothing
    List<String> ledger = Files.readAllLines(one.resolve(RunLedger.FILE_NAME));
    Object[] again = runAlone("run", design.toString(), "--out", one.toString(), "--threads",
        "1", "--shard", "1/2", "--shard-folders", one.toString(), two.toString());
    assertEquals(0, again[0], (String) again[1]);
    assertEquals(line(wholePrinted, "Verdict: "), line((String) again[1], "Verdict: "));
    assertEquals(ledger, Files.readAllLines(one.resolve(RunLedger.FILE_NAME)));
  }

  @Test
  void aShardedAdaptiveStudyNeedsEveryShardsFolderWithItsOwnAmongThem() throws Exception {
    Path design = design();
    String d = design.toString();
    String a = dir.resolve("a").toString();
    String b = dir.resolve("b").toString();
    refused(run("run", d, "--out", a, "--shard", "1/2"),
        "--shard: an adaptive study (--question) runs in waves that each need the results of the"
            + " one before, from every shard; give --shard-folders");
    refused(run("run", d, "--out", a, "--shard", "1/2", "--shard-folders", a),
        "--shard-folders: --shard 1/2 needs the folders of all 2 shards in order, got 1");
    refused(run("run", d, "--out", a, "--shard", "2/2", "--shard-folders", a, b),
        "--shard-folders: folder 2 of the list (" + b + ") must be this shard's --out (" + a + ")");
    refused(run("run", d, "--out", a, "--shard", "1/2", "--shard-folders", a, a),
        "--shard-folders: every shard needs a folder of its own");
    refused(run("run", d, "--out", a, "--shard-folders", a),
        "--shard-folders belongs to an adaptive study split into shards");
    refused(run("run", "--sim", dir.resolve("sim.csv").toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--out", a, "--shard", "1/2", "--shard-folders", a, b),
        "--shard-folders belongs to an adaptive study split into shards");
    assertFalse(Files.exists(dir.resolve("a").resolve(RunLedger.FILE_NAME)), "nothing ran");
  }

  private static void copyFolder(Path from, Path to) throws java.io.IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  private void refused(int code, String expected) {
    assertOneLineUserError(code, expected);
    err.getBuffer().setLength(0);
    out.getBuffer().setLength(0);
  }
}
