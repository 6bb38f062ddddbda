package org.sim2real.core.model;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Gets the training kernels compiled before the real work starts. Until the JIT's optimizing
 * compiler has compiled them, the Vector API kernels run as plain Java objects, some fifty times
 * slower; every worker thread that starts training at once pays that for its first hundred
 * steps. A throwaway network of the study's architecture, trained in tiny batches on a background
 * thread while the data are imported, reaches the compiler's thresholds with a fraction of that
 * work, and the workers start at full speed. Results do not depend on it: it touches no shared
 * state.
 */
public final class MlpWarmUp {
  private static final int INPUTS = 103;
  private static final int ROWS = 64;
  private static final int BATCH = 8;
  private static final int SPARSE_EPOCHS = 100;
  private static final int DENSE_EPOCHS = 20;

  private MlpWarmUp() {}

  /**
   * Starts the warm-up on a daemon thread for the MLP of {@code spec}, or does nothing and returns
   * null for a tabular model. The input width is that of element fractions: the compiler compiles
   * code paths, not shapes, and mostly-zero and dense rows take both first-layer paths.
   */
  public static @Nullable Thread startInBackground(ModelSpec spec) {
    if (!(spec instanceof ModelSpec.Mlp mlp)) {
      return null;
    }
    return Thread.ofPlatform().name("mlp-warm-up").daemon()
        .start(() -> run(mlp.pretrain(), INPUTS));
  }

  /** Trains on mostly-zero rows (the sparse first layer) and on dense rows, in tiny batches. */
  static void run(MlpSettings settings, int inputs) {
    MlpTrainer trainer = new MlpTrainer();
    SplittableRandom random = new SplittableRandom(1);
    for (boolean sparse : new boolean[] {true, false}) {
      float[] x = new float[ROWS * inputs];
      float[] y = new float[ROWS];
      for (int r = 0; r < ROWS; r++) {
        for (int c = 0; c < inputs; c++) {
          if (!sparse || random.nextInt(inputs) < 4) {
            x[r * inputs + c] = (float) random.nextDouble();
          }
        }
        y[r] = (float) random.nextDouble();
      }
      MlpSettings brief = settings.withBatchSize(BATCH).withEarlyStopping(null)
          .withLength(TrainingLength.epochs(sparse ? SPARSE_EPOCHS : DENSE_EPOCHS));
      MlpNetwork net = MlpNetwork.initialize(brief.layerSizes(inputs), brief.activation(), 2);
      trainer.train(net, TrainingRequest.of(x, y, ROWS, brief, 3));
    }
  }
}
