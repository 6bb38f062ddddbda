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
import org.sim2real.core.scaling.fit.TwoDimensionalFit;

/**
 * Forecasts that weigh simulation against experiments: the equivalent experimental sample size
 * m_eq (needs the scratch learning curve E0(m)) and the budget advice (needs the two-dimensional
 * law E(n, m)). Neither is invented when its law is missing: the result says what is needed.
 */
final class ExperimentComparisons {
  private ExperimentComparisons() {}

  static EquivalentExperiments equivalentExperiments(ScalingAnalysis study, CurveAnalysis curve) {
    ScratchCurveFit scratch = study.scratchCurve();
    CurveDraws draws = curve.draws();
    if (scratch == null) {
      return new EquivalentExperiments(false, List.of(), "m_eq cannot be estimated without several"
          + " m: it needs the scratch learning curve E0(m), i.e. the scratch baseline run at 3 or"
          + " more m values.");
    }
    if (curve.m() == Observation.M_NOT_GIVEN) {
      return new EquivalentExperiments(false, List.of(),
          "m_eq cannot be estimated: this curve has no m.");
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
      points.add(new EquivalentExperimentPoint(p.n(), new Estimate(mEq, interval),
          new Estimate(mEq - curve.m(), worthInterval)));
    }
    EquivalentExperimentPoint last = points.get(points.size() - 1);
    String sentence = Double.isInfinite(last.equivalentM().value())
        ? "At n = " + Format.size(last.n()) + " transfer is below the scratch floor c = "
            + Format.value(scratch.fit().parameter(2)) + ": no number of experiments alone reaches it."
        : "At n = " + Format.size(last.n()) + " pretraining is worth m_eq = "
            + Format.sizeWithInterval(last.equivalentM()) + " experiments, i.e. "
            + Format.sizeWithInterval(last.worthExperiments()) + " more than the " + curve.m()
            + " used (from " + scratch.lawSentence() + ").";
    return new EquivalentExperiments(true, points, sentence);
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
    String winner = simulation < experiments ? "simulation" : "experiments";
    String sentence = "With a budget of " + Format.size(r.budget()) + ": " + Format.size(extraN)
        + " more simulations change the error by " + Format.withInterval(sim) + ", "
        + Format.size(extraM) + " more experiments by " + Format.withInterval(exp) + "; "
        + winner + " buy the larger drop (simulation wins in " + Format.percent(share)
        + " of the refits; from " + fit.lawSentence() + ").";
    return new BudgetAdvice(true, extraN, extraM, sim, exp, share, sentence);
  }
}
