package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
