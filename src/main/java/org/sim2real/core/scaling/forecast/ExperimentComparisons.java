package org.sim2real.core.scaling.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.CurveDraws;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScratchCurveFit;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.fit.TwoDimensionalFit;

/**
 * Forecasts that weigh simulation against experiments: the equivalent experimental sample size
 * m_eq (needs the scratch learning curve E0(m)) and the budget advice (needs the two-dimensional
 * law E(n, m)). Neither is invented when its law is missing: the result says what is needed. Each
 * carries the grade of the law it comes from, lowered when it reads that law beyond the m (or n)
 * that were measured, and says so.
 */
final class ExperimentComparisons {
  /** Beyond this factor outside the measured range a reading off E0 or E(n, m) is not trusted. */
  private static final double STOP_FACTOR = 10;

  private ExperimentComparisons() {}

  static EquivalentExperiments equivalentExperiments(ScalingAnalysis study, CurveAnalysis curve) {
    ScratchCurveFit scratch = study.scratchCurve();
    CurveDraws draws = curve.draws();
    if (scratch == null) {
      return EquivalentExperiments.unavailable("m_eq cannot be estimated without several m: it"
          + " needs the scratch learning curve E0(m), i.e. the scratch baseline run at 3 or more m"
          + " values.");
    }
    if (curve.m() == Observation.M_NOT_GIVEN) {
      return EquivalentExperiments.unavailable("m_eq cannot be estimated: this curve has no m.");
    }
    boolean intervals = scratch.parameters().get(0).interval().isKnown() && draws != null;
    List<EquivalentExperimentPoint> points = new ArrayList<>();
    for (int j = 0; j < curve.points().size(); j++) {
      PointSummary p = curve.points().get(j);
      double mEq = equivalentM(scratch.fit().parameters(), p.mean());
      double[] values = new double[scratch.draws().resamples()];
      for (int b = 0; b < values.length; b++) {
        double[] q = scratch.draws().draw(b);
        values[b] = q == null || draws == null ? Double.NaN : equivalentM(q, draws.pointMean(j, b));
      }
      Interval interval = intervals ? Percentiles.intervalAllowingInfinity(values) : Interval.NONE;
      double[] worth = values.clone();
      for (int b = 0; b < worth.length; b++) {
        worth[b] -= curve.m();
      }
      Interval worthInterval = intervals ? Percentiles.intervalAllowingInfinity(worth) : Interval.NONE;
      boolean extrapolated = !(mEq >= scratch.smallestM() && mEq <= scratch.largestM());
      points.add(new EquivalentExperimentPoint(p.n(), new Estimate(mEq, interval),
          new Estimate(mEq - curve.m(), worthInterval), extrapolated));
    }
    EquivalentExperimentPoint last = points.get(points.size() - 1);
    TrustAssessment trust = readingTrust(scratch.trust(), last.equivalentM().value(),
        scratch.smallestM(), scratch.largestM(), "m_eq", "m the scratch baseline was run at");
    String range = last.extrapolated() && Double.isFinite(last.equivalentM().value())
        ? " This lies outside the m values the baseline was measured at (" + scratch.smallestM()
            + " to " + scratch.largestM() + "): E0(m) is extrapolated there."
        : "";
    String sentence = Double.isInfinite(last.equivalentM().value())
        ? "At n = " + Format.size(last.n()) + " transfer is below the scratch floor c = "
            + Format.value(scratch.fit().parameter(2)) + ": no number of experiments alone reaches it."
        : "At n = " + Format.size(last.n()) + " pretraining is worth m_eq = "
            + Format.sizeWithInterval(last.equivalentM()) + " experiments, i.e. "
            + Format.sizeWithInterval(last.worthExperiments()) + " more than the " + curve.m()
            + " used (from " + scratch.lawSentence() + ")." + range;
    return new EquivalentExperiments(true, points, trust, sentence);
  }

  /**
   * The grade of a value read off a law measured over [low, high]: the law's own grade; caution
   * outside the range, do not extrapolate beyond 10x outside it.
   */
  static TrustAssessment readingTrust(TrustAssessment lawTrust, double value, double low,
      double high, String what, String range) {
    if (Double.isNaN(value) || (value >= low && value <= high)) {
      return lawTrust;
    }
    double factor = value > high ? value / high : low / value;
    TrustLevel level = factor > STOP_FACTOR ? TrustLevel.DO_NOT_EXTRAPOLATE : TrustLevel.CAUTION;
    String text = what + " = " + (Double.isInfinite(value) ? "infinite" : Format.size(value))
        + " lies outside the " + range + " (" + Format.size(low) + " to " + Format.size(high)
        + (Double.isInfinite(factor) ? ")." : "; " + Format.value(factor) + "x beyond).");
    if (lawTrust.level().compareTo(level) >= 0) {
      List<String> concerns = new ArrayList<>(lawTrust.concerns());
      concerns.add(text);
      return new TrustAssessment(lawTrust.level(), lawTrust.reason(), concerns);
    }
    List<String> concerns = new ArrayList<>();
    if (lawTrust.level() != TrustLevel.GOOD) {
      concerns.add(lawTrust.reason());
    }
    concerns.addAll(lawTrust.concerns());
    return new TrustAssessment(level, text, concerns);
  }

  /** m with E0(m) = error for E0 parameters {a, b, c}: infinite when error <= c. */
  static double equivalentM(double[] scratch, double error) {
    if (Double.isNaN(error)) {
      return Double.NaN;
    }
    if (error <= scratch[2]) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.pow((error - scratch[2]) / scratch[0], -1.0 / scratch[1]);
  }

  static BudgetAdvice budgetAdvice(ScalingAnalysis study, CurveAnalysis curve, ForecastRequest r) {
    if (r.budget() == null || r.costPerSimulation() == null || r.costPerExperiment() == null) {
      return BudgetAdvice.unavailable("No budget advice: give a cost per simulation, a cost per"
          + " experiment and a budget.");
    }
    Optional<TwoDimensionalFit> law = study.twoDimensional(curve.strategy());
    if (law.isEmpty() || curve.m() == Observation.M_NOT_GIVEN) {
      return BudgetAdvice.unavailable("Budget advice needs the two-dimensional law E(n, m), which"
          + " needs this strategy run at 2 or more m values with 3 or more n values each.");
    }
    TwoDimensionalFit fit = law.get();
    double n = curve.largestMeasuredN();
    double m = curve.m();
    double extraN = r.budget() / r.costPerSimulation();
    double extraM = r.budget() / r.costPerExperiment();
    double simulation = fit.value(n + extraN, m) - fit.value(n, m);
    double experiments = fit.value(n, m + extraM) - fit.value(n, m);
    double[] simDraws = fit.draws().map(p ->
        TwoDimensionalFit.value(p, n + extraN, m) - TwoDimensionalFit.value(p, n, m));
    double[] expDraws = fit.draws().map(p ->
        TwoDimensionalFit.value(p, n, m + extraM) - TwoDimensionalFit.value(p, n, m));
    int wins = 0;
    int valid = 0;
    for (int b = 0; b < simDraws.length; b++) {
      if (!Double.isNaN(simDraws[b])) {
        valid++;
        wins += simDraws[b] < expDraws[b] ? 1 : 0;
      }
    }
    double share = valid == 0 ? Double.NaN : (double) wins / valid;
    boolean intervals = fit.parameters().get(0).interval().isKnown();
    Estimate sim = new Estimate(simulation, intervals ? Percentiles.interval(simDraws) : Interval.NONE);
    Estimate exp = new Estimate(experiments, intervals ? Percentiles.interval(expDraws) : Interval.NONE);
    TrustAssessment trust = readingTrust(fit.trust(), n + extraN, fit.smallestN(), fit.largestN(),
        "n after the budget", "n values of the two-dimensional fit");
    trust = readingTrust(trust, m + extraM, fit.smallestM(), fit.largestM(), "m after the budget",
        "m values of the two-dimensional fit");
    if (share > 0.05 && share < 0.95 && trust.level() == TrustLevel.GOOD) {
      trust = new TrustAssessment(TrustLevel.CAUTION, "The refits disagree on which buys more:"
          + " simulation wins in " + Format.percent(share) + " of them.", trust.concerns());
    }
    String winner = simulation < experiments ? "simulation" : "experiments";
    String sentence = "With a budget of " + Format.size(r.budget()) + ": " + Format.size(extraN)
        + " more simulations change the error by " + Format.withInterval(sim) + ", "
        + Format.size(extraM) + " more experiments by " + Format.withInterval(exp) + "; "
        + winner + " buy the larger drop (simulation wins in " + Format.percent(share)
        + " of the refits; from " + fit.lawSentence() + ").";
    return new BudgetAdvice(true, extraN, extraM, sim, exp, share, trust, sentence);
  }
}
