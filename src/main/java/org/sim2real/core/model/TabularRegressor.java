package org.sim2real.core.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;
import smile.model.cart.Loss;
import smile.regression.GaussianProcessRegression;
import smile.regression.GradientTreeBoost;
import smile.regression.RandomForest;
import smile.regression.Regression;
import smile.util.IterativeAlgorithmController;

/**
 * Fits Smile regression models reproducibly and on one thread.
 *
 * <p>Why the dedicated single-thread pool: Smile builds random-forest trees and searches tree
 * splits with parallel streams on the shared fork-join pool, and draws its random numbers
 * (bootstrap samples, feature subsets, boosting subsamples) from a thread-local generator in
 * {@link MathEx}. With several workers, a worker that waits inside one tree may run part of
 * another tree, which reseeds that thread's generator mid-tree, so results would depend on
 * scheduling; it would also use every core although a study runs one cell per core. Each fit
 * therefore runs inside its own one-thread fork-join pool: the parallel streams run there in a
 * fixed order, the thread-local generator is seeded at the start ({@code MathEx.setSeed} only
 * affects that pool thread) and random forests get explicit per-tree seeds.
 */
public final class TabularRegressor {
  private TabularRegressor() {}

  /**
   * Fits a model on {@code training} rows.
   *
   * @throws CancellationException when {@code cancel} asks to stop: gradient boosting stops
   *     between trees; Smile's random forest reports each tree but never checks for a stop, and
   *     a Gaussian process is one factorization, so those two notice only when the fit returns
   */
  public static Predictor fit(TabularSettings settings, LearningRows training, long seed,
      CancellationToken cancel) {
    float[] x = training.x().denseValues();
    float[] y = training.y();
    int rows = training.rows();
    int cols = training.cols();
    validate(x, y, rows, cols);
    cancel.throwIfCancelled();
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      TabularModel model = pool.submit(() -> fitOnThisThread(settings, x, y, rows, cols, seed,
          cancel)).get();
      cancel.throwIfCancelled();
      return model;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("model fit failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while fitting");
    } finally {
      pool.shutdownNow();
    }
  }

  private static TabularModel fitOnThisThread(TabularSettings settings, float[] x, float[] y,
      int rows, int cols, long seed, CancellationToken cancel) {
    MathEx.setSeed(seed);
    return switch (settings) {
      case TabularSettings.GradientBoosting s -> {
        try (IterativeAlgorithmController<GradientTreeBoost.TrainingStatus> controller =
            controller(cancel)) {
          var options = new GradientTreeBoost.Options(Loss.ls(), s.trees(), s.maxDepth(),
              s.maxNodes(), s.nodeSize(), s.shrinkage(), s.subsample(), null, controller);
          yield new TabularModel("gbm", cols,
              GradientTreeBoost.fit(Formula.lhs("y"), frame(x, y, rows, cols), options));
        }
      }
      case TabularSettings.RandomForest s -> {
        long[] treeSeeds = new SplittableRandom(seed).longs(s.trees()).toArray();
        try (IterativeAlgorithmController<RandomForest.TrainingStatus> controller =
            controller(cancel)) {
          var options = new RandomForest.Options(s.trees(), s.mtry(), s.maxDepth(), s.maxNodes(),
              s.nodeSize(), s.subsample(), treeSeeds, controller);
          yield new TabularModel("rf", cols,
              RandomForest.fit(Formula.lhs("y"), frame(x, y, rows, cols), options));
        }
      }
      case TabularSettings.GaussianProcess s -> fitGaussianProcess(s, x, y, rows, cols, seed);
    };
  }

  private static TabularModel fitGaussianProcess(TabularSettings.GaussianProcess s, float[] x,
      float[] y, int rows, int cols, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] chosen = null;
    int n = rows;
    if (rows > s.maxTrainingRows()) {
      chosen = sample(rows, s.maxTrainingRows(), random);
      n = chosen.length;
    }
    double[][] data = toDoubleRows(x, rows, cols, chosen);
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = y[chosen == null ? i : chosen[i]];
    }
    double sigma = s.lengthScale() > 0 ? s.lengthScale() : medianDistance(data, random);
    var options = new GaussianProcessRegression.Options(s.noise(), true, 1e-5, 0);
    Regression<double[]> gp =
        GaussianProcessRegression.fit(data, target, new GaussianKernel(sigma), options);
    return new TabularModel("gp", cols, gp);
  }

  /** Median Euclidean distance between pairs of a seeded sample of rows (at least 1e-6). */
  static double medianDistance(double[][] data, SplittableRandom random) {
    int pairs = Math.min(20_000, data.length * (data.length - 1) / 2);
    double[] d = new double[Math.max(pairs, 1)];
    for (int k = 0; k < pairs; k++) {
      int i = random.nextInt(data.length);
      int j = random.nextInt(data.length - 1);
      if (j >= i) {
        j++;
      }
      d[k] = MathEx.distance(data[i], data[j]);
    }
    Arrays.sort(d);
    return Math.max(d[d.length / 2], 1e-6);
  }

  private static int[] sample(int rows, int count, SplittableRandom random) {
    int[] all = new int[rows];
    for (int i = 0; i < rows; i++) {
      all[i] = i;
    }
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(rows - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = Arrays.copyOf(all, count);
    Arrays.sort(chosen);
    return chosen;
  }

  /** A controller whose status callback (delivered on the fitting thread) stops on cancel. */
  private static <T> IterativeAlgorithmController<T> controller(CancellationToken cancel) {
    IterativeAlgorithmController<T> controller = new IterativeAlgorithmController<>(Runnable::run, 16);
    controller.subscribe(new Flow.Subscriber<T>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(T status) {
        if (cancel.isCancelled()) {
          controller.stop();
        }
      }

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    });
    return controller;
  }

  private static DataFrame frame(float[] x, float[] y, int rows, int cols) {
    double[][] data = new double[rows][cols + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        data[r][c] = x[r * cols + c];
      }
      data[r][cols] = y[r];
    }
    String[] names = Arrays.copyOf(featureNames(cols), cols + 1);
    names[cols] = "y";
    return DataFrame.of(data, names);
  }

  static String[] featureNames(int cols) {
    String[] names = new String[cols];
    for (int c = 0; c < cols; c++) {
      names[c] = "x" + c;
    }
    return names;
  }

  static double[][] toDoubleRows(float[] x, int rows, int cols, int @Nullable [] chosen) {
    int n = chosen == null ? rows : chosen.length;
    double[][] data = new double[n][cols];
    for (int i = 0; i < n; i++) {
      int r = chosen == null ? i : chosen[i];
      for (int c = 0; c < cols; c++) {
        data[i][c] = x[r * cols + c];
      }
    }
    return data;
  }

  private static void validate(float[] x, float[] y, int rows, int cols) {
    if (rows < 2 || cols < 1) {
      throw new IllegalArgumentException("a tabular model needs at least 2 rows and 1 feature, got "
          + rows + " rows and " + cols + " features");
    }
    if ((long) rows * cols > x.length || rows > y.length) {
      throw new IllegalArgumentException(rows + " rows of " + cols + " features do not fit "
          + x.length + " inputs and " + y.length + " targets");
    }
    for (int i = 0; i < rows; i++) {
      if (!Float.isFinite(y[i])) {
        throw new IllegalArgumentException("target of row " + i + " is not a finite number");
      }
    }
    for (int i = 0, n = rows * cols; i < n; i++) {
      if (!Float.isFinite(x[i])) {
        throw new IllegalArgumentException("feature " + (i % cols) + " of row " + (i / cols)
            + " is not a finite number");
      }
    }
  }
}
