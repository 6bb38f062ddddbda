package org.sim2real.core.model;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Adam training step of the reference MLP 103-256-128-1 at batch 128 (about 45.5 MFLOP by
 * src/site/BENCHMARK.md's count), its parts, and inference throughput, on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Thread)
public class MlpStepBenchmark {
  private static final int ROWS = 4096;
  private static final int COLS = 103;
  private static final int BATCH = 128;

  @Param({"vector", "scalar"})
  public String kernel;

  /** Whether the mostly-zero element-fraction inputs may take the sparse first-layer path. */
  @Param({"true", "false"})
  public boolean sparse;

  private TrainingSession session;
  private MlpWorkspace workspace;
  private ForwardPass inference;
  private float[] x;
  private float[] predictions;
  private int start;

  @Setup(Level.Trial)
  public void setUp() {
    MlpKernel k = kernel.equals("scalar") ? MlpKernels.scalar() : MlpKernels.vector();
    SplittableRandom random = new SplittableRandom(1);
    x = new float[ROWS * COLS];
    float[] y = new float[ROWS];
    for (int r = 0; r < ROWS; r++) {
      // sparse non-negative rows that sum to 1, like element fractions
      for (int e = 0; e < 4; e++) {
        x[r * COLS + random.nextInt(COLS)] += 0.25f;
      }
      y[r] = (float) random.nextDouble(0, 5);
    }
    MlpSettings settings = MlpSettings.defaults(1e-3, TrainingLength.epochs(1));
    MlpNetwork network = MlpNetwork.initialize(settings.layerSizes(COLS), Activation.RELU, 7);
    int[] rows = new int[ROWS];
    for (int i = 0; i < ROWS; i++) {
      rows[i] = i;
    }
    session = new TrainingSession(k, network,
        org.sim2real.core.feature.FeatureRows.ofArray(x, ROWS, COLS), y, rows, settings, 0, 3,
        sparse);
    session.shuffle();
    workspace = new MlpWorkspace(k, network, BATCH, true, sparse);
    System.arraycopy(x, 0, workspace.input, 0, BATCH * COLS);
    System.arraycopy(y, 0, workspace.target, 0, BATCH);
    workspace.refreshOutputMajorWeights(0);
    workspace.forward(workspace.input, 0, BATCH);
    workspace.lossAndOutputGradient(BATCH);
    predictions = new float[ROWS];
    inference = new ForwardPass(k, network, MlpNetwork.PREDICT_CHUNK_ROWS, sparse);
  }

  /** One complete Adam step: gather, forward, loss, backward, Adam, weight copy refresh. */
  @Benchmark
  public double trainingStep() {
    double loss = session.step(start, BATCH);
    start += BATCH;
    if (start + BATCH > ROWS) {
      start = 0;
      session.shuffle();
    }
    return loss;
  }

  @Benchmark
  public float[] forwardBatch() {
    workspace.forward(workspace.input, 0, BATCH);
    return workspace.predictions();
  }

  @Benchmark
  public float[] backwardBatch() {
    workspace.backward(BATCH, 0);
    return workspace.weightGradient();
  }

  @Benchmark
  public float[] refreshTransposedWeights() {
    workspace.refreshOutputMajorWeights(0);
    return workspace.weightGradient();
  }

  /** Inference of 4096 rows (divide by 4096 for the time per row). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public float[] predict4096Rows() {
    inference.predict(x, ROWS, predictions);
    return predictions;
  }
}
