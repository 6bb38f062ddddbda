package org.sim2real.core.model;

/** Hidden-layer activation of an {@link MlpNetwork}; the output layer is always linear. */
public enum Activation {
  /** max(0, z); the derivative at 0 is taken as 0, like PyTorch. */
  RELU,
  TANH,
  /** z * sigmoid(z) (also called swish). */
  SILU;

  float apply(float z) {
    return switch (this) {
      case RELU -> z > 0f ? z : 0f;
      case TANH -> (float) Math.tanh(z);
      case SILU -> (float) (z / (1.0 + Math.exp(-z)));
    };
  }

  /** d activation / dz, given the pre-activation z and the output h = apply(z). */
  float derivative(float z, float h) {
    return switch (this) {
      case RELU -> h > 0f ? 1f : 0f;
      case TANH -> 1f - h * h;
      case SILU -> {
        double s = 1.0 / (1.0 + Math.exp(-z));
        yield (float) (s * (1.0 + z * (1.0 - s)));
      }
    };
  }
}
