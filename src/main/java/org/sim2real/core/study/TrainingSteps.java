package org.sim2real.core.study;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;

/**
 * The optimizer steps of the work groups of a resolved MLP design, counted per training phase
 * (pretraining at n, then per cell fine-tuning, a new head or a scratch model at m), and the wall
 * time they take at a measured rate ({@link StepTimer}): the run-time estimate of a shard on a
 * cluster. The Study step's estimate ({@code ui.common.study.StepCount}) counts the same way.
 */
public final class TrainingSteps {
  /**
   * A step of a new output layer on frozen hidden layers costs the forward pass through the
   * frozen layers and little else; about 40% of a full step for a 256-128 network (forward is a
   * third of a step, the head's backward pass is tiny).
   */
  public static final double NEW_HEAD_STEP_COST = 0.4;

  private TrainingSteps() {}

  /** Steps of one group, or empty for tree and kernel models (which do not train in steps). */
  public static Optional<Double> of(StudyDesign design, WorkOrder.Group group) {
    if (!(design.model() instanceof ModelSpec.Mlp mlp)) {
      return Optional.empty();
    }
    Cell first = group.cells().get(0);
    double steps = first.n() > 0 ? steps(mlp.pretrain(), first.n()) : 0;
    for (Cell cell : group.cells()) {
      steps += switch (StrategyIds.parseCellStrategy(cell.strategy())) {
        case FINE_TUNE -> steps(mlp.fineTune(), cell.m());
        case FROZEN_FEATURES -> NEW_HEAD_STEP_COST * steps(mlp.newHead(), cell.m());
        case SCRATCH -> steps(mlp.scratch(), cell.m());
        default -> steps(mlp.fineTune(), cell.m());
      };
    }
    return Optional.of(steps);
  }

  /**
   * The wall time of {@code groups} on {@code threads} workers at {@code stepsPerSecond} per
   * worker: the steps shared by the workers that have work, but never less than the largest
   * group, which one worker runs alone. Empty for tree and kernel models.
   */
  public static Optional<Duration> wallTime(StudyDesign design, List<WorkOrder.Group> groups,
      int threads, double stepsPerSecond) {
    if (!(stepsPerSecond > 0) || threads < 1) {
      throw new IllegalArgumentException("needs a positive step rate and at least one thread");
    }
    double total = 0;
    double largest = 0;
    for (WorkOrder.Group group : groups) {
      Optional<Double> steps = of(design, group);
      if (steps.isEmpty()) {
        return Optional.empty();
      }
      total += steps.get();
      largest = Math.max(largest, steps.get());
    }
    int busy = Math.max(1, Math.min(threads, groups.size()));
    double seconds = Math.max(total / busy, largest) / stepsPerSecond;
    return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
  }

  private static double steps(MlpSettings settings, int rows) {
    return settings.length().steps(Math.max(1, rows), settings.batchSize());
  }
}
