package org.sim2real.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.LedgerMerger;
import org.sim2real.core.study.ResultTables;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code merge}: combines the results folders of shards of one study. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combines the ledgers of several shards (run --shard i/N) or interrupted runs of"
        + " the same design into one results folder with ledger.jsonl, test-errors.jsonl,"
        + " cells.csv, summary.csv and design.json. Cells recorded twice must agree.")
public final class MergeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "results folders (or ledger files)")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the merged results folder")
  Path out;

  @Override
  public Integer call() {
    LedgerMerger.Outcome outcome = LedgerMerger.merge(inputs, out);
    Path first = Files.isDirectory(inputs.get(0)) ? inputs.get(0) : inputs.get(0).getParent();
    Path design = first == null ? null : first.resolve(StudyRunner.DESIGN_FILE);
    if (design != null && Files.isRegularFile(design)) {
      try {
        AtomicFiles.write(out.resolve(StudyRunner.DESIGN_FILE), Files.readAllBytes(design));
      } catch (IOException e) {
        throw new UserFacingException("Cannot read " + design + ": " + AtomicFiles.describe(e), e);
      }
    }
    ResultTables.write(out, RunLedger.read(out.resolve(RunLedger.FILE_NAME)).results());
    PrintWriter console = spec.commandLine().getOut();
    console.println("Merged " + outcome.cells() + " cells (" + outcome.duplicates()
        + " recorded in more than one input; " + outcome.cellsWithTestErrors()
        + " with their test errors) into " + out);
    for (String warning : outcome.warnings()) {
      console.println("note: " + warning);
    }
    SummaryPrinter.print(console, out);
    return ExitCodes.OK; // LedgerMerger refuses inputs without finished cells
  }
}
