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

  private LearningCurveTable(String source, List<Observation> observations) {
    this.source = source;
    this.observations = List.copyOf(observations);
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
    return new LearningCurveTable(source, observations);
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
                curvesByM.put(m, new LearningCurve(strategy, m, sizes, repetitionIds, errors));
              });
          result.put(strategy, Collections.unmodifiableMap(curvesByM));
        });
    return Collections.unmodifiableMap(result);
  }

  private static double[] nanRow(int length) {
    double[] row = new double[length];
    Arrays.fill(row, Double.NaN);
    return row;
  }
}
