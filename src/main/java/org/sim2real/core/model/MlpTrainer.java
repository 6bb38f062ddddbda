package org.sim2real.core.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureRows;

/**
 * Trains an {@link MlpNetwork} in place with Adam on the mean squared error, like the reference
 * protocol: a fresh optimizer state per call, a new random order of the rows every epoch drawn
 * from {@code seed}, mini-batches in that order with the last partial batch kept, and exactly the
 * step budget of {@link MlpSettings#length()} (possibly stopping mid-epoch).
 *
 * <p>One call runs on the calling thread only; train independent networks on different threads
 * for parallelism. The trainer itself holds no state and may be shared.
 */
public final class MlpTrainer {
  private static final int CANCEL_POLL_STEPS = 8;
  /**
   * Mixed into the seed so the training stream (epoch orders, validation split) differs from the
   * initialization stream of {@link MlpNetwork#initialize} when a caller uses one seed for both.
   */
  static final long TRAINING_STREAM = 0x5DEE_CE66_D1CE_4E5BL;
  private final MlpKernel kernel;
  private final boolean sparseInputs;

  /** A trainer on the fastest kernel of this JVM. */
  public MlpTrainer() {
    this(MlpKernels.best());
  }

  MlpTrainer(MlpKernel kernel) {
    this(kernel, true);
  }

  /**
   * @param sparseInputs multiply mostly-zero input batches (such as element fractions) in sparse
   *     form; the sums and their order are the same, so this only saves time
   */
  MlpTrainer(MlpKernel kernel, boolean sparseInputs) {
    this.kernel = kernel;
    this.sparseInputs = sparseInputs;
  }

  /** Name of the numeric kernel in use ("vector-512bit", "scalar", ...). */
  public String kernelName() {
    return kernel.name();
  }

  /**
   * Trains {@code net} in place as {@code request} says (its rows have net.inputCount() columns).
   *
   * @throws CancellationException when the request's token asks to stop (polled every few steps)
   */
  public TrainingSummary train(MlpNetwork net, TrainingRequest request) {
    FeatureRows x = request.x();
    float[] y = request.y();
    int rows = request.rows();
    MlpSettings settings = request.settings();
    int frozenLayers = request.frozenLayers();
    CancellationToken cancel = request.cancel();
    @Nullable TrainingProgress progress = request.progress();
    long seed = request.seed();
    validate(net, x, y, rows, settings, frozenLayers);
    SplittableRandom seeds = new SplittableRandom(seed ^ TRAINING_STREAM);
    long shuffleSeed = seeds.nextLong();
    int[] all = new int[rows];
    for (int i = 0; i < rows; i++) {
      all[i] = i;
    }
    EarlyStopping stopping = settings.earlyStopping();
    int[] trainRows = all;
    int[] validationRows = new int[0];
    if (stopping != null) {
      if (rows < 2) {
        throw new IllegalArgumentException("early stopping needs at least 2 training rows");
      }
      shuffle(all, new SplittableRandom(seeds.nextLong()));
      int validation = (int) Math.round(stopping.validationFraction() * rows);
      validation = Math.clamp(validation, 1, rows - 1);
      validationRows = Arrays.copyOfRange(all, 0, validation);
      trainRows = Arrays.copyOfRange(all, validation, rows);
    }
    TrainingSession session = new TrainingSession(kernel, net, x, y, trainRows, settings,
        frozenLayers, shuffleSeed, sparseInputs);
    long totalSteps = settings.length().steps(trainRows.length, settings.batchSize());
    LossTrace trace = new LossTrace(totalSteps);
    int batch = settings.batchSize();
    float[] bestWeights = null;
    float[] bestBiases = null;
    double bestValidation = Double.NaN;
    int epochsWithoutImprovement = 0;
    boolean stoppedEarly = false;
    long step = 0;
    int epoch = 0;
    double lastEpochLoss = Double.NaN;
    cancel.throwIfCancelled();
    while (step < totalSteps) {
      session.shuffle();
      double lossSum = 0;
      int batches = 0;
      for (int start = 0; start < trainRows.length && step < totalSteps; start += batch) {
        double loss = session.step(start, Math.min(batch, trainRows.length - start));
        lossSum += loss;
        trace.add(loss);
        batches++;
        step++;
        if (step % CANCEL_POLL_STEPS == 0) {
          cancel.throwIfCancelled();
        }
      }
      epoch++;
      lastEpochLoss = lossSum / batches;
      cancel.throwIfCancelled();
      double validationLoss = Double.NaN;
      if (stopping != null) {
        validationLoss = session.meanSquaredError(validationRows);
        if (bestWeights == null || validationLoss < bestValidation) {
          bestValidation = validationLoss;
          bestWeights = net.weights.clone();
          bestBiases = net.biases.clone();
          epochsWithoutImprovement = 0;
        } else if (++epochsWithoutImprovement >= stopping.patienceEpochs()) {
          stoppedEarly = step < totalSteps;
        }
      }
      if (progress != null) {
        progress.epochFinished(epoch, step, totalSteps, lastEpochLoss, validationLoss);
      }
      if (stoppedEarly) {
        break;
      }
    }
    if (bestWeights != null && bestBiases != null) {
      System.arraycopy(bestWeights, 0, net.weights, 0, bestWeights.length);
      System.arraycopy(bestBiases, 0, net.biases, 0, bestBiases.length);
    }
    return new TrainingSummary(step, epoch, lastEpochLoss, bestValidation, stoppedEarly,
        trace.convergence());
  }

  private static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static void validate(MlpNetwork net, FeatureRows x, float[] y, int rows,
      MlpSettings settings, int frozenLayers) {
    int cols = net.inputCount();
    if (rows < 1) {
      throw new IllegalArgumentException("training needs at least one row, got " + rows);
    }
    if (rows > x.rows() || x.columns() != cols || rows > y.length) {
      throw new IllegalArgumentException(rows + " rows of " + cols + " features do not fit "
          + x.rows() + " rows of " + x.columns() + " features and " + y.length + " targets");
    }
    if (frozenLayers < 0 || frozenLayers >= net.layerCount()) {
      throw new IllegalArgumentException("frozen layers must be in 0.." + (net.layerCount() - 1)
          + ", got " + frozenLayers);
    }
    if (!Arrays.equals(settings.layerSizes(cols), net.layerSizes())
        || settings.activation() != net.activation()) {
      throw new IllegalArgumentException("settings describe a " + settings.hiddenLayers() + " "
          + settings.activation() + " network but the network has layers "
          + Arrays.toString(net.layerSizes()) + " " + net.activation());
    }
    for (int i = 0; i < rows; i++) {
      if (!Float.isFinite(y[i])) {
        throw new IllegalArgumentException("target of row " + i + " is not a finite number");
      }
    }
    float[] row = new float[cols];
    for (int r = 0; r < rows; r++) {
      x.copyRow(r, row, 0);
      for (int c = 0; c < cols; c++) {
        if (!Float.isFinite(row[c])) {
          throw new IllegalArgumentException("feature " + c + " of row " + r
              + " is not a finite number");
        }
      }
    }
  }
}
