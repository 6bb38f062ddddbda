package org.sim2real.core.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureMatrix;
import org.sim2real.core.feature.FeatureRows;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.MemoryEstimate;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StepTimer;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.TrainingSteps;
import org.sim2real.core.study.WorkOrder;

/**
 * The resources a shard of a planned study asks for: the memory of the most demanding shard
 * ({@link MemoryEstimate}) and a time limit from the training steps of the slowest shard at a
 * step rate measured on this machine ({@link TrainingSteps}, {@link StepTimer}), with a margin:
 * twice (planning plus training) plus {@value #START_MINUTES} minutes for the JVM and a slow
 * file system, rounded up to a quarter of an hour. Tree and kernel models are not counted in
 * steps; their shards ask for {@value #UNKNOWN_TIME_HOURS} hours unless told otherwise.
 *
 * <p>An adaptive study's shards ({@link #ofAdaptive}) run the waves together, each its share of
 * every wave, and wait for the others' shares before the next: which cells a shard gets is known
 * only as the study runs. Their estimate is an upper bound: the memory of a shard that might run
 * any group, and the time of the whole grid trained by one shard (a wave takes no longer than one
 * shard training all of it), or the design's CPU budget when that is smaller (a shard's training
 * takes no longer than all the study's CPU time), with the same margin.
 *
 * @param memory the most demanding shard's memory
 * @param training the slowest shard's training time at the measured rate, or null when unknown
 * @param planning the time to import and featurize the data (measured when this study was planned)
 * @param stepsPerSecond the measured rate per thread, or null for models without steps
 * @param timeLimit the suggested time limit per shard
 * @param adaptive the estimate is the upper bound for an adaptive study's shards
 * @param budgetMinutes the adaptive design's CPU budget when it bounds the training time (it is
 *     smaller than the whole grid's), else null
 */
public record ClusterEstimate(MemoryEstimate memory, @Nullable Duration training,
    Duration planning, @Nullable Double stepsPerSecond, Duration timeLimit, boolean adaptive,
    @Nullable Double budgetMinutes) {
  static final int START_MINUTES = 10;
  static final int UNKNOWN_TIME_HOURS = 12;
  /** Rows of the simulation data the step rate is measured on. */
  static final int SAMPLE_ROWS = 256;

  public static ClusterEstimate of(StudyPlan plan, int shards, int cpusPerShard,
      @Nullable Double stepsPerSecond, Duration planning) {
    MemoryEstimate memory = null;
    Duration training = null;
    boolean timeKnown = stepsPerSecond != null;
    for (int i = 1; i <= shards; i++) {
      ShardSpec shard = new ShardSpec(i, shards);
      MemoryEstimate m = MemoryEstimate.of(plan, shard, cpusPerShard);
      if (memory == null || m.heapBytes() > memory.heapBytes()) {
        memory = m;
      }
      List<WorkOrder.Group> groups = WorkOrder.groups(plan.design(), shard);
      if (timeKnown && !groups.isEmpty()) {
        Optional<Duration> t = TrainingSteps.wallTime(plan.design(), groups, cpusPerShard,
            stepsPerSecond);
        if (t.isEmpty()) {
          timeKnown = false;
        } else if (training == null || t.get().compareTo(training) > 0) {
          training = t.get();
        }
      }
    }
    if (!timeKnown) {
      training = null;
    }
    return new ClusterEstimate(java.util.Objects.requireNonNull(memory), training, planning,
        timeKnown ? stepsPerSecond : null, limit(training, planning), false, null);
  }

  /**
   * The upper bound for each shard of an adaptive study split into shards that run its waves
   * together (see the class comment); the number of shards does not enter it.
   */
  public static ClusterEstimate ofAdaptive(StudyPlan plan, int cpusPerShard,
      @Nullable Double stepsPerSecond, Duration planning) {
    AdaptiveSettings settings = plan.design().adaptive();
    if (settings == null) {
      throw new IllegalArgumentException("not an adaptive design");
    }
    MemoryEstimate memory = MemoryEstimate.of(plan, ShardSpec.ALL, cpusPerShard);
    Duration training = stepsPerSecond == null ? null : TrainingSteps.wallTime(plan.design(),
        WorkOrder.groups(plan.design()), cpusPerShard, stepsPerSecond).orElse(null);
    Double budget = settings.budgetCpuMinutes();
    Duration budgetTime = budget == null ? null : Duration.ofSeconds((long) Math.ceil(budget * 60));
    boolean byBudget = budgetTime != null && (training == null
        || budgetTime.compareTo(training) < 0);
    Duration bound = byBudget ? budgetTime : training;
    return new ClusterEstimate(memory, bound, planning, training == null ? null : stepsPerSecond,
        limit(bound, planning), true, byBudget ? budget : null);
  }

  private static Duration limit(@Nullable Duration training, Duration planning) {
    return training == null ? Duration.ofHours(UNKNOWN_TIME_HOURS)
        : quarterHours(planning.plus(training).multipliedBy(2).plusMinutes(START_MINUTES));
  }

  /**
   * Optimizer steps per second and thread of the design's pretraining network on this machine,
   * timed on a few real rows of the simulation features (a fraction of a second); empty for tree
   * and kernel models.
   */
  public static OptionalDouble stepRate(StudyPlan plan, StepTimer timer) {
    if (!(plan.design().model() instanceof ModelSpec.Mlp mlp)) {
      return OptionalDouble.empty();
    }
    FeatureRows features = plan.simulation().features();
    int rows = Math.min(SAMPLE_ROWS, features.rows());
    int[] sample = new int[rows];
    for (int i = 0; i < rows; i++) {
      sample[i] = i;
    }
    FeatureMatrix x = features.select(sample).toMatrix();
    return OptionalDouble.of(timer.stepsPerSecond(mlp.pretrain(), x.values(), x.rows(),
        x.columns()));
  }

  private static Duration quarterHours(Duration d) {
    long quarters = (d.toSeconds() + 899) / 900;
    return Duration.ofMinutes(15 * Math.max(1, quarters));
  }

  /** How the memory came about, for the command line and cluster.json. */
  public String memoryExplanation(int cpusPerShard) {
    return "memory: " + memory.describe() + " (" + (adaptive ? "a shard that may run any cell of"
        + " the grid" : "the most demanding shard") + ", " + cpusPerShard + " thread"
        + (cpusPerShard == 1 ? "" : "s") + ")";
  }

  /** How the time limit came about. */
  public String timeExplanation() {
    if (adaptive) {
      return adaptiveTimeExplanation();
    }
    if (training == null) {
      return "time: no estimate for this model (it does not train in steps); "
          + UNKNOWN_TIME_HOURS + " hours per shard unless you set one";
    }
    return String.format(Locale.ROOT, "time: the slowest shard trains about %s at %,.0f steps"
        + " per second and thread (timed on this machine) after about %s of planning; limit"
        + " 2 x (planning + training) + %d minutes = %s", words(training), stepsPerSecond,
        words(planning), START_MINUTES, ClusterJob.slurmTime(timeLimit));
  }

  private String adaptiveTimeExplanation() {
    String why = "time: an upper bound, as an adaptive study's waves are chosen as it runs and"
        + " every shard waits for the others' share of each wave: ";
    if (budgetMinutes != null) {
      return String.format(Locale.ROOT, "%sthe design's CPU budget, %s CPU-minutes%s, after about"
          + " %s of planning; limit 2 x (planning + budget) + %d minutes = %s", why,
          java.math.BigDecimal.valueOf(budgetMinutes).stripTrailingZeros().toPlainString(),
          stepsPerSecond == null ? "" : String.format(Locale.ROOT, " (less than the whole grid"
              + " trained by one shard at %,.0f steps per second and thread, timed here)",
              stepsPerSecond), words(planning), START_MINUTES, ClusterJob.slurmTime(timeLimit));
    }
    if (training == null) {
      return why + "no estimate for this model (it does not train in steps); "
          + UNKNOWN_TIME_HOURS + " hours per shard unless you set one";
    }
    return String.format(Locale.ROOT, "%sthe whole grid trained by one shard, about %s at %,.0f"
        + " steps per second and thread (timed on this machine), after about %s of planning;"
        + " limit 2 x (planning + training) + %d minutes = %s", why, words(training),
        stepsPerSecond, words(planning), START_MINUTES, ClusterJob.slurmTime(timeLimit));
  }

  static String words(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 90) {
      return s + " s";
    }
    if (s < 5400) {
      return (s + 30) / 60 + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
  }
}
