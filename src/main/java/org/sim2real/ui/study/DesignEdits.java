package org.sim2real.ui.study;

import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.StudyDesign;

/** Changes of a design the record's own copy methods cannot make in one step. */
final class DesignEdits {
  private DesignEdits() {}

  /**
   * Another model, with the strategies that apply to it: those of the old model that still apply,
   * or the new model's default strategy when none does (a design needs a transfer strategy).
   */
  static StudyDesign withModel(StudyDesign d, ModelSpec model, TransferStrategy fallback) {
    List<TransferStrategy> kept = new ArrayList<>();
    for (TransferStrategy s : d.strategies()) {
      if (s.appliesTo(model.family())) {
        kept.add(s);
      }
    }
    if (kept.stream().noneMatch(TransferStrategy::needsPretrainedModel)) {
      kept.add(0, fallback);
    }
    return new StudyDesign(d.schemaVersion(), d.name(), d.simulation(), d.experimental(),
        d.testSet(), d.featurizer(), d.standardizeFeatures(), d.standardizeTargets(), model,
        kept, d.sizes(), d.experimentalSizes(), d.repetitions(), d.testFraction(), d.seed(),
        d.preset(), d.splitsFile(), d.sources(), d.primary(), d.adaptive());
  }

  /** Adds or removes a transfer strategy; a design keeps at least one. */
  static StudyDesign withStrategy(StudyDesign d, TransferStrategy strategy, boolean on) {
    List<TransferStrategy> list = new ArrayList<>(d.strategies());
    if (on && !list.contains(strategy)) {
      list.add(strategy);
      list.sort(null); // enum order: the order the screen lists them
    } else if (!on) {
      list.remove(strategy);
      if (list.stream().noneMatch(TransferStrategy::needsPretrainedModel)) {
        throw new IllegalArgumentException("keep at least one transfer strategy: the scaling"
            + " curve is measured with it, the scratch baseline only compares");
      }
    }
    return d.withStrategies(list);
  }

  static StudyDesign withStandardizeFeatures(StudyDesign d, boolean on) {
    return d.withFeaturizer(d.featurizer(), on);
  }
}
