package org.sim2real.ui.study;

import java.util.EnumMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.EarlyStopping;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignChoice;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.DesignSession;

/**
 * The MLP part of the study form: the architecture and batch size shared by every phase, the
 * learning rate and length of each phase, and optional early stopping. Fields read the design's
 * MLP (or the last one seen, while a tabular model is chosen and these fields are hidden).
 */
public final class MlpSettingsModel {
  private static final EarlyStopping DEFAULT_STOPPING = new EarlyStopping(0.1, 10);

  /** The fields of one phase. */
  public record PhaseFields(DesignField<Double> learningRate,
      DesignChoice<TrainingLengths.Kind> lengthKind, DesignField<Integer> epochs,
      DesignField<Long> minSteps, DesignField<Long> maxSteps) {}

  private ModelSpec.Mlp last = ModelSpec.defaultMlp();
  private final DesignSession session;
  private final DesignField<List<Integer>> hiddenLayers;
  private final DesignChoice<Activation> activation;
  private final DesignField<Integer> batchSize;
  private final Map<MlpPhase, PhaseFields> phases = new EnumMap<>(MlpPhase.class);
  private final DesignChoice<Boolean> earlyStopping;
  private final DesignField<Double> validationFraction;
  private final DesignField<Integer> patience;

  public MlpSettingsModel(DesignSession session) {
    this.session = session;
    remember(session.design());
    session.designProperty().addListener((obs, old, d) -> remember(d));
    DesignField.Check<Object> none = (v, d, f) -> null;
    hiddenLayers = new DesignField<>(session, "Hidden Layers",
        d -> mlp(d).pretrain().hiddenLayers(), Parsers.widths(),
        v -> String.join(", ", v.stream().map(String::valueOf).toList()),
        (d, v) -> all(d, s -> s.withArchitecture(v, s.activation())), none::problem);
    activation = new DesignChoice<>(session, "Activation", d -> mlp(d).pretrain().activation(),
        (d, v) -> all(d, s -> s.withArchitecture(s.hiddenLayers(), v)));
    batchSize = new DesignField<>(session, "Batch Size", d -> mlp(d).pretrain().batchSize(),
        Parsers.wholeNumber(1, 1_000_000), String::valueOf,
        (d, v) -> all(d, s -> s.withBatchSize(v)), none::problem);
    for (MlpPhase phase : MlpPhase.values()) {
      phases.put(phase, phaseFields(session, phase, none));
    }
    earlyStopping = new DesignChoice<>(session, "Early Stopping",
        d -> mlp(d).fineTune().earlyStopping() != null,
        (d, on) -> all(d, s -> s.withEarlyStopping(on ? stopping(d) : null)));
    validationFraction = new DesignField<>(session, "Validation Fraction",
        d -> stopping(d).validationFraction(), Parsers.fraction(false), Texts::plain,
        (d, v) -> stoppingWith(d, new EarlyStopping(v, stopping(d).patienceEpochs())),
        none::problem);
    patience = new DesignField<>(session, "Patience", d -> stopping(d).patienceEpochs(),
        Parsers.wholeNumber(1, 100_000), String::valueOf,
        (d, v) -> stoppingWith(d, new EarlyStopping(stopping(d).validationFraction(), v)),
        none::problem);
  }

  private PhaseFields phaseFields(DesignSession session, MlpPhase phase,
      DesignField.Check<Object> none) {
    String name = phase.label();
    Function<StudyDesign, MlpSettings> of = d -> phase.of(mlp(d));
    Function<StudyDesign, TrainingLength> length = d -> of.apply(d).length();
    return new PhaseFields(
        new DesignField<>(session, name + " Learning Rate", d -> of.apply(d).learningRate(),
            Parsers.positive(), Texts::plain,
            (d, v) -> one(d, phase, of.apply(d).withLearningRate(v)), none::problem),
        new DesignChoice<>(session, name + " Length", d -> TrainingLengths.kind(length.apply(d)),
            (d, kind) -> withLength(d, phase, TrainingLengths.withKind(length.apply(d), kind))),
        new DesignField<>(session, name + " Epochs", d -> TrainingLengths.epochs(length.apply(d)),
            Parsers.wholeNumber(1, 1_000_000), String::valueOf,
            (d, v) -> withLength(d, phase, TrainingLengths.withEpochs(length.apply(d), v)),
            none::problem),
        new DesignField<>(session, name + " Minimum Steps",
            d -> TrainingLengths.minSteps(length.apply(d)), Parsers.longNumber(1, 1_000_000_000),
            String::valueOf,
            (d, v) -> withLength(d, phase, TrainingLengths.withMinSteps(length.apply(d), v)),
            none::problem),
        new DesignField<>(session, name + " Maximum Steps",
            d -> TrainingLengths.maxSteps(length.apply(d)), Parsers.longNumber(1, 1_000_000_000),
            String::valueOf,
            (d, v) -> withLength(d, phase, TrainingLengths.withMaxSteps(length.apply(d), v)),
            none::problem));
  }

  /**
   * How long a phase with a step budget trains, in words, e.g. "Pretraining: 100 epochs, at least
   * 500 and at most 10,000 steps, growing with n above 10,000 rows (31,623 steps at 100,000
   * rows)";
   * empty for whole epochs, which the form shows as they are.
   */
  public StringBinding budgetDescription(MlpPhase phase) {
    return Bindings.createStringBinding(() -> {
      TrainingLength length = phase.of(mlp(session.design())).length();
      return length instanceof TrainingLength.Epochs ? ""
          : phase.label() + ": " + TrainingLengths.describe(length) + ".";
    }, session.designProperty());
  }

  private StudyDesign withLength(StudyDesign d, MlpPhase phase, TrainingLength length) {
    return one(d, phase, phase.of(mlp(d)).withLength(length));
  }

  private void remember(StudyDesign d) {
    if (d.model() instanceof ModelSpec.Mlp mlp) {
      last = mlp;
    }
  }

  /** The design's MLP, or the last one seen when the design uses a tabular model. */
  ModelSpec.Mlp mlp(StudyDesign d) {
    return d.model() instanceof ModelSpec.Mlp mlp ? mlp : last;
  }

  /** The MLP to restore when the user switches back from a tabular model. */
  ModelSpec.Mlp lastMlp() {
    return last;
  }

  private StudyDesign all(StudyDesign d, UnaryOperator<MlpSettings> change) {
    requireMlp(d);
    return d.withModel(MlpPhase.all(mlp(d), change));
  }

  private StudyDesign one(StudyDesign d, MlpPhase phase, MlpSettings settings) {
    requireMlp(d);
    return d.withModel(phase.with(mlp(d), settings));
  }

  private static void requireMlp(StudyDesign d) {
    if (!(d.model() instanceof ModelSpec.Mlp)) {
      throw new IllegalStateException("choose the neural network (MLP) model to change this");
    }
  }

  private EarlyStopping stopping(StudyDesign d) {
    EarlyStopping s = mlp(d).fineTune().earlyStopping();
    return s != null ? s : DEFAULT_STOPPING;
  }

  private StudyDesign stoppingWith(StudyDesign d, EarlyStopping stopping) {
    if (mlp(d).fineTune().earlyStopping() == null) {
      throw new IllegalStateException("turn early stopping on to change its settings");
    }
    return all(d, s -> s.withEarlyStopping(stopping));
  }

  public DesignField<List<Integer>> hiddenLayers() {
    return hiddenLayers;
  }

  public DesignChoice<Activation> activation() {
    return activation;
  }

  public DesignField<Integer> batchSize() {
    return batchSize;
  }

  public PhaseFields phase(MlpPhase phase) {
    return phases.get(phase);
  }

  public DesignChoice<Boolean> earlyStopping() {
    return earlyStopping;
  }

  public DesignField<Double> validationFraction() {
    return validationFraction;
  }

  public DesignField<Integer> patience() {
    return patience;
  }
}
