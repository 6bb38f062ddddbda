package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TabularRegressorTest {
  private static final TransferProblem TRAIN = TransferProblem.simulation(400, 1);
  private static final TransferProblem TEST = TransferProblem.simulation(300, 2);
  private static final LearningRows TRAIN_ROWS =
      new LearningRows(TRAIN.x, TRAIN.y, TRAIN.rows, TransferProblem.COLS);

  private static float[] fitAndPredict(TabularSettings settings, long seed) {
    return TabularRegressor.fit(settings, TRAIN_ROWS, seed, CancellationToken.NONE)
        .predict(TEST.x, TEST.rows);
  }

  @Test
  void randomForestIsReproducibleWithASeedAndVariesWithoutIt() {
    TabularSettings rf = new TabularSettings.RandomForest(40, 2, 12, 0, 3, 1.0);
    float[] a = fitAndPredict(rf, 7);
    assertArrayEquals(a, fitAndPredict(rf, 7));
    assertFalse(java.util.Arrays.equals(a, fitAndPredict(rf, 8)));
    assertTrue(Metrics.of(TEST.y, a).r2() > 0.7, "R2 " + Metrics.of(TEST.y, a).r2());
  }

  @Test
  void gradientBoostingIsReproducibleAcrossConcurrentFits() throws Exception {
    TabularSettings gbm = new TabularSettings.GradientBoosting(100, 6, 8, 3, 0.1, 0.7);
    TabularSettings rf = new TabularSettings.RandomForest(30, 2, 12, 0, 3, 1.0);
    float[] gbmAlone = fitAndPredict(gbm, 3);
    float[] rfAlone = fitAndPredict(rf, 3);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Future<float[]>> gbms = new java.util.ArrayList<>();
      java.util.List<Future<float[]>> rfs = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        gbms.add(pool.submit(() -> fitAndPredict(gbm, 3)));
        rfs.add(pool.submit(() -> fitAndPredict(rf, 3)));
      }
      for (int i = 0; i < 3; i++) {
        assertArrayEquals(gbmAlone, gbms.get(i).get());
        assertArrayEquals(rfAlone, rfs.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(Metrics.of(TEST.y, gbmAlone).r2() > 0.8, "R2 " + Metrics.of(TEST.y, gbmAlone).r2());
  }

  @Test
  void gaussianProcessFitsASmoothFunction() {
    assumeTrue(org.sim2real.app.NativeLibraryCheck.missingLibraries().isEmpty(),
        "OpenBLAS is not installed");
    float[] predictions = fitAndPredict(TabularSettings.GaussianProcess.defaults(), 1);
    Metrics metrics = Metrics.of(TEST.y, predictions);
    assertTrue(metrics.r2() > 0.95, "R2 " + metrics.r2());
  }

  @Test
  void gaussianProcessSubsamplesLargeTrainingSetsReproducibly() {
    assumeTrue(org.sim2real.app.NativeLibraryCheck.missingLibraries().isEmpty(),
        "OpenBLAS is not installed");
    TabularSettings gp = new TabularSettings.GaussianProcess(0, 0.05, 150);
    assertArrayEquals(fitAndPredict(gp, 4), fitAndPredict(gp, 4));
    assertFalse(java.util.Arrays.equals(fitAndPredict(gp, 4), fitAndPredict(gp, 5)));
  }

  @Test
  void cancellationStopsBoostingBetweenTrees() {
    AtomicInteger polls = new AtomicInteger();
    CancellationToken cancelSoon = () -> polls.incrementAndGet() > 5;
    TabularSettings gbm = new TabularSettings.GradientBoosting(100_000, 6, 8, 3, 0.1, 0.7);
    assertThrows(CancellationException.class,
        () -> TabularRegressor.fit(gbm, TRAIN_ROWS, 1, cancelSoon));
    assertTrue(polls.get() < 1000, "stopped after " + polls.get() + " polls");
  }

  @Test
  void everyTabularModelSurvivesTheByteCache() {
    java.util.List<TabularSettings> all = new java.util.ArrayList<>(java.util.List.of(
        new TabularSettings.RandomForest(20, 0, 10, 0, 5, 1.0),
        new TabularSettings.GradientBoosting(30, 6, 8, 3, 0.1, 0.7)));
    if (org.sim2real.app.NativeLibraryCheck.missingLibraries().isEmpty()) {
      all.add(new TabularSettings.GaussianProcess(0.5, 0.05, 200));
    }
    for (TabularSettings settings : all) {
      PretrainedModel model = PretrainedModel.OfTabular.of(
          TabularRegressor.fit(settings, TRAIN_ROWS, 2, CancellationToken.NONE));
      PretrainedModel back = PretrainedModel.fromBytes(model.toBytes());
      assertArrayEquals(model.predict(TEST.x, TEST.rows), back.predict(TEST.x, TEST.rows),
          settings.displayName());
    }
  }

  @Test
  void rejectsNonFiniteTargets() {
    float[] y = TRAIN.y.clone();
    y[5] = Float.POSITIVE_INFINITY;
    assertThrows(IllegalArgumentException.class, () -> TabularRegressor.fit(
        TabularSettings.GradientBoosting.defaults(), new LearningRows(TRAIN.x, y, TRAIN.rows, 6),
        1, CancellationToken.NONE));
  }

  @Test
  void metricsAreComputedInDoublePrecision() {
    Metrics m = Metrics.of(new float[] {1, 2, 3, 4}, new float[] {1, 2, 3, 6});
    assertEquals(0.5, m.mae(), 1e-12);
    assertEquals(1.0, m.rmse(), 1e-12);
    assertEquals(1 - 4.0 / 5.0, m.r2(), 1e-12);
    assertEquals(4, m.count());
  }

  @Test
  void settingsRejectImpossibleValues() {
    assertThrows(IllegalArgumentException.class,
        () -> new TabularSettings.GradientBoosting(0, 6, 8, 3, 0.1, 0.7));
    assertThrows(IllegalArgumentException.class,
        () -> new TabularSettings.RandomForest(10, 0, 10, 0, 5, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> new TabularSettings.GaussianProcess(0, 0, 100));
  }
}
