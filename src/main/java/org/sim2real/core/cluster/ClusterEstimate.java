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
 * @param memory the most demanding shard's memory
 * @param training the slowest shard's training time at the measured rate, or null when unknown
 * @param planning the time to import and featurize the data (measured when this study was planned)
 * @param stepsPerSecond the measured rate per thread, or null for models without steps
 * @param timeLimit the suggested time limit per shard
 */
public record ClusterEstimate(MemoryEstimate memory, @Nullable Duration training,
    Duration planning, @Nullable Double stepsPerSecond, Duration timeLimit) {
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
    Duration limit = training == null ? Duration.ofHours(UNKNOWN_TIME_HOURS)
        : quarterHours(planning.plus(training).multipliedBy(2).plusMinutes(START_MINUTES));
    return new ClusterEstimate(java.util.Objects.requireNonNull(memory), training, planning,
        timeKnown ? stepsPerSecond : null, limit);
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
    return "memory: " + memory.describe() + " (the most demanding shard, " + cpusPerShard
        + " thread" + (cpusPerShard == 1 ? "" : "s") + ")";
  }

  /** How the time limit came about. */
  public String timeExplanation() {
    if (training == null) {
      return "time: no estimate for this model (it does not train in steps); "
          + UNKNOWN_TIME_HOURS + " hours per shard unless you set one";
    }
    return String.format(Locale.ROOT, "time: the slowest shard trains about %s at %,.0f steps"
        + " per second and thread (timed on this machine) after about %s of planning; limit"
        + " 2 x (planning + training) + %d minutes = %s", words(training), stepsPerSecond,
        words(planning), START_MINUTES, ClusterJob.slurmTime(timeLimit));
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
