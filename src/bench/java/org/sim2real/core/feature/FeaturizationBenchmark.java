package org.sim2real.core.feature;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Featurization of 100,000 formulas into one matrix, as the study planner does it
 * ({@link FeatureMatrices#featurize}), with the reference's element fractions and with the
 * composition statistics, on one and two threads. Goal: well under one second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class FeaturizationBenchmark {
  private static final int ROWS = 100_000;

  @Param({"element-fractions", "composition-stats"})
  public String featurizer;

  @Param({"1", "2"})
  public int threads;

  private List<List<String>> rows;
  private Featurizer chosen;

  @Setup
  public void setUp() {
    rows = java.util.Arrays.stream(SyntheticFormulas.generate(ROWS, 42)).map(List::of).toList();
    chosen = FeaturizerSpec.of(featurizer.equals("element-fractions")
        ? FeaturizerSpec.Kind.ELEMENT_FRACTIONS : FeaturizerSpec.Kind.COMPOSITION_STATS).create();
  }

  @Benchmark
  public FeaturizationResult featurize100kFormulas() {
    FeaturizationResult result = FeatureMatrices.featurize(rows, chosen, threads);
    if (!result.failures().isEmpty()) {
      throw new IllegalStateException("synthetic formulas must all parse: " + result.failures().get(0));
    }
    return result;
  }
}
