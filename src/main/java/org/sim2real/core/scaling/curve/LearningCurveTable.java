package org.sim2real.core.scaling.curve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A learning-curve table in memory: (strategy, m, n, repetition) -> test error. Built from the
 * study engine's {@code cells.csv} or a plain table by {@link LearningCurveReader}, or in code
 * (e.g. by {@code core.scaling.teaching.TeachingCurveGenerator}). Immutable.
 */
public final class LearningCurveTable {
  private final String source;
  private final List<Observation> observations;
  private final int[] repetitionIds;
  private final Map<String, Map<Integer, LearningCurve>> curves;
  private final @Nullable RowErrors rowErrors;
  private final boolean independentCells;
  private final Map<RowErrors.CellKey, Boolean> convergence;

  private LearningCurveTable(String source, List<Observation> observations,
      @Nullable RowErrors rowErrors, boolean independentCells,
      Map<RowErrors.CellKey, Boolean> convergence) {
    this.source = source;
    this.observations = List.copyOf(observations);
    this.rowErrors = rowErrors;
    this.independentCells = independentCells;
    this.convergence = Map.copyOf(convergence);
    TreeSet<Integer> reps = new TreeSet<>();
    for (Observation o : observations) {
      reps.add(o.repetition());
    }
    this.repetitionIds = reps.stream().mapToInt(Integer::intValue).toArray();
    this.curves = buildCurves();
  }

  /**
   * A table of observations. Two observations of the same (strategy, m, n, repetition) are a
   * programming error here; readers number repeated rows before they get here.
   *
   * @param source where the numbers came from (a file name), used in messages
   */
  public static LearningCurveTable of(String source, List<Observation> observations) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("a learning-curve table needs at least one observation");
    }
    return new LearningCurveTable(source, observations, null, false, Map.of());
  }

  /**
   * This table with the per-test-row errors of its cells, so that the bootstrap also resamples the
   * test set. Only the cells that have them get them; {@link #hasRowErrors()} tells whether every
   * cell does.
   */
  public LearningCurveTable withRowErrors(RowErrors errors) {
    return new LearningCurveTable(source, observations, errors, independentCells, convergence);
  }

  /**
   * This table marked as having cells whose errors are independent of each other, with no test set
   * shared between them (the Teach screen's simulated studies): then no test-set sampling error is
   * missing from the intervals when the table has no per-row errors.
   */
  public LearningCurveTable withIndependentCells() {
    return new LearningCurveTable(source, observations, rowErrors, true, convergence);
  }

  /**
   * This table with whether each cell's pretraining loss had flattened when pretraining stopped
   * (cells not in the map: unknown).
   */
  public LearningCurveTable withConvergence(Map<RowErrors.CellKey, Boolean> flags) {
    return new LearningCurveTable(source, observations, rowErrors, independentCells, flags);
  }

  /** Whether the cell's pretraining had converged, or null when unknown. */
  public @Nullable Boolean pretrainingConverged(String strategy, int m, long n, int repetition) {
    return convergence.get(new RowErrors.CellKey(strategy, m, n, repetition));
  }

  /**
   * True when the cells were measured on one shared test set whose own sampling error the
   * intervals should carry (every table of a study), false for {@link #withIndependentCells()}.
   */
  public boolean sharesTestSet() {
    return !independentCells;
  }

  /** The per-row errors given with {@link #withRowErrors}, or null. */
  public @Nullable RowErrors rowErrors() {
    return rowErrors;
  }

  /** True when every cell of the table has its per-test-row errors. */
  public boolean hasRowErrors() {
    if (rowErrors == null) {
      return false;
    }
    for (Observation o : observations) {
      if (rowErrors.of(o.strategy(), o.m(), o.n(), o.repetition()) == null) {
        return false;
      }
    }
    return true;
  }

  public String source() {
    return source;
  }

  public List<Observation> observations() {
    return observations;
  }

  /** Repetition numbers present anywhere in the table, ascending (the bootstrap resamples these). */
  public int[] repetitionIds() {
    return repetitionIds.clone();
  }

  /** Transfer strategies (everything except the scratch baseline), sorted by name. */
  public List<String> transferStrategies() {
    List<String> names = new ArrayList<>();
    for (String s : curves.keySet()) {
      if (!Observation.SCRATCH.equals(s)) {
        names.add(s);
      }
    }
    return names;
  }

  /** The m values measured for a strategy (or {@link Observation#SCRATCH}), ascending. */
  public List<Integer> mValues(String strategy) {
    Map<Integer, LearningCurve> byM = curves.get(strategy);
    return byM == null ? List.of() : List.copyOf(byM.keySet());
  }

  public Optional<LearningCurve> curve(String strategy, int m) {
    Map<Integer, LearningCurve> byM = curves.get(strategy);
    return Optional.ofNullable(byM == null ? null : byM.get(m));
  }

  /** The scratch baseline at experimental size m (a curve with the single size n = 0). */
  public Optional<LearningCurve> baseline(int m) {
    return curve(Observation.SCRATCH, m);
  }

  public boolean hasBaseline() {
    return curves.containsKey(Observation.SCRATCH);
  }

  private Map<String, Map<Integer, LearningCurve>> buildCurves() {
    Map<Integer, Integer> column = new HashMap<>();
    for (int r = 0; r < repetitionIds.length; r++) {
      column.put(repetitionIds[r], r);
    }
    Map<String, Map<Integer, TreeMap<Long, double[]>>> cells = new TreeMap<>();
    for (Observation o : observations) {
      double[] row =
          cells
              .computeIfAbsent(o.strategy(), s -> new TreeMap<>())
              .computeIfAbsent(o.m(), k -> new TreeMap<>())
              .computeIfAbsent(o.n(), k -> nanRow(repetitionIds.length));
      int r = column.get(o.repetition());
      if (!Double.isNaN(row[r])) {
        throw new IllegalArgumentException(
            "two observations for " + o.strategy() + ", " + Observation.describeM(o.m()) + ", n = "
                + o.n() + ", repetition " + o.repetition());
      }
      row[r] = o.error();
    }
    Map<String, Map<Integer, LearningCurve>> result = new TreeMap<>();
    cells.forEach(
        (strategy, byM) -> {
          Map<Integer, LearningCurve> curvesByM = new TreeMap<>();
          byM.forEach(
              (m, byN) -> {
                long[] sizes = byN.keySet().stream().mapToLong(Long::longValue).toArray();
                double[][] errors = byN.values().toArray(new double[0][]);
                curvesByM.put(m, new LearningCurve(strategy, m, sizes, repetitionIds, errors,
                    rowValues(strategy, m, sizes), rowErrors == null ? null : rowErrors.kind()));
              });
          result.put(strategy, Collections.unmodifiableMap(curvesByM));
        });
    return Collections.unmodifiableMap(result);
  }

  private float @Nullable [][] @Nullable [] rowValues(String strategy, int m, long[] sizes) {
    if (rowErrors == null) {
      return null;
    }
    float[][][] values = new float[sizes.length][repetitionIds.length][];
    for (int j = 0; j < sizes.length; j++) {
      for (int r = 0; r < repetitionIds.length; r++) {
        values[j][r] = rowErrors.of(strategy, m, sizes[j], repetitionIds[r]);
      }
    }
    return values;
  }

  private static double[] nanRow(int length) {
    double[] row = new double[length];
    Arrays.fill(row, Double.NaN);
    return row;
  }
}
