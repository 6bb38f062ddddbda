package org.sim2real.ui.common;

/** Where the main window was and how large, as remembered between sessions. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
  public WindowPlacement {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
    }
  }

  public static WindowPlacement defaultPlacement() {
    return new WindowPlacement(Double.NaN, Double.NaN, 1280, 820, false);
  }

  /** True when no position was saved yet; the window is then centred. */
  public boolean hasPosition() {
    return !Double.isNaN(x) && !Double.isNaN(y);
  }
}
