package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A long pass over rows says how far it is now and then, with a rate and the time left. */
class RowProgressTest {
  @Test
  void aLongPassSaysHowFarItIsAtMostEveryTwoSecondsAndAQuickOneSaysNothing() {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    List<String> told = new ArrayList<>();
    RowProgress progress = new RowProgress("Featurizing sim.csv", 300_000, told::add, now::get);
    progress.accept(10_000); // at once: nothing yet
    now.addAndGet(2_000_000_000L);
    progress.accept(100_000);
    now.addAndGet(1_000_000_000L);
    progress.accept(150_000); // only a second later: nothing
    now.addAndGet(1_000_000_000L);
    progress.accept(200_000);
    now.addAndGet(5_000_000_000L);
    progress.accept(300_000); // finished: the caller says so
    assertEquals(List.of(
        "Featurizing sim.csv: 100,000 of 300,000 rows, 50,000 rows/s, about 4 s left",
        "Featurizing sim.csv: 200,000 of 300,000 rows, 50,000 rows/s, about 2 s left"), told);
  }
}
