package org.sim2real.ui.scaling;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.LawDescriptions;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.GoodnessOfFit;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ModelComparison;
import org.sim2real.core.scaling.fit.ModelScore;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The plain first sentences of the {@link FitDetailsView} sections, worked out from the analysis
 * (whether the law follows the points, whether earlier forecasts held, what a grade means), and
 * which parameters sit on their bounds.
 */
final class FitSentences {
  private FitSentences() {}

  /**
   * Whether the law follows the points and whether another form describes them better, in words;
   * the R2, chi-square and AICc numbers are in the details.
   */
  static String fitSentence(CurveAnalysis curve) {
    GoodnessOfFit g = curve.goodness();
    LawFit fit = curve.fit();
    if (fit == null || g == null) {
      return "No law was fitted, so there is nothing to check it against.";
    }
    String follows = g.systematicPattern()
        ? "The points bend away from the law: it misses them in a pattern."
        : g.residualsExceedNoise()
            ? "The law follows the trend, but misses points by more than their noise."
            : "The law follows the points within their noise.";
    ModelComparison models = curve.comparison();
    ModelScore own = models == null ? null : models.score(fit.form());
    String others;
    if (models == null || own == null || !own.aiccDefined() || models.preferred() == null) {
      others = " There are too few sizes yet to tell whether another law form fits better.";
    } else if (models.preferred() == fit.form()
        || own.deltaAicc() < ModelComparison.MEANINGFUL_DELTA) {
      others = " No other law form describes the points clearly better.";
    } else {
      others = " The " + LawDescriptions.formName(models.preferred())
          + " describes the points better than this form.";
    }
    return follows + others;
  }

  /** What a grade means for the user, in words; why it was given is in the details. */
  static String meaning(TrustLevel level) {
    return switch (level) {
      case GOOD -> "the law may be extrapolated with the bands shown.";
      case CAUTION -> "use its forecasts with care; Details says why.";
      case DO_NOT_EXTRAPOLATE -> "read the curve only where it was measured; Details says why.";
    };
  }

  /** What the replayed forecasts say, in words; the counts and the latest test are in details. */
  static String backTestSentence(RollingBackTest tests) {
    if (tests.isEmpty()) {
      return "Too few sizes yet to replay the analysis on a shorter curve and check it against a"
          + " later size.";
    }
    int hits = tests.hits();
    int all = tests.tests().size();
    if (hits == all) {
      return "Every forecast made as if the study had stopped earlier held what was measured"
          + " later.";
    }
    return 2 * hits >= all
        ? "Most forecasts made as if the study had stopped earlier held what was measured later;"
            + " some missed."
        : "Most forecasts made as if the study had stopped earlier missed what was measured"
            + " later: extrapolate with care.";
  }

  /** Where transfer pays off, said once; "nowhere worse than scratch" when that is so. */
  static String regimeSentence(CurveAnalysis curve) {
    String sentence = curve.regime().sentence();
    boolean hasBaseline = curve.regime().baseline() != null;
    return hasBaseline && curve.regime().negativeTransfer().isEmpty()
        ? sentence + " Transfer is nowhere worse than scratch."
        : sentence;
  }

  /** A parameter the fit left on its bound: C at 0, alpha at its limits, D at its minimum. */
  static boolean atBound(@Nullable LawFit fit, ParameterEstimate p) {
    if (fit == null) {
      return false;
    }
    return switch (p.name()) {
      case "C" -> fit.floorAtZero();
      case "alpha" -> near(p.value(), LawForm.MIN_ALPHA) || near(p.value(), LawForm.MAX_ALPHA);
      case "D" -> p.value() <= LawForm.MIN_D * (1 + 1e-6);
      default -> false;
    };
  }

  private static boolean near(double value, double bound) {
    return Math.abs(value - bound) <= 1e-6 * Math.max(1, Math.abs(bound));
  }

  /** By how much transfer is worse than scratch where it is; empty where it is nowhere. */
  static String negativeTransfer(List<TransferGain> gains) {
    if (gains.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("By how much transfer is worse than scratch: ");
    for (int i = 0; i < gains.size(); i++) {
      TransferGain g = gains.get(i);
      text.append(i == 0 ? "" : "; ").append("n = ").append(Format.size(g.n())).append(" by ")
          .append(Format.value(-g.gain().value()))
          .append(g.negativeTransfer() == NegativeTransfer.SIGNIFICANT ? " (beyond its interval)"
              : " (within its interval: possible)");
    }
    return text.append('.').toString();
  }
}
