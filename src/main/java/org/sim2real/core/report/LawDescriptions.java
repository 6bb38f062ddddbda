package org.sim2real.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.Extrapolation;
import org.sim2real.core.scaling.fit.LawFit;
import org.sim2real.core.scaling.fit.LawForm;

/**
 * The fitted law of a curve and the uncertainty of its forecasts in plain words, the same on the
 * chart, beside it, on the Forecast cards and in the memo: which form the law has, where the
 * target is reached, and which sources of uncertainty the 90% bands include (src/site/SCIENCE.md,
 * "Uncertainty": the repetitions, the test set, the extrapolation beyond the measured sizes).
 */
public final class LawDescriptions {
  private LawDescriptions() {}

  /** "power law with offset", "broken power law", "pure power law", "exponential saturation". */
  public static String formName(LawForm form) {
    return switch (form) {
      case POWER_LAW_WITH_OFFSET -> "power law with offset";
      case BROKEN_POWER_LAW -> "broken power law";
      case PURE_POWER_LAW -> "pure power law";
      case EXPONENTIAL_SATURATION -> "exponential saturation";
    };
  }

  /**
   * One plain sentence on the shape of the law, before any formula: "The error falls like a power
   * law towards a floor C." or, for the broken power law, that it is flat until about n_b.
   */
  public static String shapeSentence(CurveAnalysis curve) {
    LawFit fit = curve.fit();
    if (fit == null) {
      return "No law could be fitted to this curve.";
    }
    return switch (fit.form()) {
      case BROKEN_POWER_LAW -> "A broken power law: the error stays about flat while n is well"
          + " below the break n_b = " + Format.size(fit.parameter(3)) + " (the regime onset the"
          + " fit sees), then falls like a power law towards a floor C.";
      case POWER_LAW_WITH_OFFSET -> "A power law with offset: the error falls like a power law"
          + " towards a floor C that more simulation of this kind cannot remove.";
      case PURE_POWER_LAW -> "A pure power law: the error falls without a visible floor.";
      case EXPONENTIAL_SATURATION -> "An exponential saturation: the error levels off"
          + " exponentially towards a floor C.";
    };
  }

  /** "broken power law E(n) = 0.479 + 0.248·(1 + n/21,400)^-1.63", or that there is no law. */
  public static String lawWithForm(CurveAnalysis curve) {
    LawFit fit = curve.fit();
    if (fit == null) {
      return curve.lawSentence();
    }
    return formName(fit.form()) + " " + curve.lawSentence().replace(" * ", "\u00b7");
  }

  /**
   * n*(T) of the fitted law itself (no widening), whatever its form; empty without a law or when
   * T is at or below its floor.
   */
  public static OptionalDouble requiredN(@Nullable CurveAnalysis curve, double target) {
    if (curve == null || curve.fit() == null || curve.draws() == null) {
      return OptionalDouble.empty();
    }
    double n = curve.draws().forecast().requiredNOfLaw(target);
    return Double.isFinite(n) ? OptionalDouble.of(n) : OptionalDouble.empty();
  }

  /** The floor C of the fitted law (0 for a pure power law), NaN without a law. */
  public static double floor(CurveAnalysis curve) {
    LawFit fit = curve.fit();
    return fit == null ? Double.NaN : fit.form().floor(fit.parameters());
  }

  /** The sources of uncertainty the 90% bands and intervals of a curve include. */
  public static List<String> sourcesIncluded(CurveAnalysis curve) {
    List<String> sources = new ArrayList<>();
    if (curve.points().stream().allMatch(p -> p.repetitions() >= 2)) {
      sources.add("the spread between repetitions");
    }
    if (curve.testRowsIncluded()) {
      sources.add("the sampling error of the test set");
    }
    if (curve.extrapolation() != null) {
      sources.add("beyond the measured sizes, the chance that the law changes its form");
    }
    return sources;
  }

  /** The sources of uncertainty the bands of a curve leave out. */
  public static List<String> sourcesMissing(CurveAnalysis curve) {
    List<String> missing = new ArrayList<>();
    if (curve.points().stream().anyMatch(p -> p.repetitions() < 2)) {
      missing.add("the spread between repetitions (some sizes have a single repetition)");
    }
    if (!curve.testRowsIncluded()) {
      missing.add("the sampling error of the test set (the results have no per-test-row errors)");
    }
    if (curve.fit() != null && curve.extrapolation() == null) {
      missing.add("the chance that the law changes beyond the measured sizes");
    }
    return missing;
  }

  /**
   * Plain words first: "The 90% bands include the spread between repetitions, the sampling error
   * of the test set and, beyond the measured sizes, the chance that the law changes its form
   * (about 6% per decade of extrapolation). Not included: ...".
   */
  public static String uncertaintySentence(CurveAnalysis curve) {
    List<String> included = sourcesIncluded(curve);
    List<String> missing = sourcesMissing(curve);
    StringBuilder s = new StringBuilder();
    if (included.isEmpty()) {
      s.append("The bands carry no uncertainty at all.");
    } else {
      s.append("The 90% bands include ").append(CurveSummaries.joined(included));
      Extrapolation spread = curve.extrapolation();
      if (spread != null) {
        double widening = Math.expm1(spread.perDecade());
        // "about 0.0% wider" would read as a rounding slip: say that it was measured as nothing
        s.append(widening < 0.0005 ? " (measured at under 0.1% wider per decade of"
            + " extrapolation)" : " (about " + Format.percent(widening)
            + " wider per decade of extrapolation)");
      }
      s.append('.');
    }
    if (!missing.isEmpty()) {
      s.append(" Missing, so the bands are too narrow: ").append(CurveSummaries.joined(missing))
          .append('.');
    }
    return s.toString();
  }
}
