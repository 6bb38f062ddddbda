package org.sim2real.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.LedgerMerger;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardCheck;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;
import org.sim2real.core.study.adaptive.AdaptiveShardCheck;
import org.sim2real.core.study.adaptive.WaveGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code merge}: combines the results folders of shards of one study. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combines the ledgers of several shards (run --shard i/N) or interrupted runs of"
        + " the same design into one results folder with ledger.jsonl, test-errors.jsonl,"
        + " cells.csv, summary.csv and design.json. Cells recorded twice must agree. With"
        + " --expect-shards N it first checks that no shard lacks cells (exit code 3 if one"
        + " does); for an adaptive study's shards, that the study's planner, replayed over all"
        + " their ledgers, reaches its verdict with every cell of its waves.")
public final class MergeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "results folders (or ledger files)")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged results folder")
  Path out;

  @Option(names = "--expect-shards", paramLabel = "N",
      description = "the DIRs are the results folders of shards 1 to N of one study (run --shard"
          + " i/N), in this order, some perhaps not started: merge only when every shard holds"
          + " all of its cells (an adaptive study: every cell of the waves its planner chooses up"
          + " to its verdict), else name the shards that lack cells and exit with code 3"
          + " without merging")
  @Nullable Integer expectShards;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    List<Path> folders = inputs;
    if (expectShards != null) {
      if (expectShards != inputs.size()) {
        throw new UserFacingException("--expect-shards " + expectShards + " needs the " + expectShards
            + " shard folders in order, shard 1 first; got " + inputs.size());
      }
      StudyDesign design = ShardCheck.design(inputs);
      folders = design.adaptive() != null ? completeAdaptiveShards(design, console)
          : completeShards(design, console);
      if (folders == null) {
        return ExitCodes.INCOMPLETE;
      }
    }
    LedgerMerger.Outcome outcome = LedgerMerger.merge(folders, out);
    Path first = Files.isDirectory(folders.get(0)) ? folders.get(0) : folders.get(0).getParent();
    Path design = first == null ? null : first.resolve(StudyRunner.DESIGN_FILE);
    if (design != null && Files.isRegularFile(design)) {
      try {
        AtomicFiles.write(out.resolve(StudyRunner.DESIGN_FILE), Files.readAllBytes(design));
      } catch (IOException e) {
        throw new UserFacingException("Cannot read " + design + ": " + AtomicFiles.describe(e), e);
      }
    }
    ResultTables.write(out, RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results());
    console.println("Merged " + outcome.cells() + " cells (" + outcome.duplicates()
        + " recorded in more than one input; " + outcome.cellsWithTestErrors()
        + " with their test errors) into " + out);
    for (String warning : outcome.warnings()) {
      console.println("note: " + warning);
    }
    SummaryPrinter.print(console, out);
    return ExitCodes.OK; // LedgerMerger refuses inputs without finished cells
  }

  /**
   * The started shards of a fixed grid when every shard holds all of its cells; else null, after
   * naming those that lack cells.
   */
  private @Nullable List<Path> completeShards(StudyDesign design, PrintWriter console) {
    List<ShardCheck.Shard> shards = ShardCheck.check(design, inputs);
    List<ShardCheck.Shard> incomplete = ShardCheck.incomplete(shards);
    if (!incomplete.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: the study is not complete, so nothing was merged: "
          + incomplete.size() + " of " + shards.size() + " shards lack cells:");
      for (ShardCheck.Shard shard : incomplete) {
        err.println("  shard " + shard.spec() + ": " + shard.describe()
            + (shard.started() && !shard.missing().isEmpty()
                ? "; missing " + preview(shard.missing()) : ""));
      }
      err.println("Run these shards again (each resumes from its ledger), then merge again;"
          + " in a folder written by the 'slurm' command: ./submit.sh "
          + ShardCheck.indices(incomplete));
      return null;
    }
    console.println("All " + shards.size() + " shards are complete.");
    // a shard without work (more shards than work groups) may never have written a folder
    return shards.stream().filter(ShardCheck.Shard::started).map(ShardCheck.Shard::folder)
        .toList();
  }

  /**
   * The started shards of an adaptive study when its planner, replayed over all their ledgers,
   * reaches its verdict and every cell of its waves is in a ledger; else null, after naming the
   * wave and the cells each shard still owes. Every shard is run again, not only those that owe
   * cells: the shards plan each wave together and wait for each other.
   */
  private @Nullable List<Path> completeAdaptiveShards(StudyDesign design, PrintWriter console) {
    AdaptiveShardCheck.Result check = AdaptiveShardCheck.check(design, inputs);
    if (!check.complete()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: the adaptive study (" + check.question() + ") " + (check.ended()
          ? "reached its verdict, but its shards lack cells of wave " + check.waveOfMissing()
          : "has not reached its verdict: wave " + check.waveOfMissing() + " is not complete")
          + ", so nothing was merged; " + check.cellsDone() + " cells are done:");
      for (AdaptiveShardCheck.Shard shard : check.lacking()) {
        err.println("  shard " + shard.spec() + ": " + (shard.started() ? shard.done()
            + " cells done" : "not started (no ledger in " + shard.folder() + ")") + "; lacks "
            + String.join("; ", shard.pending().stream().map(WaveGroup::describe).toList()));
      }
      err.println("  missing cells: " + preview(check.missingCells()));
      err.println("Run all " + inputs.size() + " shards again at the same time (each resumes"
          + " from its ledger and they wait for each other between waves), then merge again; in"
          + " a folder written by the 'slurm' command: ./submit.sh");
      return null;
    }
    console.println("All " + inputs.size() + " shards together hold every cell of the adaptive"
        + " study's " + (check.wave() - 1) + (check.wave() == 2 ? " wave" : " waves")
        + "; verdict: " + check.verdict());
    return check.shards().stream().filter(AdaptiveShardCheck.Shard::started)
        .map(AdaptiveShardCheck.Shard::folder).toList();
  }

  /** The first few cell ids, "a, b, c and 12 more". */
  private static String preview(List<String> cellIds) {
    int shown = Math.min(3, cellIds.size());
    String text = String.join(", ", cellIds.subList(0, shown));
    return cellIds.size() > shown ? text + " and " + (cellIds.size() - shown) + " more" : text;
  }
}
