package org.sim2real.core.model;

/** Settings of a Smile regression model used as a tabular learner. */
public sealed interface TabularSettings {

  /** Display name, e.g. for the study editor and reports. */
  String displayName();

  /**
   * Gradient-boosted regression trees (Smile GradientTreeBoost) with least-squares loss.
   *
   * @param trees boosting rounds
   * @param maxDepth maximum tree depth
   * @param maxNodes maximum leaves per tree
   * @param nodeSize minimum rows per leaf
   * @param shrinkage learning rate of each tree
   * @param subsample fraction of rows drawn (without replacement) for each tree
   */
  record GradientBoosting(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage,
      double subsample) implements TabularSettings {
    public GradientBoosting {
      positive("trees", trees);
      positive("max depth", maxDepth);
      if (maxNodes < 2) {
        throw new IllegalArgumentException("max nodes must be at least 2, got " + maxNodes);
      }
      positive("node size", nodeSize);
      fraction("shrinkage", shrinkage);
      fraction("subsample", subsample);
    }

    /** Smile's defaults except least-squares loss: 500 trees, depth 20, 6 leaves, rate 0.05. */
    public static GradientBoosting defaults() {
      return new GradientBoosting(500, 20, 6, 5, 0.05, 0.7);
    }

    @Override
    public String displayName() {
      return "Gradient boosting";
    }
  }

  /**
   * Random forest of regression trees (Smile RandomForest).
   *
   * @param trees number of trees
   * @param mtry features tried per split; 0 = a third of the features
   * @param maxDepth maximum tree depth
   * @param maxNodes maximum leaves per tree; 0 = rows / nodeSize
   * @param nodeSize minimum rows per leaf
   * @param subsample fraction of rows per tree (1.0 = bootstrap sample with replacement)
   */
  record RandomForest(int trees, int mtry, int maxDepth, int maxNodes, int nodeSize,
      double subsample) implements TabularSettings {
    public RandomForest {
      positive("trees", trees);
      if (mtry < 0 || maxNodes < 0) {
        throw new IllegalArgumentException("mtry and max nodes must be >= 0 (0 = automatic)");
      }
      positive("max depth", maxDepth);
      positive("node size", nodeSize);
      fraction("subsample", subsample);
    }

    /** 200 trees, mtry = p/3, depth 20, node size 5, bootstrap samples. */
    public static RandomForest defaults() {
      return new RandomForest(200, 0, 20, 0, 5, 1.0);
    }

    @Override
    public String displayName() {
      return "Random forest";
    }
  }

  /**
   * Gaussian process regression with a Gaussian (RBF) kernel (Smile GaussianProcessRegression).
   * Exact GP costs O(rows^3): larger training sets are subsampled to {@code maxTrainingRows}
   * with the fit's seed.
   *
   * @param lengthScale kernel width sigma of exp(-|x-y|^2 / (2 sigma^2)); 0 = the median distance
   *     between training rows (estimated on a seeded sample)
   * @param noise noise variance added to the kernel diagonal (in standardized target units)
   * @param maxTrainingRows the largest training set fitted exactly
   */
  record GaussianProcess(double lengthScale, double noise, int maxTrainingRows)
      implements TabularSettings {
    public GaussianProcess {
      if (!(lengthScale >= 0 && Double.isFinite(lengthScale))) {
        throw new IllegalArgumentException("length scale must be >= 0 (0 = automatic)");
      }
      if (!(noise > 0 && Double.isFinite(noise))) {
        throw new IllegalArgumentException("noise variance must be positive, got " + noise);
      }
      if (maxTrainingRows < 2) {
        throw new IllegalArgumentException("max training rows must be at least 2");
      }
    }

    /** Median-distance length scale, noise 0.05, at most 3000 training rows. */
    public static GaussianProcess defaults() {
      return new GaussianProcess(0, 0.05, 3000);
    }

    @Override
    public String displayName() {
      return "Gaussian process";
    }
  }

  private static void positive(String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + value);
    }
  }

  private static void fraction(String what, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in (0, 1], got " + value);
    }
  }
}
