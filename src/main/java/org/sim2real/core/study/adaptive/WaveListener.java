package org.sim2real.core.study.adaptive;

/**
 * Told about every wave of an adaptive study, on the thread that runs the study: a GUI hands the
 * report to its UI thread (latest value wins); the terminal prints it.
 */
@FunctionalInterface
public interface WaveListener {
  void wave(WaveReport report);
}
