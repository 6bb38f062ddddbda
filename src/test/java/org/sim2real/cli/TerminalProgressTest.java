package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.StudyOutcome;

/** The closing lines of a run on a terminal. */
class TerminalProgressTest {
  @Test
  void anIncompleteRunCountsTheCellsThatDidNotFitAndPrintsTheMessage() {
    StudyOutcome.MemoryShortfall memory = new StudyOutcome.MemoryShortfall(List.of("n=1000 r=0"),
        List.of("n=1000 r=1"), List.of("finetune/n=1000/m=50/r=0", "finetune/n=1000/m=50/r=1"),
        "Out of memory (Java heap space) in n=1000 r=0 ... What to do: ...", "What to do: ...");
    StringWriter text = new StringWriter();
    new TerminalProgress(new PrintWriter(text, true), false).studyFinished(new StudyOutcome(
        StudyOutcome.Status.INCOMPLETE, new Progress(7, 9, 0, Duration.ofSeconds(75), null,
            List.of()), List.of(memory.message()), memory));
    assertEquals(List.of("Incomplete: 7 of 9 cells; 2 did not fit in memory (see below)",
        "  error: Out of memory (Java heap space) in n=1000 r=0 ... What to do: ..."),
        text.toString().lines().toList());
  }
}
