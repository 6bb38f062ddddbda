package org.sim2real.core.model;

/** Batched inference with one reusable workspace. */
final class ForwardPass {
  private final MlpWorkspace workspace;

  ForwardPass(MlpKernel kernel, MlpNetwork net, int chunkRows) {
    this(kernel, net, chunkRows, true);
  }

  ForwardPass(MlpKernel kernel, MlpNetwork net, int chunkRows, boolean sparseInputs) {
    this.workspace = new MlpWorkspace(kernel, net, chunkRows, false, sparseInputs);
  }

  float[] predictAll(float[] x, int rows) {
    float[] out = new float[rows];
    predict(x, rows, out);
    return out;
  }

  void predict(float[] x, int rows, float[] out) {
    int cols = workspace.net.inputCount();
    if (rows < 0 || (long) rows * cols > x.length || out.length < rows) {
      throw new IllegalArgumentException("predict: " + rows + " rows of " + cols
          + " features do not fit arrays of " + x.length + " inputs and " + out.length + " outputs");
    }
    for (int start = 0; start < rows; start += workspace.capacity) {
      int n = Math.min(workspace.capacity, rows - start);
      workspace.forward(x, start * cols, n);
      System.arraycopy(workspace.predictions(), 0, out, start, n);
    }
  }
}
