package org.sim2real.ui.common.data;

import java.awt.Color;
import org.sim2real.ui.common.Theme;

/**
 * Colours of the domain-shift charts ({@link DataCharts}) for a theme. JFreeChart draws with AWT colours, so the CSS
 * of the theme does not reach it; these match light.css and dark.css by hand.
 */
public record ChartPalette(
    Color background, Color plot, Color text, Color muted, Color grid, Color simulation,
    Color experiment, Color identity) {

  public static ChartPalette of(Theme theme) {
    return theme == Theme.DARK
        ? new ChartPalette(new Color(0x1f2125), new Color(0x1c1e22), new Color(0xe4e7ec),
            new Color(0xa3aab6), new Color(0x33373e), new Color(0x5b9bf0), new Color(0xf0a050),
            new Color(0xc8ccd4))
        : new ChartPalette(Color.WHITE, Color.WHITE, new Color(0x1d2330), new Color(0x5b6473),
            new Color(0xe3e7ed), new Color(0x2f6fd0), new Color(0xd9822b), new Color(0x3a4150));
  }

  /** The colour with the given opacity (0..1). */
  static Color translucent(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
  }
}
