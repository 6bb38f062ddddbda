package org.sim2real.ui.study;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.feature.SmilesFeaturizer;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.study.DesignChoice;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.FeaturizerChoice;

/**
 * The featurizer part of the study form: the kinds that read the detected representation, the
 * SMILES settings, and standardization. A design without a featurizer lets the planner choose from
 * the data; choosing that same default again keeps it automatic.
 */
public final class FeaturizerModel {
  private final DesignSession session;
  private final ObservableList<FeaturizerChoice> choices = FXCollections.observableArrayList();
  private final DesignChoice<FeaturizerChoice> kind;
  private final DesignField<Integer> fingerprintLength;
  private final DesignChoice<Boolean> includeFingerprint;
  private final DesignChoice<Boolean> includeDescriptors;
  private final DesignChoice<Boolean> standardizeFeatures;
  private final DesignChoice<Boolean> standardizeTargets;

  public FeaturizerModel(DesignSession session) {
    this.session = session;
    updateChoices();
    session.factsProperty().addListener((obs, old, f) -> updateChoices());
    kind = new DesignChoice<>(session, "Featurizer", this::shownChoice,
        (d, choice) -> withFeaturizer(d, build(choice, d)));
    fingerprintLength = new DesignField<>(session, "Fingerprint Length",
        d -> smiles(d).fingerprintLength(),
        Parsers.wholeNumber(SmilesFeaturizer.MIN_FINGERPRINT_LENGTH,
            SmilesFeaturizer.MAX_FINGERPRINT_LENGTH), String::valueOf,
        (d, v) -> withSmiles(d, v, smiles(d).includeFingerprint(), smiles(d).includeDescriptors()),
        (v, d, f) -> null);
    includeFingerprint = new DesignChoice<>(session, "Fingerprint",
        d -> smiles(d).includeFingerprint(), (d, on) -> withSmiles(d,
            smiles(d).fingerprintLength(), on, smiles(d).includeDescriptors()));
    includeDescriptors = new DesignChoice<>(session, "Descriptors",
        d -> smiles(d).includeDescriptors(), (d, on) -> withSmiles(d,
            smiles(d).fingerprintLength(), smiles(d).includeFingerprint(), on));
    standardizeFeatures = new DesignChoice<>(session, "Standardize Features",
        StudyDesign::standardizeFeatures, DesignEdits::withStandardizeFeatures);
    standardizeTargets = new DesignChoice<>(session, "Standardize Targets",
        StudyDesign::standardizeTargets, StudyDesign::withStandardizeTargets);
  }

  private void updateChoices() {
    choices.setAll(FeaturizerChoice.suitedTo(session.facts().representation()));
    FeaturizerSpec explicit = session.design().featurizer();
    if (explicit != null && !choices.contains(FeaturizerChoice.of(explicit.kind()))) {
      choices.add(FeaturizerChoice.of(explicit.kind())); // shown, and flagged as a problem
    }
  }

  /** The featurizer the study will use: the design's, or the planner's default for the data. */
  @Nullable FeaturizerSpec effective(StudyDesign d) {
    return d.featurizer() != null ? d.featurizer() : session.facts().defaultFeaturizer();
  }

  private FeaturizerChoice shownChoice(StudyDesign d) {
    FeaturizerSpec spec = effective(d);
    return spec == null ? FeaturizerChoice.COMPOSITION_STATS : FeaturizerChoice.of(spec.kind());
  }

  private FeaturizerSpec smiles(StudyDesign d) {
    FeaturizerSpec spec = effective(d);
    return spec != null && FeaturizerChoice.usesSmiles(spec) ? spec
        : FeaturizerSpec.of(FeaturizerSpec.Kind.SMILES);
  }

  private FeaturizerSpec build(FeaturizerChoice choice, StudyDesign d) {
    FeaturizerSpec fallback = session.facts().defaultFeaturizer();
    return switch (choice) {
      case COMPOSITION_STATS, ELEMENT_FRACTIONS -> FeaturizerSpec.of(choice.kind());
      case SMILES -> FeaturizerSpec.smiles(smiles(d).fingerprintLength(),
          smiles(d).includeFingerprint(), smiles(d).includeDescriptors());
      case PAIR, DESCRIPTORS -> {
        if (fallback == null || fallback.kind() != choice.kind()) {
          throw new IllegalArgumentException(choice.label() + " needs data with "
              + (choice == FeaturizerChoice.PAIR ? "two representation columns" : "descriptor"
              + " columns") + "; assign them in the Data step");
        }
        yield fallback;
      }
    };
  }

  private StudyDesign withSmiles(StudyDesign d, int length, boolean fingerprint,
      boolean descriptors) {
    FeaturizerSpec base = effective(d);
    if (base == null || !FeaturizerChoice.usesSmiles(base)) {
      throw new IllegalStateException("these settings apply to SMILES featurizers only");
    }
    return withFeaturizer(d, new FeaturizerSpec(base.kind(), length, fingerprint, descriptors,
        base.pairKinds(), base.pairRoles(), base.descriptorColumns()));
  }

  /** Stores the default for the data as "automatic", anything else as it is. */
  private StudyDesign withFeaturizer(StudyDesign d, FeaturizerSpec spec) {
    boolean automatic = spec.equals(session.facts().defaultFeaturizer());
    return d.withFeaturizer(automatic ? null : spec, d.standardizeFeatures());
  }

  public ObservableList<FeaturizerChoice> choices() {
    return choices;
  }

  public DesignChoice<FeaturizerChoice> kind() {
    return kind;
  }

  public DesignField<Integer> fingerprintLength() {
    return fingerprintLength;
  }

  public DesignChoice<Boolean> includeFingerprint() {
    return includeFingerprint;
  }

  public DesignChoice<Boolean> includeDescriptors() {
    return includeDescriptors;
  }

  public DesignChoice<Boolean> standardizeFeatures() {
    return standardizeFeatures;
  }

  public DesignChoice<Boolean> standardizeTargets() {
    return standardizeTargets;
  }

  /** Whether the SMILES settings apply to the featurizer shown. */
  public BooleanBinding smilesSettingsShown() {
    return Bindings.createBooleanBinding(() -> {
      FeaturizerSpec spec = effective(session.design());
      return spec != null && FeaturizerChoice.usesSmiles(spec);
    }, session.designProperty(), session.factsProperty());
  }

  /** What the featurizer does, and whether the data chose it. */
  public StringBinding explanationProperty() {
    return Bindings.createStringBinding(() -> {
      StudyDesign d = session.design();
      FeaturizerChoice shown = shownChoice(d);
      String source = d.featurizer() != null ? ""
          : session.facts().roles() == null
              ? " Chosen from the data when they are imported (automatic)."
              : " The default for " + session.facts().representation() + " data (automatic).";
      return shown.explanation() + source;
    }, session.designProperty(), session.factsProperty());
  }
}
