package org.sim2real.core.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The training step of {@link MlpStepBenchmark} timed by the thread's CPU time instead of wall
 * time, so that other processes competing for the cores (a shared build machine) inflate the
 * figure much less. Prints the median and minimum over rounds of 300 steps.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp target/benchmarks.jar
 * org.sim2real.core.model.MlpStepCpuTime [vector|scalar] [sparse|dense]}
 */
public final class MlpStepCpuTime {
  private static final double MFLOP_PER_STEP = 45.5;

  private MlpStepCpuTime() {}

  public static void main(String[] args) {
    boolean scalar = args.length > 0 && args[0].equals("scalar");
    boolean dense = args.length > 1 && args[1].equals("dense");
    MlpKernel kernel = scalar ? MlpKernels.scalar() : MlpKernels.vector();
    int rows = 4096;
    int cols = 103;
    SplittableRandom random = new SplittableRandom(1);
    float[] x = new float[rows * cols];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      for (int e = 0; e < 4; e++) {
        x[r * cols + random.nextInt(cols)] += 0.25f;
      }
      y[r] = (float) random.nextDouble(0, 5);
    }
    MlpSettings settings = MlpSettings.defaults(1e-3, TrainingLength.epochs(1));
    MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(cols), Activation.RELU, 7);
    int[] all = new int[rows];
    Arrays.setAll(all, i -> i);
    TrainingSession session = new TrainingSession(kernel, net,
        org.sim2real.core.feature.FeatureRows.ofArray(x, rows, cols), y, all, settings, 0, 3,
        !dense);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    session.shuffle();
    int stepsPerRound = scalar ? 20 : 300;
    int warmupRounds = 6;
    double[] perStep = new double[15];
    int start = 0;
    for (int round = 0; round < warmupRounds + perStep.length; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (int s = 0; s < stepsPerRound; s++) {
        session.step(start, 128);
        start += 128;
        if (start + 128 > rows) {
          start = 0;
          session.shuffle();
        }
      }
      double micros = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / stepsPerRound;
      if (round >= warmupRounds) {
        perStep[round - warmupRounds] = micros;
      }
    }
    ForwardPass inference = new ForwardPass(kernel, net, MlpNetwork.PREDICT_CHUNK_ROWS, !dense);
    float[] predictions = new float[rows];
    double[] perRow = new double[15];
    for (int round = 0; round < warmupRounds + perRow.length; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      int repeats = scalar ? 1 : 10;
      for (int s = 0; s < repeats; s++) {
        inference.predict(x, rows, predictions);
      }
      double micros = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / repeats / rows;
      if (round >= warmupRounds) {
        perRow[round - warmupRounds] = micros;
      }
    }
    Arrays.sort(perRow);
    Arrays.sort(perStep);
    double median = perStep[perStep.length / 2];
    System.out.printf("kernel %s, %s first layer, 103-256-128-1, batch 128: CPU time per Adam step median %.1f us"
        + " (min %.1f us) = %.1f GFLOP/s at %.1f MFLOP/step%n", kernel.name(),
        dense ? "dense" : "sparse-capable", median,
        perStep[0], MFLOP_PER_STEP * 1e3 / median, MFLOP_PER_STEP);
    System.out.printf("inference: median %.2f us per row (%.0f rows/s)%n", perRow[7],
        1e6 / perRow[7]);
  }
}
