package org.sim2real.core.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * Colours and fonts of the workbench's charts, light and dark to match the GUI themes. Series
 * colours come from the Okabe-Ito palette, which stays distinguishable for the common forms of
 * colour blindness; vermillion is reserved for negative transfer and reddish purple for the
 * target line, so neither is ever a series colour.
 */
public enum ChartTheme {
  LIGHT(
      new Color(0xffffff), new Color(0xffffff), new Color(0x1d2330), new Color(0x5b6473),
      new Color(0xe3e7ec), new Color(0x9aa1ac),
      List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
          new Color(0x56B4E9), new Color(0x8C6D00), new Color(0x000000)),
      new Color(0x3c4350)),
  DARK(
      new Color(0x23252a), new Color(0x1c1e22), new Color(0xe4e7ec), new Color(0xa3aab6),
      new Color(0x33373e), new Color(0x7d8592),
      List.of(new Color(0x56B4E9), new Color(0xE69F00), new Color(0x2BC39A),
          new Color(0xF0E442), new Color(0x8FB8FF), new Color(0xffffff)),
      new Color(0xc3c8d0));

  /** Negative transfer: Okabe-Ito vermillion. */
  public static final Color NEGATIVE_TRANSFER = new Color(0xD55E00);

  /** The target error line: Okabe-Ito reddish purple. */
  public static final Color TARGET = new Color(0xCC79A7);

  private static final String FAMILY = Font.SANS_SERIF;

  private final Color background;
  private final Color plotBackground;
  private final Color foreground;
  private final Color muted;
  private final Color gridline;
  private final Color notFitted;
  private final List<Color> series;
  private final Color baseline;

  ChartTheme(Color background, Color plotBackground, Color foreground, Color muted,
      Color gridline, Color notFitted, List<Color> series, Color baseline) {
    this.background = background;
    this.plotBackground = plotBackground;
    this.foreground = foreground;
    this.muted = muted;
    this.gridline = gridline;
    this.notFitted = notFitted;
    this.series = series;
    this.baseline = baseline;
  }

  public Color background() {
    return background;
  }

  public Color plotBackground() {
    return plotBackground;
  }

  /** Text, axis lines and tick marks. */
  public Color foreground() {
    return foreground;
  }

  /** Secondary text: subtitles, marker labels. */
  public Color muted() {
    return muted;
  }

  public Color gridline() {
    return gridline;
  }

  /** Measured points left out of the fit window. */
  public Color notFitted() {
    return notFitted;
  }

  /** The scratch baseline line and its band. */
  public Color baseline() {
    return baseline;
  }

  /** Colour of the i-th series (cycles). */
  public Color seriesColor(int index) {
    return series.get(Math.floorMod(index, series.size()));
  }

  /** The same colour with an alpha (0..255), for shaded bands. */
  public static Color translucent(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }

  /** Text colour of a trust level: green, amber, vermillion, readable on this background. */
  public Color trustColor(TrustLevel level) {
    boolean dark = this == DARK;
    return switch (level) {
      case GOOD -> dark ? new Color(0x2BC39A) : new Color(0x00785A);
      case CAUTION -> dark ? new Color(0xF0B429) : new Color(0x9A6700);
      case DO_NOT_EXTRAPOLATE -> dark ? new Color(0xFF8A4C) : new Color(0xB34700);
    };
  }

  public Font titleFont() {
    return new Font(FAMILY, Font.BOLD, 16);
  }

  public Font subtitleFont() {
    return new Font(FAMILY, Font.PLAIN, 13);
  }

  public Font axisLabelFont() {
    return new Font(FAMILY, Font.PLAIN, 14);
  }

  public Font tickLabelFont() {
    return new Font(FAMILY, Font.PLAIN, 12);
  }

  public Font legendFont() {
    return new Font(FAMILY, Font.PLAIN, 12);
  }

  public Font markerLabelFont() {
    return new Font(FAMILY, Font.PLAIN, 12);
  }
}
