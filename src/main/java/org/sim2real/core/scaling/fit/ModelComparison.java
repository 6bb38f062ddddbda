package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link LawForm} fitted on the same window and ranked by AICc: least squares with
 * Gaussian errors, where the noise variance is estimated from the residuals and therefore counted
 * as a parameter (k + 1 for a form with k curve parameters). AICc needs N > k + 2 points; a form
 * with fewer is reported as undefined, not ranked.
 *
 * @param preferred the form with the smallest AICc, or null when fewer than two forms have one
 */
public record ModelComparison(List<ModelScore> scores, @Nullable LawForm preferred) {

  /** A difference in AICc below this is no real preference (Burnham and Anderson). */
  public static final double MEANINGFUL_DELTA = 2.0;

  public ModelComparison {
    scores = List.copyOf(scores);
  }

  static ModelComparison of(CurveSlice slice, List<LawFit> knownFits) {
    double[] x = slice.x();
    double[] y = slice.means();
    List<ModelScore> raw = new ArrayList<>();
    for (LawForm form : LawForm.values()) {
      LawFit fit = knownFits.stream().filter(f -> f.form() == form).findFirst()
          .orElseGet(() -> slice.fit(form, null));
      raw.add(score(form, fit, x, y));
    }
    double best = raw.stream().mapToDouble(ModelScore::aicc).filter(v -> !Double.isNaN(v)).min()
        .orElse(Double.NaN);
    long defined = raw.stream().filter(ModelScore::aiccDefined).count();
    List<ModelScore> scores = new ArrayList<>();
    LawForm preferred = null;
    for (ModelScore s : raw) {
      double delta = s.aicc() - best;
      scores.add(new ModelScore(s.form(), s.fit(), s.parameters(), s.points(), s.aicc(), delta,
          s.r2Log()));
      if (defined >= 2 && delta == 0) {
        preferred = s.form();
      }
    }
    return new ModelComparison(scores, preferred);
  }

  /**
   * AICc of a least-squares fit with {@code parameters} curve parameters, the noise variance
   * counted as one more (k = parameters + 1). NaN when undefined: it needs N > k + 1 points.
   */
  static double aicc(double sumOfSquares, int points, int parameters) {
    int k = parameters + 1;
    if (points <= k + 1) {
      return Double.NaN;
    }
    double meanSquare = Math.max(sumOfSquares / points, 1e-300);
    return points * Math.log(meanSquare) + 2.0 * k + 2.0 * k * (k + 1) / (points - k - 1);
  }

  private static ModelScore score(LawForm form, @Nullable LawFit fit, double[] x, double[] y) {
    int k = form.parameterCount();
    if (fit == null) {
      return new ModelScore(form, null, k, x.length, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] ly = new double[x.length];
    double[] lf = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      ly[i] = Math.log(y[i]);
      lf[i] = Math.log(fit.value(x[i]));
    }
    return new ModelScore(form, fit, k, x.length, aicc(fit.sumOfSquares(), x.length, k),
        Double.NaN, GoodnessOfFit.r2Log(ly, lf));
  }

  /** AICc prefers the exponential saturation by more than {@link #MEANINGFUL_DELTA} over both power laws. */
  public boolean saturationClearlyPreferred() {
    if (preferred != LawForm.EXPONENTIAL_SATURATION) {
      return false;
    }
    return scores.stream()
        .filter(s -> s.form() != LawForm.EXPONENTIAL_SATURATION && s.aiccDefined())
        .allMatch(s -> s.deltaAicc() > MEANINGFUL_DELTA);
  }

  public ModelScore score(LawForm form) {
    return scores.stream().filter(s -> s.form() == form).findFirst().orElseThrow();
  }

  /** One plain sentence first, the numbers after it. */
  public String sentence() {
    List<String> undefined = new ArrayList<>();
    for (ModelScore s : scores) {
      if (!s.aiccDefined()) {
        undefined.add(s.form().label() + (s.fit() == null ? " (fit failed)"
            : " (needs at least " + (s.parameters() + 3) + " sizes, has " + s.points() + ")"));
      }
    }
    String tail = undefined.isEmpty() ? "" : " Not ranked: " + String.join(", ", undefined) + ".";
    if (preferred == null) {
      return "Too few sizes to compare the law forms (AICc)." + tail;
    }
    ModelScore runnerUp = scores.stream()
        .filter(s -> s.aiccDefined() && s.form() != preferred)
        .min((a, b) -> Double.compare(a.aicc(), b.aicc())).orElseThrow();
    String strength = runnerUp.deltaAicc() < MEANINGFUL_DELTA ? "marginally prefers " : "prefers ";
    return String.format(Locale.ROOT, "AICc %s%s (next: %s, delta AICc %.1f).%s",
        strength, preferred.label(), runnerUp.form().label(), runnerUp.deltaAicc(), tail);
  }
}
