package org.sim2real.core.scaling.fit;

import java.util.Arrays;
import java.util.function.Predicate;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.ConvergenceChecker;
import org.hipparchus.optim.nonlinear.vector.leastsquares.EvaluationRmsChecker;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.jspecify.annotations.Nullable;

/**
 * Bounded nonlinear least squares with Hipparchus' Levenberg-Marquardt optimizer. Callers enforce
 * the bounds of the law by their choice of coordinates (ln D for D > 0, a logistic map for alpha,
 * C = w^2 for C >= 0, see {@link IntervalTransform}) and supply analytic Jacobians; the parameter
 * validator only clamps trial points into a numerically safe box [lower, upper] (e.g. ln D <= 700).
 */
final class BoundedLevenbergMarquardt {
  /** Evaluation budget of a fit; a well-posed fit of these laws needs a few dozen. */
  static final int MAX_EVALUATIONS = 2_000;

  /** Model values and Jacobian at parameters q (both already scaled by sqrt of the weights). */
  interface Model {
    void evaluate(double[] q, double[] values, double[][] jacobian);
  }

  private BoundedLevenbergMarquardt() {}

  /** The optimum (clamped into the box), or null when the optimizer failed. */
  static double @Nullable [] minimize(
      Model model, double[] target, double[] start, double[] lower, double[] upper) {
    return minimize(model, target, start, lower, upper, MAX_EVALUATIONS);
  }

  /** Like {@link #minimize(Model, double[], double[], double[], double[])} with a budget. */
  static double @Nullable [] minimize(Model model, double[] target, double[] start,
      double[] lower, double[] upper, int maxEvaluations) {
    return minimize(model, target, start, lower, upper, maxEvaluations, q -> false);
  }

  /**
   * Like {@link #minimize(Model, double[], double[], double[], double[], int)}, and stops early at
   * the first accepted point for which {@code abandon} is true (returning that point), e.g. when a
   * free floor has clearly left its feasible side and only the bound is of interest.
   */
  static double @Nullable [] minimize(Model model, double[] target, double[] start,
      double[] lower, double[] upper, int maxEvaluations, Predicate<double[]> abandon) {
    int rows = target.length;
    int columns = start.length;
    double scale = Arrays.stream(target).map(Math::abs).max().orElse(0);
    Progress progress = new Progress(scale, maxEvaluations, abandon);
    LeastSquaresProblem problem =
        new LeastSquaresBuilder()
            .model(
                point -> {
                  double[] q = point.toArray();
                  double[] values = new double[rows];
                  double[][] jacobian = new double[rows][columns];
                  model.evaluate(q, values, jacobian);
                  return new Pair<>(
                      new ArrayRealVector(values, false),
                      new Array2DRowRealMatrix(jacobian, false));
                })
            .target(target)
            .start(clamp(start.clone(), lower, upper))
            .parameterValidator(
                point -> new ArrayRealVector(clamp(point.toArray(), lower, upper), false))
            // stop once the RMS stops moving; without this an exact fit (as many points as
            // parameters) creeps towards zero residual until the evaluation budget runs out
            .checker(progress)
            .maxEvaluations(10 * maxEvaluations)
            .maxIterations(maxEvaluations + 2)
            .lazyEvaluation(false)
            .build();
    try {
      // a fresh optimizer per fit: cheap, and fits may run on several threads
      LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
      if (progress.exhaustedWhileMoving()) {
        return null; // still improving when the budget ran out: not converged
      }
      RealVector point = optimum.getPoint();
      double[] q = clamp(point.toArray(), lower, upper);
      for (double v : q) {
        if (!Double.isFinite(v)) {
          return null;
        }
      }
      return q;
    } catch (MathRuntimeException e) {
      // no convergence within the evaluation budget, or a singular step: a failed fit
      return null;
    }
  }

  /**
   * Stops when the RMS stops moving (without this an exact fit, as many points as parameters,
   * creeps towards zero residual until the budget runs out), when the caller abandons, or when the
   * iteration budget is spent. A fit that creeps along a flat valley of its cost (a broken power
   * law whose break, height and exponent trade off) may spend the budget while its cost no longer
   * changes to 1e-6 over the last 100 iterations: that is converged as far as the data can tell.
   * Only a fit whose cost was still falling faster than that has really not converged.
   */
  private static final class Progress implements ConvergenceChecker<LeastSquaresProblem.Evaluation> {
    private static final int WINDOW = 100;
    private final EvaluationRmsChecker rms;
    private final int budget;
    private final Predicate<double[]> abandon;
    private final double[] history;
    private boolean exhaustedWhileMoving;

    Progress(double scale, int budget, Predicate<double[]> abandon) {
      this.rms = new EvaluationRmsChecker(1e-10, 1e-13 * Math.max(scale, 1e-300));
      this.budget = budget;
      this.abandon = abandon;
      this.history = new double[WINDOW];
    }

    @Override
    public boolean converged(int iteration, LeastSquaresProblem.Evaluation previous,
        LeastSquaresProblem.Evaluation current) {
      double cost = current.getCost();
      history[iteration % WINDOW] = cost;
      if (rms.converged(iteration, previous, current) || abandon.test(current.getPoint().toArray())) {
        return true;
      }
      if (iteration >= budget) {
        double earlier = history[(iteration + 1) % WINDOW];
        exhaustedWhileMoving = iteration < WINDOW || earlier - cost > 1e-6 * Math.max(earlier, 1e-300);

        return true;
      }
      return false;
    }

    boolean exhaustedWhileMoving() {
      return exhaustedWhileMoving;
    }
  }

  private static double[] clamp(double[] q, double[] lower, double[] upper) {
    for (int i = 0; i < q.length; i++) {
      if (Double.isNaN(q[i])) {
        q[i] = lower[i];
      }
      q[i] = Math.max(lower[i], Math.min(upper[i], q[i]));
    }
    return q;
  }
}
