package org.sim2real.core.study;

import java.util.List;
import java.util.SplittableRandom;
import org.sim2real.core.feature.FeatureMatrices;
import org.sim2real.core.feature.FeatureMatrix;
import org.sim2real.core.feature.Featurizer;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.MlpNetwork;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.MlpTrainer;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TrainingRequest;

/**
 * Measures how many optimizer steps per second one thread trains an MLP, for the run-time
 * estimate. The inputs matter: the trainer multiplies mostly-zero rows (element fractions) in
 * sparse form, so the timing uses a few real rows of the simulation data featurized with the
 * design's featurizer when they are at hand, and random dense rows of the right width otherwise.
 */
@FunctionalInterface
public interface StepTimer {
  /** Steps in the warm-up, which lets the JIT compile the kernel before anything is timed. */
  int WARM_UP_STEPS = 40;
  /** Steps per timed round; the faster of two rounds counts. */
  int TIMED_STEPS = 100;

  /**
   * Steps per second of {@code settings} on row-major {@code inputs} ({@code columns} wide).
   * Runs for a fraction of a second; call it off the FX thread.
   */
  double stepsPerSecond(MlpSettings settings, float[] inputs, int rows, int columns);

  /** The real timer: trains a fresh network on the calling thread. */
  static StepTimer training() {
    return (settings, inputs, rows, columns) -> {
      MlpTrainer trainer = new MlpTrainer();
      MlpNetwork net = MlpNetwork.initialize(settings.layerSizes(columns), settings.activation(),
          1);
      float[] targets = new float[rows];
      SplittableRandom random = new SplittableRandom(2);
      for (int i = 0; i < rows; i++) {
        targets[i] = (float) random.nextGaussian();
      }
      MlpSettings plain = settings.withEarlyStopping(null);
      trainer.train(net,
          TrainingRequest.of(inputs, targets, rows, plain.withLength(exactly(WARM_UP_STEPS)), 3));
      double best = Double.MAX_VALUE;
      for (int round = 0; round < 2; round++) {
        long start = System.nanoTime();
        trainer.train(net, TrainingRequest.of(inputs, targets, rows,
            plain.withLength(exactly(TIMED_STEPS)), 4 + round));
        best = Math.min(best, (System.nanoTime() - start) / 1e9);
      }
      return TIMED_STEPS / Math.max(best, 1e-9);
    };
  }

  private static TrainingLength exactly(int steps) {
    return TrainingLength.stepBudget(1, steps, steps);
  }

  /**
   * Inputs for the timing: {@code sample} (representations of real rows) featurized with
   * {@code featurizer} and repeated to {@code rows} rows; random values of the featurizer's width
   * when no sample row featurizes.
   */
  static FeatureMatrix inputs(FeaturizerSpec featurizer, List<List<String>> sample, int rows) {
    Featurizer f = featurizer.create();
    int columns = f.dimension();
    float[] values = new float[rows * columns];
    FeatureMatrix real = sample.isEmpty() ? null
        : FeatureMatrices.featurize(sample, f, 1).matrix().toMatrix();
    if (real != null && real.rows() > 0) {
      for (int r = 0; r < rows; r++) {
        System.arraycopy(real.values(), (r % real.rows()) * columns, values, r * columns, columns);
      }
    } else {
      SplittableRandom random = new SplittableRandom(1);
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) random.nextGaussian();
      }
    }
    return new FeatureMatrix(values, rows, columns, f.featureNames());
  }
}
