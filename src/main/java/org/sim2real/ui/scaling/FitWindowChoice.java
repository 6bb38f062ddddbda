package org.sim2real.ui.scaling;

/** A fit window the user set: the smallest and largest n fitted (inclusive). */
record FitWindowChoice(long low, long high) {
  FitWindowChoice {
    if (low < 1 || high <= low) {
      throw new IllegalArgumentException(
          "the fit window must start below its end, got " + low + " to " + high);
    }
  }
}
