package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.RowErrors;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * How much a candidate's cells are expected to narrow the question's interval, by refitting (README,
 * "Adaptive studies"): the candidate's cells are imputed, the whole analysis is run again on the
 * measured table plus them, and the question's interval is compared with today's. The refit sees
 * everything the interval is made of: the law's fit window, which form wins, the test set shared by
 * all cells (which no cell narrows), and the Student-t penalty of few repetitions, which any new
 * repetition column pays down (also a cheap scratch repetition), so it does not overrate the sizes
 * next to the question as a linear estimate ({@link ExpectedGain}) does.
 *
 * <p>An imputed cell at a new size lies on today's fitted law; at a measured size on its measured
 * mean. Its repetitions deviate from that alternately up and down (even repetitions up) by what
 * keeps their spread at the pooled spread s of one repetition on the log scale.
 * Its per-test-row errors are those of the nearest measured size (averaged over its repetitions),
 * scaled to the imputed error, so the test set moves it as it moves its neighbours. The draws use
 * the analysis's own seed, so that today's and the refit's intervals share their test-set draws and
 * compare with little Monte Carlo noise. Deterministic: same table, candidate and options, same
 * narrowing.
 */
final class LookAhead implements Gain {
  private final LearningCurveTable table;
  private final AdaptiveGrid grid;
  private final FitOptions options;
  private final AdaptiveSettings settings;
  private final QuestionDraws now;
  private final LearningCurve curve;
  private final @Nullable LearningCurve baseline;
  private final double spread;
  private final double width;

  LookAhead(LearningCurveTable table, AdaptiveGrid grid, FitOptions options,
      AdaptiveSettings settings, QuestionDraws now, LearningCurve curve) {
    this.table = table;
    this.grid = grid;
    this.options = options;
    this.settings = settings;
    this.now = now;
    this.curve = curve;
    this.baseline = table.baseline(curve.m()).orElse(null);
    this.spread = Math.sqrt(ExpectedGain.pooledRepetitionVariance(curve));
    this.width = width(now);
  }

  /** Whether there is an interval to narrow. */
  boolean usable() {
    return width > 0 && Double.isFinite(width) && now.forecast != null;
  }

  /** The refit's narrowing of today's width (0 when the refit is no narrower or fails). */
  @Override
  public double narrowing(int n, int measuredRepetitions, List<WaveGroup> groups) {
    if (!usable()) {
      return 0;
    }
    LearningCurveTable imputed = imputed(groups);
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(imputed, options, grid.strategy());
    CurveAnalysis refit = analysis.curves().stream().filter(c -> c.m() == curve.m()).findFirst()
        .orElse(null);
    if (refit == null) {
      return 0;
    }
    double after = width(QuestionDraws.of(analysis, refit, settings));
    return Double.isFinite(after) ? Math.max(0, 1 - after / width) : 0;
  }

  /**
   * The width of the question's 90% interval (NaN without one). The planner asks this of the error
   * at n and the floor only; n* keeps its linear estimate ({@link WavePlanner}).
   */
  private static double width(QuestionDraws question) {
    Interval interval = question.drawInterval();
    return interval.isKnown() ? interval.upper() - interval.lower() : Double.NaN;
  }

  /** A scratch repetition adds a repetition column, which the refit sees. */
  @Override
  public boolean scoresScratch() {
    return true;
  }

  /** The measured table plus the groups' cells, imputed. */
  LearningCurveTable imputed(List<WaveGroup> groups) {
    List<Observation> observations = new ArrayList<>(table.observations());
    RowErrors rows = table.hasRowErrors() ? table.rowErrors() : null;
    Map<RowErrors.CellKey, float[]> values = new HashMap<>();
    Map<RowErrors.CellKey, Boolean> flags = new HashMap<>();
    for (Observation o : table.observations()) {
      RowErrors.CellKey key = new RowErrors.CellKey(o.strategy(), o.m(), o.n(), o.repetition());
      if (rows != null) {
        values.put(key, residuals(rows.kind(), rows.of(o.strategy(), o.m(), o.n(),
            o.repetition()), 1));
      }
      Boolean converged = table.pretrainingConverged(o.strategy(), o.m(), o.n(), o.repetition());
      if (converged != null) {
        flags.put(key, converged);
      }
    }
    for (WaveGroup g : groups) {
      LearningCurve of = g.isScratch() ? baseline : curve;
      if (of == null || of.sizeCount() == 0) {
        continue;
      }
      long n = g.isScratch() ? 0 : g.n();
      int j = nearest(of, n);
      boolean measured = of.size(j) == n;
      double center = measured || g.isScratch() ? of.mean(j) : now.forecast.point(n);
      if (!(center > 0) || !Double.isFinite(center)) {
        continue;
      }
      double shown = measured ? Double.NaN : measuredDeviation(of, j, g.repetition());
      double error = center * Math.exp(Double.isFinite(shown) ? shown
          : (g.repetition() % 2 == 0 ? 1 : -1)
              * deviation(measured || g.isScratch() ? of.repetitionCount(j) : 0, groups, g));
      observations.add(new Observation(of.strategy(), of.m(), n, g.repetition(), error));
      if (rows != null) {
        double[] template = of.averagedRowValues(j, rows.testRows());
        if (template == null) {
          rows = null;
          continue;
        }
        values.put(new RowErrors.CellKey(of.strategy(), of.m(), n, g.repetition()),
            residuals(rows.kind(), template, error / of.mean(j)));
      }
    }
    LearningCurveTable out = LearningCurveTable.of(table.source(), observations);
    if (rows != null) {
      out = out.withRowErrors(RowErrors.fromResiduals(rows.kind(), values));
    }
    if (!table.sharesTestSet()) {
      out = out.withIndependentCells();
    }
    return flags.isEmpty() ? out : out.withConvergence(flags);
  }

  /**
   * How far an imputed repetition lies from its center on the log scale, so that the repetitions'
   * spread comes out as expected: at a new size the candidate's g repetitions, alternately up and
   * down by s sqrt((g - 1) / g), have a sample variance of s²; one more repetition at a size
   * measured k times lies s sqrt((k + 1) / k) from their mean, what it is expected to add to
   * their sum of squares.
   */
  private double deviation(int measuredRepetitions, List<WaveGroup> groups, WaveGroup g) {
    if (measuredRepetitions > 0) {
      return spread * Math.sqrt((measuredRepetitions + 1.0) / measuredRepetitions);
    }
    long count = groups.stream().filter(x -> x.n() == g.n() && x.source().equals(g.source()))
        .count();
    return count < 2 ? 0 : spread * Math.sqrt((count - 1.0) / count);
  }

  /**
   * The log deviation of repetition r from the mean at size j, where it is measured (a repetition's
   * cells move together across n: the same experimental training draw and seed), else NaN.
   */
  private static double measuredDeviation(LearningCurve of, int j, int repetition) {
    int[] ids = of.repetitionIds();
    for (int c = 0; c < ids.length; c++) {
      if (ids[c] == repetition) {
        double e = of.error(j, c);
        return e > 0 && of.mean(j) > 0 ? Math.log(e / of.mean(j)) : Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** The measured size nearest n on the log scale (the smallest for the baseline). */
  private static int nearest(LearningCurve of, long n) {
    int best = 0;
    for (int j = 1; j < of.sizeCount(); j++) {
      if (n > 0 && Math.abs(Math.log((double) of.size(j) / n))
          < Math.abs(Math.log((double) of.size(best) / n))) {
        best = j;
      }
    }
    return best;
  }

  /**
   * Row values scaled so that the cell's error scales by {@code factor}, as the residuals {@link
   * RowErrors#fromResiduals} turns back into them (absolute values as they are, squared values by
   * their root).
   */
  private static float[] residuals(RowErrors.Kind kind, float @Nullable [] values, double factor) {
    if (values == null) {
      return new float[0];
    }
    double[] wide = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      wide[i] = values[i];
    }
    return residuals(kind, wide, factor);
  }

  private static float[] residuals(RowErrors.Kind kind, double[] values, double factor) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) (kind == RowErrors.Kind.SQUARED
          ? Math.sqrt(Math.max(0, values[i])) * factor : values[i] * factor);
    }
    return out;
  }
}
