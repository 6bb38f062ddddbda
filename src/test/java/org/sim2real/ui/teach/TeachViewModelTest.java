package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;
import org.sim2real.ui.common.BackgroundTasks;

/** The Teach screen's state without JavaFX controls: background work runs when the test says. */
class TeachViewModelTest {
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private final List<String> started = new ArrayList<>(); // titles of the tasks handed to the worker
  private final TeachViewModel model = new TeachViewModel(new BackgroundTasks(job -> {
    started.add(((BackgroundTasks.Job) job).title());
    workers.add(job);
  }, Runnable::run, Runnable::run));

  /** Fits (quick or full) handed to the worker so far. */
  private long fitsStarted() {
    return started.stream().filter("Fitting the simulated study"::equals).count();
  }

  private void finishBackgroundWork() {
    while (!workers.isEmpty()) {
      workers.poll().run();
    }
  }

  private TeachResult result() {
    TeachResult result = model.resultProperty().get();
    assertNotNull(result, "no result shown");
    return result;
  }

  private void runWholeStudy() {
    model.runStudy();
    model.finishReveal();
    finishBackgroundWork();
  }

  @Test
  void slidersFeedTheGenerator() {
    model.dProperty().set(2.5);
    model.alphaProperty().set(0.45);
    model.cProperty().set(0.12);
    model.mProperty().set(125);
    model.noiseProperty().set(0.04);
    model.repetitionsProperty().set(7);
    model.nMinProperty().set(200);
    model.nMaxProperty().set(20_000);
    model.sizeCountProperty().set(6);
    runWholeStudy();
    TeachingSetup setup = result().setup();
    assertEquals(new TeachingSetup(2.5, 0.45, 0.12, 125, 0.04, 7, 200, 20_000, 6, 2), setup);
    List<Observation> rows = result().table().observations();
    assertEquals(7 * (6 + 1), rows.size(), "6 sizes and the baseline, 7 repetitions each");
    assertTrue(rows.stream().allMatch(o -> o.m() == 125));
    assertEquals(0.08, setup.spec().relativeNoise(), 1e-12, "noise doubles at a quarter of m");
  }

  @Test
  void fitRecoversTheTruthWithinItsIntervalsForACleanStudy() {
    model.apply(new TeachingSetup(1.2, 0.3, 0.2, 500, 0.02, 20, 100, 100_000, 10, 2));
    runWholeStudy();
    TeachResult fitted = result();
    assertTrue(fitted.fitted());
    assertEquals(TeachViewModel.FULL_RESAMPLES, fitted.resamples());
    for (TruthCheck check : fitted.checks()) {
      assertEquals(TruthCheck.Status.INSIDE, check.status(), check.toString());
    }
    assertEquals(0.3, fitted.curve().parameter("alpha").value(), 0.03);
    assertEquals(0.2, fitted.curve().parameter("C").value(), 0.01);
  }

  @Test
  void targetBelowTheFloorIsUnreachableInTruthAndForecast() {
    runWholeStudy();
    model.targetProperty().set(0.15);
    finishBackgroundWork();
    TeachResult result = result();
    assertEquals(0.15, result.target());
    assertEquals(DataNeedVerdict.UNREACHABLE, result.dataNeed().verdict());
    TruthCheck need = result.checks().get(3);
    assertEquals("n*", need.name());
    assertEquals("unreachable", need.truthText());
    assertEquals("unreachable", need.fittedText());
    assertEquals(TruthCheck.Status.INSIDE, need.status());
  }

  @Test
  void targetAboveTheFloorForecastsTheDataNeedAgainstTheTruth() {
    runWholeStudy();
    TeachResult result = result();
    assertEquals(DataNeedVerdict.REACHABLE, result.dataNeed().verdict());
    double trueNeed = result.setup().trueRequiredN(TeachViewModel.DEFAULT_TARGET).orElseThrow();
    assertEquals(trueNeed, result.checks().get(3).truth(), 1e-6);
    assertTrue(result.dataNeed().requiredN().interval().lower() < trueNeed);
  }

  @Test
  void manySliderChangesCauseFewFits() {
    runWholeStudy();
    long fits = fitsStarted();
    List<Integer> resamplesShown = new ArrayList<>();
    model.resultProperty().addListener((obs, old, now) -> {
      if (now != null) {
        resamplesShown.add(now.resamples());
      }
    });
    for (int i = 1; i <= 30; i++) {
      model.alphaProperty().set(0.3 + i * 0.01); // a drag: every change asks for a refit
    }
    finishBackgroundWork();
    assertEquals(fits + 2, fitsStarted(),
        "one fit for the first change, one for the latest of the 29 that came meanwhile");
    assertTrue(resamplesShown.stream().allMatch(r -> r == TeachViewModel.QUICK_RESAMPLES),
        "no full fit while the slider moves: " + resamplesShown);
    assertEquals(0.6, result().setup().alpha(), 1e-12, "the latest value is the one shown");
    assertEquals(TeachViewModel.QUICK_RESAMPLES, result().resamples());
    assertTrue(model.refining());
    model.settle();
    finishBackgroundWork();
    assertEquals(fits + 3, fitsStarted(), "one full fit when the slider is let go");
    assertEquals(TeachViewModel.FULL_RESAMPLES, result().resamples());
    assertFalse(model.refining());
  }

  @Test
  void whileTheStudyFillsInOnlyItsPointsAreShownThenTheLaw() {
    model.runStudy();
    assertTrue(model.revealingProperty().get());
    model.revealedProperty().set(40);
    finishBackgroundWork();
    TeachResult running = result();
    assertEquals(40, running.revealed());
    assertFalse(running.complete());
    assertFalse(running.fitted(), "no law before every result is in");
    assertEquals(40, running.table().observations().size());
    model.revealedProperty().set(model.totalProperty().get());
    finishBackgroundWork();
    assertFalse(model.revealingProperty().get());
    assertTrue(result().complete());
    assertTrue(result().fitted());
  }

  @Test
  void changingASettingWhileTheStudyFillsInShowsTheWholeStudy() {
    model.runStudy();
    model.revealedProperty().set(10);
    model.cProperty().set(0.25);
    finishBackgroundWork();
    assertFalse(model.revealingProperty().get());
    assertTrue(result().complete());
    assertEquals(0.25, result().setup().c());
  }

  @Test
  void nothingIsFittedBeforeTheStudyRuns() {
    model.alphaProperty().set(0.5);
    model.settle();
    assertTrue(workers.isEmpty());
    assertNull(model.resultProperty().get());
    assertEquals(0.5, model.setupProperty().get().alpha(), "the truth is still shown");
  }

  @Test
  void impossibleSettingsExplainThemselvesAndKeepTheLastFit() {
    runWholeStudy();
    TeachResult before = result();
    model.nMinProperty().set(200_000);
    finishBackgroundWork();
    assertTrue(model.problemProperty().get().contains("must be above the smallest n"),
        model.problemProperty().get());
    assertEquals(before, result());
    model.nMinProperty().set(100);
    assertEquals("", model.problemProperty().get());
  }

  @Test
  void newDrawTakesTheNextSeedAndRefitsInFull() {
    runWholeStudy();
    long seed = model.seedProperty().get();
    long fits = fitsStarted();
    model.newDraw();
    finishBackgroundWork();
    assertEquals(seed + 1, result().setup().seed());
    assertEquals(fits + 2, fitsStarted(), "a quick fit to show at once, then one full fit");
    assertEquals(TeachViewModel.FULL_RESAMPLES, result().resamples());
  }

  @Test
  void resetRestoresTheStartingStudy() {
    runWholeStudy();
    model.alphaProperty().set(0.7);
    model.targetProperty().set(0.5);
    model.reset();
    finishBackgroundWork();
    assertEquals(TeachingSetup.defaults(), result().setup());
    assertEquals(TeachViewModel.DEFAULT_TARGET, result().target());
  }
}
