package org.sim2real.core.scaling.fit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scaling analysis of a whole learning-curve table: one {@link CurveAnalysis} per transfer
 * strategy and m, the scratch learning curve E0(m) when several m were run, and the
 * two-dimensional law E(n, m) per strategy when the grid allows it.
 *
 * @param scratchCurve E0(m) = a m^-b + c, or null when it could not be fitted (see notes)
 * @param twoDimensional one fit per strategy that has at least 2 m values and 3 n values
 * @param notes plain-language remarks about what could not be fitted and why
 */
public record ScalingAnalysis(
    String source,
    FitOptions options,
    List<CurveAnalysis> curves,
    @Nullable ScratchCurveFit scratchCurve,
    List<TwoDimensionalFit> twoDimensional,
    List<String> notes) {

  public ScalingAnalysis {
    curves = List.copyOf(curves);
    twoDimensional = List.copyOf(twoDimensional);
    notes = List.copyOf(notes);
  }

  public Optional<CurveAnalysis> curve(String strategy, int m) {
    return curves.stream().filter(c -> c.strategy().equals(strategy) && c.m() == m).findFirst();
  }

  public Optional<TwoDimensionalFit> twoDimensional(String strategy) {
    return twoDimensional.stream().filter(t -> t.strategy().equals(strategy)).findFirst();
  }
}
