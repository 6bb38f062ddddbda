package org.sim2real.ui.common.data;

/**
 * Histograms of the simulated and the measured targets on the same bins, as densities (each
 * integrates to 1), so that the two shapes compare directly although the datasets differ in size
 * by orders of magnitude: the domain shift at a glance.
 *
 * @param edges bin edges, one more than bins; the last bin includes its upper edge
 * @param simulation density per bin of the simulation targets (all zero when there are none)
 * @param experiment density per bin of the experimental targets (all zero when there are none)
 */
public record TargetHistograms(double[] edges, double[] simulation, double[] experiment) {

  public TargetHistograms {
    if (edges.length < 2 || simulation.length != edges.length - 1
        || experiment.length != edges.length - 1) {
      throw new IllegalArgumentException("need n+1 edges for n bins");
    }
    edges = edges.clone();
    simulation = simulation.clone();
    experiment = experiment.clone();
  }

  /**
   * Bins spanning both datasets' finite values. Bin count by the Rice rule on the smaller
   * dataset (2 n^(1/3)), between 10 and 60: enough detail for thousands of rows, not so much that
   * a small set turns into noise.
   */
  public static TargetHistograms of(double[] simulation, double[] experiment) {
    int smaller = Math.min(simulation.length == 0 ? experiment.length : simulation.length,
        experiment.length == 0 ? simulation.length : experiment.length);
    int bins = (int) Math.max(10, Math.min(60, Math.round(2 * Math.cbrt(smaller))));
    return of(simulation, experiment, bins);
  }

  public static TargetHistograms of(double[] simulation, double[] experiment, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, not " + bins);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] values : new double[][] {simulation, experiment}) {
      for (double v : values) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 1;
    } else if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = lo + (hi - lo) * i / bins;
    }
    edges[bins] = hi;
    return new TargetHistograms(edges, density(simulation, lo, hi, bins),
        density(experiment, lo, hi, bins));
  }

  private static double[] density(double[] values, double lo, double hi, int bins) {
    double[] counts = new double[bins];
    int n = 0;
    double width = (hi - lo) / bins;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        continue;
      }
      int bin = (int) ((v - lo) / width);
      counts[Math.min(Math.max(bin, 0), bins - 1)]++;
      n++;
    }
    if (n > 0) {
      for (int i = 0; i < bins; i++) {
        counts[i] /= n * width;
      }
    }
    return counts;
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  @Override
  public double[] simulation() {
    return simulation.clone();
  }

  @Override
  public double[] experiment() {
    return experiment.clone();
  }

  public int bins() {
    return edges.length - 1;
  }

  /** Lower edge of bin i. */
  public double lower(int bin) {
    return edges[bin];
  }

  /** Upper edge of bin i. */
  public double upper(int bin) {
    return edges[bin + 1];
  }

  public double simulationDensity(int bin) {
    return simulation[bin];
  }

  public double experimentDensity(int bin) {
    return experiment[bin];
  }
}
