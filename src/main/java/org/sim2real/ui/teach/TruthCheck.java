package org.sim2real.ui.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;

/**
 * One row of the truth-versus-fit table: a quantity's true value, what the fit says with its 90%
 * interval, and whether the truth lies inside that interval.
 *
 * @param name "D", "alpha", "C" or "n*"
 * @param truth the true value (infinite for an unreachable n*)
 * @param fitted the fitted value with its interval (NaN without a fit; NaN value and infinite
 *     upper end for an n* the fit finds unreachable)
 */
public record TruthCheck(String name, double truth, Estimate fitted, Status status,
    String truthText, String fittedText, String intervalText) {

  /** Whether the truth lies inside the fit's 90% interval. */
  public enum Status {
    INSIDE("\u2713", "the truth lies inside the 90% interval"),
    OUTSIDE("\u2717", "the truth lies outside the 90% interval"),
    NO_INTERVAL("\u2013", "no interval to compare with"),
    NOT_FITTED("\u2013", "no law fitted");

    private final String mark;
    private final String meaning;

    Status(String mark, String meaning) {
      this.mark = mark;
      this.meaning = meaning;
    }

    /** A check mark, a cross or a dash. */
    public String mark() {
      return mark;
    }

    public String meaning() {
      return meaning;
    }
  }

  /** Rows for D, alpha, C and, when a target is given, n*(T). */
  public static List<TruthCheck> of(TeachingSetup setup, @Nullable CurveAnalysis curve,
      @Nullable DataNeedForecast need, @Nullable Double target) {
    List<TruthCheck> rows = new ArrayList<>();
    double[] truths = {setup.d(), setup.alpha(), setup.c()};
    String[] names = {"D", "alpha", "C"};
    for (int i = 0; i < names.length; i++) {
      ParameterEstimate p = curve == null || curve.fit() == null ? null
          : curve.parameter(names[i]);
      rows.add(parameter(names[i], truths[i], p));
    }
    if (target != null) {
      rows.add(requiredN(setup.trueRequiredN(target), curve != null && curve.fit() != null
          ? need : null));
    }
    return rows;
  }

  private static TruthCheck parameter(String name, double truth, @Nullable ParameterEstimate p) {
    if (p == null) {
      return new TruthCheck(name, truth, new Estimate(Double.NaN, Interval.NONE),
          Status.NOT_FITTED, TeachFormat.plain(truth), "no fit", "");
    }
    Interval i = p.interval();
    Status status = !i.isKnown() ? Status.NO_INTERVAL
        : i.contains(truth) ? Status.INSIDE : Status.OUTSIDE;
    return new TruthCheck(name, truth, p.estimate(), status, TeachFormat.plain(truth),
        Format.value(p.value()), i.isKnown() ? Format.value(i.lower()) + " to "
            + Format.value(i.upper()) : "none");
  }

  private static TruthCheck requiredN(OptionalDouble truth, @Nullable DataNeedForecast need) {
    double t = truth.orElse(Double.POSITIVE_INFINITY);
    String truthText = truth.isPresent() ? TeachFormat.size(t) : "unreachable";
    if (need == null) {
      return new TruthCheck("n*", t, new Estimate(Double.NaN, Interval.NONE), Status.NOT_FITTED,
          truthText, "no fit", "");
    }
    Estimate n = need.requiredN();
    Interval i = n.interval();
    // the fitted law puts the target at or below its floor (the verdict may still be "already
    // reached" when a measured mean lies below the target by chance)
    boolean unreachable = need.verdict() == DataNeedVerdict.UNREACHABLE
        || Double.isNaN(n.value());
    String fittedText = unreachable ? "unreachable" : TeachFormat.size(n.value());
    // the interval's upper end is infinite when more than 5% of the refits find T unreachable
    boolean hasInterval = !Double.isNaN(i.lower()) && !Double.isNaN(i.upper());
    Status status;
    if (unreachable) {
      // more than 5% of refits reaching T would put a finite n* inside the interval, but the
      // forecast reports no interval then: say so rather than guess
      status = Double.isInfinite(t) ? Status.INSIDE
          : need.probabilityUnreachable() >= 0.95 ? Status.OUTSIDE : Status.NO_INTERVAL;
    } else if (!hasInterval) {
      status = Status.NO_INTERVAL;
    } else {
      status = t >= i.lower() && t <= i.upper() ? Status.INSIDE : Status.OUTSIDE;
    }
    String intervalText = unreachable ? "unreachable in "
        + Format.percent(need.probabilityUnreachable()) + " of refits"
        : hasInterval ? TeachFormat.size(i.lower()) + " to " + TeachFormat.size(i.upper())
        : "none";
    return new TruthCheck("n*", t, n, status, truthText, fittedText, intervalText);
  }
}
