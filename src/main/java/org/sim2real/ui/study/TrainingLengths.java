package org.sim2real.ui.study;

import org.sim2real.core.model.TrainingLength;
import org.sim2real.ui.common.Texts;

/**
 * The Study screen's view of a phase's {@link TrainingLength}: which kind it is, its epochs and
 * step limits, the same length with one of them changed (the kind and the other settings kept),
 * and a sentence that says how long the phase trains.
 */
final class TrainingLengths {
  /** The reference's pretraining budget, used when a phase switches to a step budget. */
  static final long DEFAULT_MIN_STEPS = 500;
  static final long DEFAULT_MAX_STEPS = 10_000;

  /** How a phase's length is given. */
  enum Kind {
    EPOCHS("Epochs"),
    STEP_BUDGET("Step budget"),
    GROWING_STEP_BUDGET("Step budget growing with n");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private TrainingLengths() {}

  static Kind kind(TrainingLength length) {
    return switch (length) {
      case TrainingLength.Epochs e -> Kind.EPOCHS;
      case TrainingLength.StepBudget b -> Kind.STEP_BUDGET;
      case TrainingLength.GrowingStepBudget g -> Kind.GROWING_STEP_BUDGET;
    };
  }

  static int epochs(TrainingLength length) {
    return switch (length) {
      case TrainingLength.Epochs e -> e.epochs();
      case TrainingLength.StepBudget b -> b.epochs();
      case TrainingLength.GrowingStepBudget g -> g.epochs();
    };
  }

  /** The fewest steps; the default budget's for whole epochs (the field is disabled then). */
  static long minSteps(TrainingLength length) {
    return switch (length) {
      case TrainingLength.Epochs e -> DEFAULT_MIN_STEPS;
      case TrainingLength.StepBudget b -> b.minSteps();
      case TrainingLength.GrowingStepBudget g -> g.minSteps();
    };
  }

  /** The most steps (up to the reference rows, for a growing budget). */
  static long maxSteps(TrainingLength length) {
    return switch (length) {
      case TrainingLength.Epochs e -> DEFAULT_MAX_STEPS;
      case TrainingLength.StepBudget b -> b.maxSteps();
      case TrainingLength.GrowingStepBudget g -> g.maxSteps();
    };
  }

  /** The same epochs and step limits as another kind of length. */
  static TrainingLength withKind(TrainingLength length, Kind kind) {
    return of(kind, epochs(length), minSteps(length), maxSteps(length), referenceRows(length));
  }

  static TrainingLength withEpochs(TrainingLength length, int epochs) {
    return of(kind(length), epochs, minSteps(length), maxSteps(length), referenceRows(length));
  }

  /** A step budget with these fewest steps; whole epochs become the reference's step budget. */
  static TrainingLength withMinSteps(TrainingLength length, long minSteps) {
    return of(budgetKind(length), epochs(length), minSteps, maxSteps(length),
        referenceRows(length));
  }

  static TrainingLength withMaxSteps(TrainingLength length, long maxSteps) {
    return of(budgetKind(length), epochs(length), minSteps(length), maxSteps,
        referenceRows(length));
  }

  /**
   * How long the phase trains, e.g. "100 epochs, at least 500 and at most 10,000 steps, growing
   * with n above 10,000 rows (31,623 steps at 100,000 rows)".
   */
  static String describe(TrainingLength length) {
    return switch (length) {
      case TrainingLength.Epochs e -> Texts.plural(e.epochs(), "epoch", "epochs");
      case TrainingLength.StepBudget b -> Texts.plural(b.epochs(), "epoch", "epochs")
          + ", at least " + Texts.count(b.minSteps()) + " and at most "
          + Texts.count(b.maxSteps()) + " steps";
      case TrainingLength.GrowingStepBudget g -> {
        int example = g.referenceRows() <= Integer.MAX_VALUE / 10 ? 10 * g.referenceRows() : 0;
        yield Texts.plural(g.epochs(), "epoch", "epochs") + ", at least "
            + Texts.count(g.minSteps()) + " and at most " + Texts.count(g.maxSteps())
            + " steps, growing with n above " + Texts.count(g.referenceRows()) + " rows"
            + (example == 0 ? "" : " (" + Texts.count(g.cap(example)) + " steps at "
                + Texts.count(example) + " rows)");
      }
    };
  }

  private static Kind budgetKind(TrainingLength length) {
    return length instanceof TrainingLength.Epochs ? Kind.STEP_BUDGET : kind(length);
  }

  private static int referenceRows(TrainingLength length) {
    return length instanceof TrainingLength.GrowingStepBudget g ? g.referenceRows()
        : TrainingLength.GrowingStepBudget.DEFAULT_REFERENCE_ROWS;
  }

  private static TrainingLength of(Kind kind, int epochs, long minSteps, long maxSteps,
      int referenceRows) {
    return switch (kind) {
      case EPOCHS -> TrainingLength.epochs(epochs);
      case STEP_BUDGET -> TrainingLength.stepBudget(epochs, minSteps, maxSteps);
      case GROWING_STEP_BUDGET -> TrainingLength.growingStepBudget(epochs, minSteps, maxSteps,
          referenceRows);
    };
  }
}
