package org.sim2real.ui.common.study;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.TrainingSteps;

/**
 * The training steps of an MLP design, counted the way the engine groups its work (one group per
 * simulation source, n and repetition that pretrains once and adapts every m and strategy; one
 * scratch group per m and repetition). Divided by a measured step rate it gives the run-time estimate of the Study
 * screen.
 *
 * @param pretrainSteps optimizer steps of all pretraining
 * @param adaptSteps optimizer steps of fine-tuning, new heads and scratch baselines, a new-head
 *     step counted as {@link #NEW_HEAD_STEP_COST} of a full step
 * @param largestGroupSteps the steps of the most expensive group: no number of threads finishes
 *     sooner than that
 * @param groups number of work groups (how many threads can be busy at once)
 */
public record StepCount(double pretrainSteps, double adaptSteps, double largestGroupSteps,
    int groups) {

  /** What a step of a new output layer costs, in full steps (see {@link TrainingSteps}). */
  public static final double NEW_HEAD_STEP_COST = TrainingSteps.NEW_HEAD_STEP_COST;

  /** Steps of an MLP design; null for tabular models or when the data size is needed and unknown. */
  public static @Nullable StepCount of(StudyDesign design, DataFacts facts) {
    if (!(design.model() instanceof ModelSpec.Mlp mlp)) {
      return null;
    }
    List<Integer> sizes = CellCount.resolvedSizes(design, facts);
    Integer pool = facts.trainingPool(design.testFraction(), design.testSet() != null);
    List<Integer> ms = design.experimentalSizes().isEmpty()
        ? (pool == null ? null : List.of(pool))
        : design.experimentalSizes();
    boolean anyTransfer = design.strategies().stream()
        .anyMatch(TransferStrategy::needsPretrainedModel);
    if (ms == null || (anyTransfer && sizes == null)) {
      return null;
    }
    double pretrain = 0;
    double adapt = 0;
    double largest = 0;
    int groups = 0;
    int reps = design.repetitions();
    if (anyTransfer) {
      List<Integer> allSizes = new java.util.ArrayList<>(sizes);
      for (Integer rows : facts.sourceRows()) { // each source pretrains on its own sizes
        allSizes.addAll(CellCount.sourceSizes(sizes, rows));
      }
      for (int n : allSizes) {
        double group = steps(mlp.pretrain(), n);
        for (int m : ms) {
          for (TransferStrategy s : design.strategies()) {
            if (s == TransferStrategy.FINE_TUNE) {
              group += steps(mlp.fineTune(), m);
            } else if (s == TransferStrategy.FROZEN_FEATURES) {
              group += NEW_HEAD_STEP_COST * steps(mlp.newHead(), m);
            }
          }
        }
        pretrain += reps * steps(mlp.pretrain(), n);
        adapt += reps * (group - steps(mlp.pretrain(), n));
        largest = Math.max(largest, group);
        groups += reps;
      }
    }
    for (int m : ms) {
      double scratch = steps(mlp.scratch(), m);
      adapt += reps * scratch;
      largest = Math.max(largest, scratch);
      groups += reps;
    }
    return new StepCount(pretrain, adapt, largest, groups);
  }

  private static double steps(MlpSettings settings, int rows) {
    return settings.length().steps(Math.max(1, rows), settings.batchSize());
  }

  public double totalSteps() {
    return pretrainSteps + adaptSteps;
  }

  /**
   * The wall time with {@code threads} workers at {@code stepsPerSecond} per worker: the total
   * shared by the threads that have work, but never less than the largest group.
   */
  public Duration wallTime(double stepsPerSecond, int threads) {
    if (!(stepsPerSecond > 0)) {
      throw new IllegalArgumentException("steps per second must be positive, got " + stepsPerSecond);
    }
    int busy = Math.max(1, Math.min(threads, groups));
    double seconds = Math.max(totalSteps() / busy, largestGroupSteps) / stepsPerSecond;
    return Duration.ofMillis((long) Math.ceil(seconds * 1000));
  }
}
