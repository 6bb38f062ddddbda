package org.sim2real.ui.common.study;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.StudyDesign;

/**
 * The named starting points of the Study screen. Choosing one fills the form; the settings stay
 * editable, and a design that differs from every preset is "custom".
 */
public enum StudyPreset {
  WORKBENCH_DEFAULTS("Workbench defaults",
      "Defaults that suit most data: the featurizer chosen from the data, standardized features"
          + " and targets, an MLP 256-128 with Adam (pretraining as the paper protocol, but with"
          + " more steps above 10,000 rows, so that large n is not under-trained), fine-tuning"
          + " and the scratch baseline, 10 log-spaced sizes up to all simulation rows, all"
          + " experimental training rows, 5 repetitions, 20% test, seed 0."),
  PAPER_PROTOCOL("Paper protocol (band gap)",
      "The reference protocol bandgap-v1 (Minami et al. 2025): element fractions, no"
          + " standardization, MLP 103-256-128-1 with Adam and batch 128; pretraining lr 1e-3 for"
          + " clip(100 epochs, 500, 10,000) steps; fine-tuning lr 1e-4 and scratch lr 1e-3 for"
          + " 100 epochs; 10 sizes from 100 to 100,000; 5 repetitions; 20% test; seed 0."),
  CUSTOM("Custom", "Your own settings: the design differs from both presets.");

  /** The preset id stored in designs that follow the paper protocol exactly. */
  public static final String PAPER_ID = "bandgap-v1";

  private final String label;
  private final String description;

  StudyPreset(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return label;
  }

  /** The preset's design for these data files; null for {@link #CUSTOM}. */
  public @Nullable StudyDesign design(DatasetSpec simulation, DatasetSpec experimental) {
    return switch (this) {
      case WORKBENCH_DEFAULTS -> StudyDesign.defaults(simulation.path(), experimental.path(),
          null, ModelSpec.defaultMlp(), List.of(TransferStrategy.FINE_TUNE))
          .withDatasets(simulation, experimental, null);
      case PAPER_PROTOCOL -> StudyDesign.paperProtocolBandgap(simulation.path(),
          experimental.path()).withDatasets(simulation, experimental, null);
      case CUSTOM -> null;
    };
  }

  /** The preset a design follows exactly (name and data files aside), or {@link #CUSTOM}. */
  public static StudyPreset of(StudyDesign design) {
    for (StudyPreset p : new StudyPreset[] {WORKBENCH_DEFAULTS, PAPER_PROTOCOL}) {
      StudyDesign preset = Objects.requireNonNull(p.design(design.simulation(),
          design.experimental()));
      if (sameSettings(preset, design)) {
        return p;
      }
    }
    return CUSTOM;
  }

  /**
   * The design with its name and preset id set from what it follows: a design edited away from
   * the paper protocol no longer claims to be it, and one edited back becomes it again.
   */
  public static StudyDesign normalize(StudyDesign design) {
    StudyPreset p = of(design);
    return p == PAPER_PROTOCOL
        ? withLabels(design, "paper protocol (band gap)", PAPER_ID)
        : withLabels(design, null, null);
  }

  /**
   * Equal but for the labels (the name, the preset id, the primary source's name and cost) and
   * an adaptive study's question, which chooses cells of the same grid.
   */
  private static boolean sameSettings(StudyDesign a, StudyDesign b) {
    return withLabels(a, null, null).withPrimary(null).withAdaptive(null)
        .equals(withLabels(b, null, null).withPrimary(null).withAdaptive(null));
  }

  static StudyDesign withLabels(StudyDesign d, @Nullable String name, @Nullable String preset) {
    return new StudyDesign(d.schemaVersion(), name, d.simulation(), d.experimental(), d.testSet(),
        d.featurizer(), d.standardizeFeatures(), d.standardizeTargets(), d.model(),
        d.strategies(), d.sizes(), d.experimentalSizes(), d.repetitions(), d.testFraction(),
        d.seed(), preset, d.splitsFile(), d.sources(), d.primary(), d.adaptive());
  }
}
