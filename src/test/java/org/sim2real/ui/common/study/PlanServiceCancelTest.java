package org.sim2real.ui.common.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.feature.FeatureMatrices;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.SyntheticStudyFiles;

/** Planning a large table can be stopped: the planner stops, and its callers hear why. */
class PlanServiceCancelTest {
  @TempDir Path dir;

  @Test
  void aStoppedPlanTellsItsCallersAndLeavesNoPlan() throws Exception {
    SyntheticStudyFiles.write(dir, 3000, 120);
    List<Runnable> queued = new ArrayList<>();
    PlanService plans = new PlanService(queued::add, Runnable::run, Runnable::run);
    PlanService.PlanKey key = new PlanService.PlanKey(SyntheticStudyFiles.design(), "a", "b", dir);
    List<Throwable> failures = new ArrayList<>();
    AtomicInteger planned = new AtomicInteger();
    plans.plan(key, 1, p -> planned.incrementAndGet(), failures::add);
    assertTrue(plans.busyProperty().get());

    plans.cancel(); // before the planner gets to work: it stops at its first question
    queued.removeFirst().run();

    assertEquals(0, planned.get());
    assertEquals(1, failures.size());
    assertInstanceOf(PlanService.Cancelled.class, failures.get(0));
    assertFalse(plans.busyProperty().get());
    assertNull(plans.planFor(key));

    // planning again works
    plans.plan(key, 1, p -> planned.incrementAndGet(), failures::add);
    queued.removeFirst().run();
    assertEquals(1, planned.get());
  }

  @Test
  void theWaitingRequestIsDroppedToo() throws Exception {
    SyntheticStudyFiles.write(dir, 500, 120);
    List<Runnable> queued = new ArrayList<>();
    PlanService plans = new PlanService(queued::add, Runnable::run, Runnable::run);
    PlanService.PlanKey first = new PlanService.PlanKey(SyntheticStudyFiles.design(), "a", "b",
        dir);
    PlanService.PlanKey second = new PlanService.PlanKey(
        SyntheticStudyFiles.design().withRepetitions(9), "a", "b", dir);
    List<Throwable> failures = new ArrayList<>();
    plans.plan(first, 1, p -> { }, failures::add);
    plans.plan(second, 1, p -> { }, failures::add);
    plans.cancel();
    assertEquals(1, failures.size(), "the waiting request is told at once");
    queued.removeFirst().run();
    assertEquals(2, failures.size());
    assertTrue(failures.stream().allMatch(PlanService.Cancelled.class::isInstance));
    assertTrue(queued.isEmpty(), "nothing is planned after a stop");
  }

  @Test
  void featurizingStopsBetweenBlocks() {
    List<List<String>> formulas = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      formulas.add(List.of("Fe2O3"));
    }
    AtomicInteger asked = new AtomicInteger();
    assertThrows(CancellationException.class, () -> FeatureMatrices.featurize(formulas.size(),
        formulas::get, FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS).create(), 1,
        done -> { }, () -> asked.incrementAndGet() > 3));
    assertEquals(4, asked.get(), "asked before each block, stopped at the fourth");
  }

  @Test
  void thePlannerStopsWhenAsked() throws Exception {
    SyntheticStudyFiles.write(dir, 500, 120);
    assertThrows(CancellationException.class, () -> StudyPlanner.plan(
        SyntheticStudyFiles.design(), dir, 1, s -> { }, null, () -> true));
  }
}
