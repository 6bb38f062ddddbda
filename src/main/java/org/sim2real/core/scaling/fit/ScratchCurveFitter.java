package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.RepetitionResampler;

/** Fits the {@link ScratchCurveFit} E0(m) from the scratch baselines of a table. */
final class ScratchCurveFitter {
  private static final LawForm FORM = LawForm.POWER_LAW_WITH_OFFSET;

  private ScratchCurveFitter() {}

  /** The fit, or null with a note saying why it could not be fitted. */
  static @Nullable ScratchCurveFit fit(
      LearningCurveTable table, RepetitionResampler resampler, List<String> notes) {
    List<Integer> ms = new ArrayList<>(table.mValues(Observation.SCRATCH));
    ms.removeIf(m -> m <= 0); // the unnamed m, and m = 0 (no experiments) has no learning curve
    if (!table.hasBaseline()) {
      notes.add("No scratch baseline in the table: E0(m), regime onset, gain and m_eq need one.");
      return null;
    }
    if (ms.size() < 3) {
      notes.add("Scratch learning curve E0(m) cannot be fitted: the baseline was run at "
          + ms.size() + " m value(s), it needs at least 3. Without it m_eq cannot be estimated.");
      return null;
    }
    // the baselines as one curve over m, so the same slice/bootstrap machinery applies
    int[] repetitionIds = table.repetitionIds();
    long[] sizes = new long[ms.size()];
    double[][] errors = new double[ms.size()][];
    List<ScratchPoint> points = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      LearningCurve baseline = table.baseline(ms.get(i)).orElseThrow();
      sizes[i] = ms.get(i);
      errors[i] = new double[repetitionIds.length];
      for (int r = 0; r < repetitionIds.length; r++) {
        errors[i][r] = baseline.error(0, r);
      }
      PointSummary summary = PointSummary.of(baseline, resampler).get(0);
      points.add(new ScratchPoint(ms.get(i), summary.mean(), summary.interval(),
          summary.repetitions()));
    }
    LearningCurve overM =
        new LearningCurve(Observation.SCRATCH, Observation.M_NOT_GIVEN, sizes, repetitionIds, errors);
    CurveSlice slice = new CurveSlice(overM, 0, sizes.length, null);
    LawFit fit = slice.fit(FORM, null, null);
    if (fit == null) {
      notes.add("Scratch learning curve E0(m) could not be fitted (optimizer failed).");
      return null;
    }
    FitBootstrap draws = FitBootstrap.of(slice, FORM, resampler, fit.parameters());
    boolean repeated = overM.minRepetitionCount() >= 2;
    List<String> names = List.of("a", "b", "c");
    List<ParameterEstimate> parameters = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parameters.add(new ParameterEstimate(names.get(i), fit.parameter(i),
          repeated ? draws.interval(i) : Interval.NONE));
    }
    double[] ly = new double[sizes.length];
    double[] lf = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      ly[i] = Math.log(overM.mean(i));
      lf[i] = Math.log(fit.value(sizes[i]));
    }
    return new ScratchCurveFit(points, fit, parameters, GoodnessOfFit.r2Log(ly, lf),
        draws.summary(), draws);
  }
}
