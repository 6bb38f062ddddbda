package org.sim2real.core.study;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureRows;
import org.sim2real.core.feature.Standardizer;

/**
 * Input standardization and target scaling fitted on one model's training rows only, applied to
 * every matrix the model sees and undone on its predictions. A pretrained model carries the
 * scaling of its simulation rows, and its fine-tuning uses the same scaling (the network's input
 * space), so nothing about experimental test rows ever leaks into training.
 */
record DataScaling(@Nullable Standardizer features, double targetMean, double targetScale) {
  static final DataScaling NONE = new DataScaling(null, 0, 1);

  /** Fits on all rows of {@code x}/{@code y} (which are the training rows). */
  static DataScaling fit(FeatureRows x, float[] y, boolean standardizeFeatures,
      boolean standardizeTargets) {
    Standardizer standardizer = standardizeFeatures ? Standardizer.fit(x) : null;
    double mean = 0;
    double scale = 1;
    if (standardizeTargets) {
      double sum = 0;
      for (float v : y) {
        sum += v;
      }
      mean = sum / y.length;
      double squares = 0;
      for (float v : y) {
        squares += (v - mean) * (v - mean);
      }
      double std = Math.sqrt(squares / y.length);
      scale = std > 0 ? std : 1;
    }
    return new DataScaling(standardizer, mean, scale);
  }

  /** {@code x} as the model sees it: a view, standardized as it is read. */
  FeatureRows inputs(FeatureRows x) {
    return features == null ? x : features.view(x);
  }

  float[] targets(float[] y) {
    if (targetMean == 0 && targetScale == 1) {
      return y;
    }
    float[] out = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = (float) ((y[i] - targetMean) / targetScale);
    }
    return out;
  }

  /** Predictions in the original target units (in place). */
  float[] unscale(float[] predictions) {
    if (targetMean != 0 || targetScale != 1) {
      for (int i = 0; i < predictions.length; i++) {
        predictions[i] = (float) (predictions[i] * targetScale + targetMean);
      }
    }
    return predictions;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeDouble(targetMean);
    out.writeDouble(targetScale);
    out.writeBoolean(features != null);
    if (features != null) {
      out.writeInt(features.columns());
      for (int c = 0; c < features.columns(); c++) {
        out.writeDouble(features.mean(c));
        out.writeDouble(features.scale(c));
      }
    }
  }

  static DataScaling read(DataInputStream in) throws IOException {
    double mean = in.readDouble();
    double scale = in.readDouble();
    Standardizer standardizer = null;
    if (in.readBoolean()) {
      int columns = in.readInt();
      if (columns < 0 || columns > 10_000_000) {
        throw new IOException("bad column count " + columns);
      }
      double[] means = new double[columns];
      double[] scales = new double[columns];
      for (int c = 0; c < columns; c++) {
        means[c] = in.readDouble();
        scales[c] = in.readDouble();
      }
      standardizer = Standardizer.of(means, scales);
    }
    return new DataScaling(standardizer, mean, scale);
  }
}
