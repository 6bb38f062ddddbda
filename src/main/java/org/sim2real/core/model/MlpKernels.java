package org.sim2real.core.model;

/**
 * Chooses the MLP kernel once: the Vector API kernel when the {@code jdk.incubator.vector} module
 * is in the boot layer (the application and tests add it with {@code --add-modules}), otherwise
 * the scalar fallback. The vector class is created reflectively so that no Vector API class is
 * loaded on the fallback path. System property {@code sim2real.mlp.kernel=scalar} forces the
 * fallback (for tests and comparisons).
 */
final class MlpKernels {
  static final String KERNEL_PROPERTY = "sim2real.mlp.kernel";

  private static final MlpKernel SCALAR = new ScalarMlpKernel();
  private static final MlpKernel BEST = chooseBest();

  private MlpKernels() {}

  static boolean vectorApiPresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** The fastest kernel available in this JVM. */
  static MlpKernel best() {
    return BEST;
  }

  static MlpKernel scalar() {
    return SCALAR;
  }

  /** The Vector API kernel; only call when {@link #vectorApiPresent()}. */
  static MlpKernel vector() {
    if (BEST instanceof ScalarMlpKernel) {
      return createVectorKernel();
    }
    return BEST;
  }

  private static MlpKernel chooseBest() {
    if ("scalar".equalsIgnoreCase(System.getProperty(KERNEL_PROPERTY, "")) || !vectorApiPresent()) {
      return SCALAR;
    }
    try {
      return createVectorKernel();
    } catch (IllegalStateException e) {
      return SCALAR; // a JVM that lists the module but cannot run it still trains, slowly
    }
  }

  private static MlpKernel createVectorKernel() {
    try {
      return (MlpKernel) Class.forName("org.sim2real.core.model.VectorMlpKernel")
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("the Vector API kernel could not be created", e);
    }
  }
}
