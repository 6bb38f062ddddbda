package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.StudyOutcome;

class SummaryPrinterTest {
  @TempDir Path dir;

  private String summaryOf(String cells) throws Exception {
    Files.writeString(dir.resolve("cells.csv"), cells);
    StringWriter text = new StringWriter();
    SummaryPrinter.print(new PrintWriter(text, true), dir);
    return text.toString();
  }

  @Test
  void aShardWithoutScratchCellsShowsADashInsteadOfNaN() throws Exception {
    String summary = summaryOf("strategy,n,m,repetition,mae\n"
        + "finetune,100,50,0,0.50\nfinetune,100,50,1,0.52\n"
        + "finetune,1000,50,0,0.40\nfinetune,1000,50,1,0.42\n");
    assertFalse(summary.contains("NaN"), summary);
    assertTrue(summary.lines().anyMatch(l -> l.strip().startsWith("1,000") && l.strip().endsWith("-")),
        summary);
  }

  @Test
  void withScratchCellsTheDifferenceToScratchIsPrinted() throws Exception {
    String summary = summaryOf("strategy,n,m,repetition,mae\n"
        + "finetune,100,50,0,0.50\nfinetune,100,50,1,0.52\n"
        + "scratch,0,50,0,0.60\nscratch,0,50,1,0.60\n");
    assertTrue(summary.contains("scratch baseline 0.6000"), summary);
    assertTrue(summary.contains("-0.0900"), summary);
  }

  @Test
  void aRunThatLeftCellsOutForMemoryEndsWithThemAndTheWaysOut() throws Exception {
    Files.writeString(dir.resolve("cells.csv"), "strategy,n,m,repetition,mae\n"
        + "finetune,100,50,0,0.50\nscratch,0,50,0,0.60\n");
    StudyOutcome.MemoryShortfall memory = new StudyOutcome.MemoryShortfall(
        java.util.List.of("n=1000 r=0"), java.util.List.of("n=1000 r=1"),
        java.util.List.of("finetune/n=1000/m=50/r=0", "finetune/n=1000/m=50/r=1"),
        "Out of memory ... What to do: run again with 1 thread.", "What to do: run again with 1"
            + " thread.");
    StringWriter text = new StringWriter();
    SummaryPrinter.print(new PrintWriter(text, true), dir, memory);
    String summary = text.toString();
    assertTrue(summary.contains("scratch baseline 0.6000"), summary);
    assertTrue(summary.endsWith("""

        Incomplete: 2 cells did not fit in memory and are not in the ledger:
          ran out of memory: n=1000 r=0
          not started (n as large or larger): n=1000 r=1
        What to do: run again with 1 thread.
        """.replace("\n", System.lineSeparator())), summary);

    StringWriter plain = new StringWriter();
    SummaryPrinter.print(new PrintWriter(plain, true), dir);
    assertEquals(summary.substring(0, summary.indexOf(System.lineSeparator() + "Incomplete")),
        plain.toString(), "without a shortfall only the table");
  }
}
