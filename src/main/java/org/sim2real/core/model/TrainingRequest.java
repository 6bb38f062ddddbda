package org.sim2real.core.model;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureRows;

/**
 * One training run of {@link MlpTrainer#train}: the rows to learn, the settings, the seed, and
 * optionally layers to leave as they are, a way to stop and a listener for progress. Built with
 * {@link #of} and named additions, e.g.
 * {@code TrainingRequest.of(x, y, rows, settings, seed).freezingFirst(2).cancelledBy(token)}.
 *
 * @param x input rows of the network's input width, read a mini-batch at a time
 * @param y the target of each row
 * @param rows how many rows of {@code x} and {@code y} to train on
 * @param seed seeds the epoch orders and the validation split; same inputs, same seed, same
 *     kernel: bitwise identical weights
 * @param frozenLayers the first this many weight layers are not trained (0 = train all)
 * @param cancel polled every few steps; training stops with a {@link
 *     java.util.concurrent.CancellationException} when it asks to
 * @param progress told after every epoch, or null
 */
public record TrainingRequest(
    FeatureRows x,
    float[] y,
    int rows,
    MlpSettings settings,
    long seed,
    int frozenLayers,
    CancellationToken cancel,
    @Nullable TrainingProgress progress) {

  /** All layers trained, no cancellation, no progress listener. */
  public static TrainingRequest of(FeatureRows x, float[] y, int rows, MlpSettings settings,
      long seed) {
    return new TrainingRequest(x, y, rows, settings, seed, 0, CancellationToken.NONE, null);
  }

  /**
   * The first {@code rows} rows of a row-major array of {@code x.length / rows} columns (a whole
   * number).
   */
  public static TrainingRequest of(float[] x, float[] y, int rows, MlpSettings settings,
      long seed) {
    if (rows < 1 || x.length % rows != 0) {
      throw new IllegalArgumentException(x.length + " inputs are not " + rows + " whole rows");
    }
    return of(FeatureRows.ofArray(x, rows, x.length / rows), y, rows, settings, seed);
  }

  /** The same run with the first {@code layers} weight layers left as they are. */
  public TrainingRequest freezingFirst(int layers) {
    return new TrainingRequest(x, y, rows, settings, seed, layers, cancel, progress);
  }

  /** The same run, stopped when {@code token} asks. */
  public TrainingRequest cancelledBy(CancellationToken token) {
    return new TrainingRequest(x, y, rows, settings, seed, frozenLayers, token, progress);
  }

  /** The same run, reporting each epoch to {@code listener} (null for none). */
  public TrainingRequest reportingTo(@Nullable TrainingProgress listener) {
    return new TrainingRequest(x, y, rows, settings, seed, frozenLayers, cancel, listener);
  }
}
