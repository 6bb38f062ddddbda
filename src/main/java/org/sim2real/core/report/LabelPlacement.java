package org.sim2real.core.report;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Places the labels of a chart's lines (floor C, target, n*, scratch, window ends) so that no two
 * overlap and all lie inside the plot: each label comes with the places it may go, best first
 * (beside its line, then moved along the line or to its other side), and takes the first one
 * that is inside the area and free. Labels are placed in the order given, so the first ones get
 * their preferred places. A label with no free place is left out; the legend still names it.
 * Pure geometry in Java2D space: no drawing.
 */
public final class LabelPlacement {
  /** The gap kept between a label and the plot's edge or its line. */
  static final double GAP = 3;

  private LabelPlacement() {}

  /**
   * @param candidates per label, its possible rectangles, best first
   * @param area where every label must lie (the plot's data area)
   * @return per label the chosen rectangle, or null when no candidate was inside and free
   */
  public static List<@Nullable Rectangle2D> place(List<List<Rectangle2D>> candidates,
      Rectangle2D area) {
    List<@Nullable Rectangle2D> chosen = new ArrayList<>();
    List<Rectangle2D> taken = new ArrayList<>();
    for (List<Rectangle2D> options : candidates) {
      Rectangle2D pick = null;
      for (Rectangle2D r : options) {
        if (contains(area, r) && taken.stream().noneMatch(t -> t.intersects(r))) {
          pick = r;
          break;
        }
      }
      chosen.add(pick);
      if (pick != null) {
        taken.add(pick);
      }
    }
    return chosen;
  }

  /** Containment with a hair of tolerance for rounding at the edges. */
  static boolean contains(Rectangle2D area, Rectangle2D r) {
    return r.getMinX() >= area.getMinX() - 1e-6 && r.getMaxX() <= area.getMaxX() + 1e-6
        && r.getMinY() >= area.getMinY() - 1e-6 && r.getMaxY() <= area.getMaxY() + 1e-6;
  }

  /**
   * Places for the label of a vertical line at x: beside the line at the preferred end (top or
   * bottom) and side (right or left), then the other side, then one label height further along
   * the line each time, down (or up) the whole plot.
   */
  public static List<Rectangle2D> besideVerticalLine(double x, double width, double height,
      Rectangle2D area, boolean top, boolean right) {
    List<Rectangle2D> places = new ArrayList<>();
    double step = height + 1;
    int steps = (int) Math.max(1, Math.floor((area.getHeight() - 2 * GAP) / step));
    for (int k = 0; k < steps; k++) {
      double y = top ? area.getMinY() + GAP + k * step : area.getMaxY() - GAP - height - k * step;
      for (boolean r : new boolean[] {right, !right}) {
        double left = r ? x + GAP : x - GAP - width;
        places.add(new Rectangle2D.Double(left, y, width, height));
      }
    }
    return places;
  }

  /**
   * Places for the label of a horizontal line at y: above (or below) the line at the preferred
   * position along it (0 the left end, 0.5 the middle, 1 the right end), then the other side of
   * the line, then further and further from the preferred position, in steps of a fifth of the
   * label's width across the whole plot.
   */
  public static List<Rectangle2D> besideHorizontalLine(double y, double width, double height,
      Rectangle2D area, double along, boolean above) {
    List<Rectangle2D> places = new ArrayList<>();
    double minX = area.getMinX() + GAP;
    double maxX = area.getMaxX() - GAP - width;
    if (maxX < minX) {
      return places; // wider than the plot
    }
    double preferred = minX + along * (maxX - minX);
    double step = Math.max(6, width / 5);
    int steps = (int) Math.ceil((maxX - minX) / step) + 1;
    for (int k = 0; k <= steps; k++) {
      for (double x : k == 0 ? new double[] {preferred}
          : new double[] {preferred - k * step, preferred + k * step}) {
        if (x < minX - 1e-9 || x > maxX + 1e-9) {
          continue;
        }
        for (boolean a : new boolean[] {above, !above}) {
          double top = a ? y - GAP / 2 - height : y + GAP / 2;
          places.add(new Rectangle2D.Double(x, top, width, height));
        }
      }
    }
    return places;
  }
}
