package org.sim2real.ui.study;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignChoice;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.DesignProblems;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.StudyPreset;
import org.sim2real.ui.common.study.StudySummaryModel;

/**
 * The Study screen's view model: the preset, the featurizer, the model, the strategies, the
 * schedule, the split and the seed, each bound to the design of the open project, plus the
 * summary. Every valid edit changes the project's design at once and can be undone.
 */
public final class StudyFormModel {
  /** The transfer strategies the screen offers, in this order, with their explanations. */
  public static final Map<TransferStrategy, String> STRATEGY_HELP = strategyHelp();

  private final DesignSession session;
  private final AdaptiveQuestionModel adaptive;
  private final DialogService dialogs;
  private final DesignChoice<StudyPreset> preset;
  private final FeaturizerModel featurizer;
  private final DesignChoice<ModelChoice> model;
  private final MlpSettingsModel mlp;
  private final TabularSettingsModel tabular;
  private final Map<TransferStrategy, DesignChoice<Boolean>> strategies =
      new EnumMap<>(TransferStrategy.class);
  private final ScheduleModel schedule;
  private final DesignField<Integer> repetitions;
  private final DesignField<Double> testFraction;
  private final DesignField<Long> seed;
  private final StudySummaryModel summary;
  private final ObservableList<StudyPreset> presets = FXCollections.observableArrayList();

  public StudyFormModel(DesignSession session, DialogService dialogs, StudySummaryModel summary) {
    this.session = session;
    this.adaptive = new AdaptiveQuestionModel(session);
    this.dialogs = dialogs;
    this.summary = summary;
    preset = new DesignChoice<>(session, "Preset", StudyPreset::of, (d, p) -> {
      StudyDesign chosen = p.design(d.simulation(), d.experimental());
      return chosen == null ? d : chosen;
    });
    updatePresets();
    session.designProperty().addListener((obs, old, d) -> updatePresets());
    featurizer = new FeaturizerModel(session);
    mlp = new MlpSettingsModel(session);
    tabular = new TabularSettingsModel(session);
    model = new DesignChoice<>(session, "Model", d -> ModelChoice.of(d.model()), (d, choice) ->
        ModelChoice.of(d.model()) == choice ? d : DesignEdits.withModel(d,
            choice == ModelChoice.MLP ? mlp.lastMlp() : tabular.last(choice),
            choice.defaultStrategy()));
    for (TransferStrategy s : STRATEGY_HELP.keySet()) {
      strategies.put(s, new DesignChoice<>(session, "Strategies",
          d -> d.strategies().contains(s), (d, on) -> DesignEdits.withStrategy(d, s, on)));
    }
    schedule = new ScheduleModel(session);
    repetitions = new DesignField<>(session, "Repetitions", StudyDesign::repetitions,
        Parsers.wholeNumber(1, StudyDesign.MAX_REPETITIONS), String::valueOf,
        StudyDesign::withRepetitions, (v, d, f) -> null);
    testFraction = new DesignField<>(session, "Test Fraction", StudyDesign::testFraction,
        Parsers.fraction(false), Texts::plain, StudyDesign::withTestFraction,
        (v, d, f) -> DesignProblems.split(v, d.testSet() != null, f));
    seed = new DesignField<>(session, "Seed", StudyDesign::seed, Parsers.anyLong(),
        String::valueOf, StudyDesign::withSeed, (v, d, f) -> null);
  }

  private static Map<TransferStrategy, String> strategyHelp() {
    Map<TransferStrategy, String> help = new EnumMap<>(TransferStrategy.class);
    help.put(TransferStrategy.FINE_TUNE, "Fine-tuning: a copy of the pretrained network with all"
        + " layers trained further on the m experiments.");
    help.put(TransferStrategy.FROZEN_FEATURES, "Frozen features: the pretrained hidden layers"
        + " kept as they are, a new output layer trained on the experiments.");
    help.put(TransferStrategy.SIM_PREDICTION_FEATURE, "Simulation prediction as a feature: the"
        + " simulation model's prediction added as an input of a new model.");
    help.put(TransferStrategy.DELTA, "Delta learning: a new model learns experiment minus"
        + " simulation prediction; it predicts simulation plus that difference.");
    return java.util.Collections.unmodifiableMap(help);
  }

  /** Explains the scratch baseline, which every study includes. */
  public static final String SCRATCH_HELP = "Scratch baseline: the same model trained on the m"
      + " experiments alone. Always included: the gain of transfer is measured against it.";

  /** The presets to choose from, and "Custom" while the design follows none. */
  private void updatePresets() {
    List<StudyPreset> shown = preset.get() == StudyPreset.CUSTOM
        ? List.of(StudyPreset.values())
        : List.of(StudyPreset.WORKBENCH_DEFAULTS, StudyPreset.PAPER_PROTOCOL);
    if (!presets.equals(shown)) {
      presets.setAll(shown);
    }
  }

  /** Whether a strategy is offered for the chosen model. */
  public BooleanBinding offered(TransferStrategy strategy) {
    return Bindings.createBooleanBinding(
        () -> strategy.appliesTo(model.get().family()), model.valueProperty());
  }

  /** Lets the user choose a separate experimental test file instead of a held-out fraction. */
  public void chooseTestFile() {
    Path file = dialogs.chooseFileToOpen("Choose Experimental Test Data",
        session.baseDirectory(), List.of(FileType.DATA, FileType.ANY));
    if (file == null) {
      return;
    }
    StudyDesign d = session.design();
    session.edit("Choose Test File", new Object(), d.withDatasets(d.simulation(),
        d.experimental(), DatasetSpec.of(file.toAbsolutePath().normalize().toString())));
  }

  /** Goes back to holding out the test fraction of the experimental data. */
  public void useTestFraction() {
    StudyDesign d = session.design();
    session.edit("Use Test Fraction", new Object(),
        d.withDatasets(d.simulation(), d.experimental(), null));
  }

  /** The test file's name, or "" when the test fraction is held out. */
  public StringBinding testFileProperty() {
    return Bindings.createStringBinding(() -> {
      DatasetSpec test = session.design().testSet();
      return test == null ? "" : String.valueOf(Path.of(test.path()).getFileName());
    }, session.designProperty());
  }

  /** The explanation of the preset shown. */
  public StringBinding presetDescriptionProperty() {
    return Bindings.createStringBinding(() -> preset.get().description(), preset.valueProperty());
  }

  /** The question of an adaptive study (none: the whole grid). */
  public AdaptiveQuestionModel adaptive() {
    return adaptive;
  }

  public DesignSession session() {
    return session;
  }

  public ObservableList<StudyPreset> presets() {
    return presets;
  }

  public DesignChoice<StudyPreset> preset() {
    return preset;
  }

  public FeaturizerModel featurizer() {
    return featurizer;
  }

  public DesignChoice<ModelChoice> model() {
    return model;
  }

  public MlpSettingsModel mlp() {
    return mlp;
  }

  public TabularSettingsModel tabular() {
    return tabular;
  }

  public DesignChoice<Boolean> strategy(TransferStrategy strategy) {
    return strategies.get(strategy);
  }

  public ScheduleModel schedule() {
    return schedule;
  }

  public DesignField<Integer> repetitions() {
    return repetitions;
  }

  public DesignField<Double> testFraction() {
    return testFraction;
  }

  public DesignField<Long> seed() {
    return seed;
  }

  public StudySummaryModel summary() {
    return summary;
  }
}
