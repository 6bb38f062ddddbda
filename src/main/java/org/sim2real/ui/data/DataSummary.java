package org.sim2real.ui.data;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.ui.common.data.TargetHistograms;

/**
 * What the summary shows about the two datasets, computed off the FX thread: target statistics
 * and distinct materials of each, histograms on shared bins, and the overlap of materials with
 * the raw simulation-to-experiment gap.
 *
 * @param simulation statistics of the simulation targets, null without a usable simulation set
 * @param experiment statistics of the experimental targets, null without a usable experimental set
 * @param simulationMaterials distinct normalized keys in the simulation set (0 without one)
 * @param experimentMaterials distinct normalized keys in the experimental set (0 without one)
 * @param histograms target densities on shared bins, null when neither set is usable
 * @param overlap shared materials and their targets, null unless both sets are usable
 */
public record DataSummary(
    @Nullable TargetStatistics simulation,
    @Nullable TargetStatistics experiment,
    int simulationMaterials,
    int experimentMaterials,
    @Nullable TargetHistograms histograms,
    @Nullable DatasetOverlap overlap) {

  /** Computes the summary; either dataset may be missing. */
  public static DataSummary of(@Nullable Dataset simulation, @Nullable Dataset experiment) {
    double[] sim = simulation == null ? new double[0] : simulation.targets();
    double[] exp = experiment == null ? new double[0] : experiment.targets();
    return new DataSummary(
        simulation == null ? null : TargetStatistics.of(sim),
        experiment == null ? null : TargetStatistics.of(exp),
        distinctKeys(simulation),
        distinctKeys(experiment),
        simulation == null && experiment == null ? null : TargetHistograms.of(sim, exp),
        simulation == null || experiment == null ? null
            : DatasetOverlap.between(simulation, experiment));
  }

  private static int distinctKeys(@Nullable Dataset d) {
    if (d == null) {
      return 0;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < d.size(); i++) {
      String k = d.key(i);
      if (k != null) {
        keys.add(k);
      }
    }
    return keys.size();
  }
}
