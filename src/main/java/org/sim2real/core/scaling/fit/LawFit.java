package org.sim2real.core.scaling.fit;

/**
 * A least-squares fit of one {@link LawForm} to points (x, y).
 *
 * @param parameters in the form's order (see {@link LawForm})
 * @param sumOfSquares residual sum of squares at the optimum (weighted when the fit was weighted)
 * @param points number of points fitted
 * @param atBound a shape parameter ended on a bound (alpha at 1e-6 or 3, n0 at its range limit, D
 *     at its minimum): the data do not pin it down
 * @param floorAtZero the offset C ended at its bound 0 (common and legitimate: no floor visible)
 */
public record LawFit(
    LawForm form,
    double[] parameters,
    double sumOfSquares,
    int points,
    boolean atBound,
    boolean floorAtZero) {

  public double parameter(int i) {
    return parameters[i];
  }

  public double value(double x) {
    return form.value(parameters, x);
  }
}
