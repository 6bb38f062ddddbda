package org.sim2real.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyOutcome.Status;
import org.sim2real.ui.common.Texts;

/** The words of the notice that tells how a run ended while another step is on screen. */
class RunEndTest {
  private static StudyOutcome outcome(Status status, int done, List<String> failures) {
    return new StudyOutcome(status, new Progress(done, 9, 0, Duration.ofSeconds(75), null,
        List.of()), failures);
  }

  @Test
  void aFinishedRunSaysHowLongItTookAndWhereToGoOn() {
    RunEnd end = RunDisplay.end(outcome(Status.COMPLETED, 9, List.of()));
    assertEquals(RunEnd.Kind.FINISHED, end.kind());
    assertEquals("Study finished", end.title());
    assertEquals("All 9 cells done in " + Texts.duration(
        Duration.ofSeconds(75)) + ". The Scaling step fits the law.", end.text());
  }

  @Test
  void aCancelledRunSaysWhatIsKeptAndHowToGoOn() {
    RunEnd end = RunDisplay.end(outcome(Status.CANCELLED, 3, List.of()));
    assertEquals(RunEnd.Kind.CANCELLED, end.kind());
    assertEquals("Study cancelled", end.title());
    assertEquals("3 of 9 cells are in the ledger; Resume in the Run step continues.",
        end.text());
  }

  @Test
  void aFailedRunCountsItsErrorsAndPointsAtTheLog() {
    RunEnd end = RunDisplay.end(outcome(Status.FAILED, 4, List.of("cell a", "cell b")));
    assertEquals(RunEnd.Kind.FAILED, end.kind());
    assertEquals("Study stopped with errors", end.title());
    assertEquals("Stopped with 2 errors: 4 of 9 cells are in the ledger; the Run step's log says"
        + " what failed.", end.text());
  }

  @Test
  void anIncompleteRunCountsTheCellsThatDidNotFitAndPointsAtTheRunStep() {
    StudyOutcome.MemoryShortfall memory = new StudyOutcome.MemoryShortfall(List.of("n=60 r=0"),
        List.of("n=60 r=1"), List.of("finetune/n=60/m=32/r=0", "finetune/n=60/m=32/r=1"),
        "Out of memory ... What to do: ...", "What to do: ...");
    RunEnd end = RunDisplay.end(new StudyOutcome(Status.INCOMPLETE, new Progress(7, 9, 0,
        Duration.ofSeconds(75), null, List.of()), List.of(memory.message()), memory));
    assertEquals(RunEnd.Kind.INCOMPLETE, end.kind());
    assertEquals("Study incomplete: out of memory", end.title());
    assertEquals("7 of 9 cells are in the ledger; 2 cells did not fit in memory. The Run step"
        + " says what to do.", end.text());
  }
}
