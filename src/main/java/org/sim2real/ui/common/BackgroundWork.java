package org.sim2real.ui.common;

/** Work to run off the FX thread. It must not touch JavaFX nodes or properties. */
@FunctionalInterface
public interface BackgroundWork<T> {
  T run(TaskContext context) throws Exception;
}
