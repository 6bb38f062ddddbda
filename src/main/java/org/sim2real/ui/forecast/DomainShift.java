package org.sim2real.ui.forecast;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.TargetHistograms;

/**
 * One simulation source against the experiments, before any learning: the two target
 * distributions on shared bins, the parity of simulated and measured values on the compositions
 * both hold, and one sentence in plain words. A valuation that disagrees with these needs
 * explaining, so the Forecast step shows them next to "Which source to grow".
 *
 * @param histograms null when the source could not be read ({@code sentence} says why)
 * @param overlap null when the source could not be read
 * @param target the experimental target's column, for the axes
 */
record DomainShift(String source, @Nullable TargetHistograms histograms,
    @Nullable DatasetOverlap overlap, int simulationRows, int experimentRows, String target,
    String sentence) {

  /** True when the charts can be drawn. */
  boolean readable() {
    return histograms != null && overlap != null;
  }

  /**
   * Reads the experimental file and every source's simulation file of the design and compares
   * each source with the experiments. A missing or unreadable file is said plainly in its
   * source's sentence; the other sources are still compared. Runs on the calling thread (a
   * background task).
   *
   * @param unit the target's unit for the sentences ("eV"), or null
   */
  static List<DomainShift> of(StudySources study, @Nullable String unit) {
    if (study.design() == null) {
      throw new UserFacingException("The results folder has no design.json, so the simulation"
          + " sources' data files are not known: the domain shift cannot be shown.");
    }
    DatasetSpec expSpec = study.design().experimental();
    Dataset experiment;
    try {
      experiment = read(study, expSpec, "the experimental data");
    } catch (UserFacingException e) {
      List<DomainShift> none = new ArrayList<>();
      for (String name : study.simulationFiles().keySet()) {
        none.add(unreadable(name, e.getMessage()));
      }
      return none;
    }
    TargetStatistics measured = TargetStatistics.of(experiment.targets());
    List<DomainShift> shifts = new ArrayList<>();
    for (Map.Entry<String, DatasetSpec> e : study.simulationFiles().entrySet()) {
      String name = e.getKey();
      Dataset simulation;
      try {
        simulation = read(study, e.getValue(), "the data of " + name);
      } catch (UserFacingException problem) {
        shifts.add(unreadable(name, problem.getMessage()));
        continue;
      }
      DatasetOverlap overlap = DatasetOverlap.between(simulation, experiment);
      shifts.add(new DomainShift(name, TargetHistograms.of(simulation.targets(),
          experiment.targets()), overlap, simulation.size(), experiment.size(),
          experiment.roles().target(), sentence(name, TargetStatistics.of(simulation.targets()),
              measured, overlap, unit)));
    }
    return shifts;
  }

  private static Dataset read(StudySources study, DatasetSpec spec, String what) {
    Path file = study.resolve(spec);
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException("The file of " + what + " is missing: " + file
          + " (from the study's design.json, resolved against " + study.baseDirectory() + ").");
    }
    try {
      return (spec.roles() != null
          ? DatasetImporter.importFile(file, spec.options(), spec.roles())
          : DatasetImporter.importFile(file, spec.options(), RoleOverrides.none())).dataset();
    } catch (UserFacingException e) {
      throw new UserFacingException("The file of " + what + " (" + file + ") could not be read: "
          + e.getMessage(), e);
    }
  }

  private static DomainShift unreadable(String name, String why) {
    return new DomainShift(name, null, null, 0, 0, "", name + ": " + why);
  }

  /**
   * "aflow's gaps run higher than the measured ones: median 2.10 vs 1.40 eV; on 812 shared
   * compositions MAE 0.90 eV (aflow minus measured +0.50 eV on average)."
   */
  static String sentence(String name, TargetStatistics simulation, TargetStatistics measured,
      DatasetOverlap overlap, @Nullable String unit) {
    String u = unit == null ? "" : " " + unit;
    double gap = simulation.median() - measured.median();
    // "close" within a tenth of the measured spread: the shapes may still differ, the centre does not
    boolean close = Math.abs(gap) <= 0.1 * measured.std() || Double.isNaN(gap);
    StringBuilder s = new StringBuilder(name + "'s values run " + (close ? "close to"
        : gap > 0 ? "higher than" : "lower than") + " the measured ones: median "
        + Texts.number(simulation.median()) + " vs " + Texts.number(measured.median()) + u);
    if (simulation.zeroShare() > 0.1 || measured.zeroShare() > 0.1) {
      s.append(", exactly zero in ").append(Texts.percent(simulation.zeroShare()))
          .append(" of its rows vs ").append(Texts.percent(measured.zeroShare()));
    }
    if (overlap.experimentRowsCovered() == 0) {
      s.append("; no composition occurs in both, so there is no parity to show.");
    } else {
      s.append("; on ").append(Texts.plural(overlap.sharedKeys(), "shared composition",
          "shared compositions")).append(" MAE ").append(Texts.number(overlap.rawMae()))
          .append(u).append(" (").append(name).append(" minus measured ")
          .append(signed(overlap.meanSignedDifference())).append(u).append(" on average).");
    }
    return s.toString();
  }

  private static String signed(double v) {
    return v > 0 ? "+" + Texts.number(v) : Texts.number(v);
  }
}
