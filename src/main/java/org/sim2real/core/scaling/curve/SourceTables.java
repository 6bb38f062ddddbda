package org.sim2real.core.scaling.curve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * The tables of several simulation sources measured against one experimental target, joined into
 * one table so that one {@link StudyDraws} serves them all and draw b of source A belongs with draw
 * b of source B (a paired comparison).
 *
 * <p>That pairing is valid only when the studies differ in nothing but the simulation file: the
 * same experimental file, seed, test fraction, m values and repetitions give the same test rows and
 * experimental training rows, so repetition r and test row i mean the same thing in every table,
 * and the scratch cells (which never see a simulation) are the same computations. This class checks
 * what the tables themselves show (the repetitions, the number of test rows, the scratch cells) and
 * refuses otherwise; the caller checks what only the study designs show.
 *
 * <p>Transfer strategies are renamed {@code strategy@source} ("finetune@mp"); the one scratch
 * baseline is taken from the first table.
 */
public final class SourceTables {
  /** Between the strategy and the source in a combined table's strategy names. */
  public static final String SEPARATOR = "@";

  /** Scratch errors of two studies that agree closer than this are the same computation. */
  public static final double SCRATCH_TOLERANCE = 1e-9;

  /**
   * One source's table.
   *
   * @param name short name of the simulation source ("mp"), used in strategy names and messages
   * @param location where the table was read from (a folder), named in messages
   */
  public record Source(String name, String location, LearningCurveTable table) {
    public Source {
      if (name.isBlank() || name.contains(SEPARATOR) || !name.strip().equals(name)) {
        throw new UserFacingException("source name '" + name + "' must be non-empty, without"
            + " surrounding spaces and without '" + SEPARATOR + "'");
      }
    }
  }

  private SourceTables() {}

  /** "finetune@mp". */
  public static String strategyName(String strategy, String source) {
    return strategy + SEPARATOR + source;
  }

  /**
   * The sources' tables as one.
   *
   * @param notes receives what was left out and why (e.g. per-row errors missing in one source)
   * @throws UserFacingException when fewer than two sources are given, a name repeats, or the
   *     tables' repetitions, test rows or scratch cells differ (the message names the locations)
   */
  public static LearningCurveTable combine(List<Source> sources, List<String> notes) {
    if (sources.size() < 2) {
      throw new UserFacingException("a comparison needs at least two simulation sources, got "
          + sources.size());
    }
    Set<String> names = new HashSet<>();
    for (Source s : sources) {
      if (!names.add(s.name())) {
        throw new UserFacingException("source name '" + s.name() + "' is given twice");
      }
    }
    Source first = sources.get(0);
    for (Source other : sources.subList(1, sources.size())) {
      checkRepetitions(first, other);
      checkScratch(first, other);
    }
    RowErrors rows = combinedRowErrors(sources, notes);
    List<Observation> observations = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rowValues = new HashMap<>();
    Map<RowErrors.CellKey, Boolean> convergence = new HashMap<>();
    for (int k = 0; k < sources.size(); k++) {
      Source source = sources.get(k);
      LearningCurveTable table = source.table();
      RowErrors own = table.rowErrors();
      for (Observation o : table.observations()) {
        boolean scratch = o.isBaseline();
        if (scratch && k > 0) {
          continue; // one baseline: the first source's (checked equal above)
        }
        String strategy = scratch ? o.strategy() : strategyName(o.strategy(), source.name());
        observations.add(new Observation(strategy, o.m(), o.n(), o.repetition(), o.error()));
        RowErrors.CellKey key = new RowErrors.CellKey(strategy, o.m(), o.n(), o.repetition());
        float @Nullable [] values = rows == null || own == null ? null
            : own.of(o.strategy(), o.m(), o.n(), o.repetition());
        if (values != null) {
          rowValues.put(key, values);
        }
        Boolean converged = table.pretrainingConverged(o.strategy(), o.m(), o.n(), o.repetition());
        if (converged != null) {
          convergence.put(key, converged);
        }
      }
    }
    String label = String.join(" vs ", sources.stream().map(Source::name).toList());
    LearningCurveTable combined = LearningCurveTable.of(label, observations)
        .withConvergence(convergence);
    if (rows != null && !rowValues.isEmpty()) {
      combined = combined.withRowErrors(RowErrors.ofValues(rows.kind(), rows.testRows(), rowValues));
    }
    return combined;
  }

  /**
   * The tables of the sources of one study that measured several ({@code core.study}'s named
   * sources): the primary simulation's transfer strategies carry no source ("finetune"), a named
   * source's carry it ("finetune@oqmd"). Each source's table holds its own transfer cells with
   * the plain strategy names and the study's one scratch baseline, so {@link #combine} joins
   * them back as it joins separate studies.
   *
   * @param primaryName the name the primary simulation's curves get ("mp")
   * @param location where the table was read from, named in messages
   */
  public static List<Source> split(LearningCurveTable table, String primaryName, String location) {
    Map<String, List<Observation>> bySource = new java.util.LinkedHashMap<>();
    bySource.put(primaryName, new ArrayList<>());
    List<Observation> baseline = new ArrayList<>();
    for (Observation o : table.observations()) {
      if (o.isBaseline()) {
        baseline.add(o);
        continue;
      }
      int at = o.strategy().indexOf(SEPARATOR);
      String source = at < 0 ? primaryName : o.strategy().substring(at + 1);
      if (at >= 0 && source.equals(primaryName)) {
        throw new UserFacingException("the primary simulation's name '" + primaryName + "' is"
            + " also the name of a source of " + location + "; choose another name for it");
      }
      bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(o);
    }
    RowErrors rows = table.hasRowErrors() ? table.rowErrors() : null;
    List<Source> sources = new ArrayList<>();
    bySource.forEach((name, own) -> {
      List<Observation> observations = new ArrayList<>(baseline);
      Map<RowErrors.CellKey, float[]> rowValues = new HashMap<>();
      Map<RowErrors.CellKey, Boolean> convergence = new HashMap<>();
      for (Observation o : own) {
        int at = o.strategy().indexOf(SEPARATOR);
        String strategy = at < 0 ? o.strategy() : o.strategy().substring(0, at);
        observations.add(new Observation(strategy, o.m(), o.n(), o.repetition(), o.error()));
        RowErrors.CellKey key = new RowErrors.CellKey(strategy, o.m(), o.n(), o.repetition());
        float @Nullable [] values = rows == null ? null
            : rows.of(o.strategy(), o.m(), o.n(), o.repetition());
        if (values != null) {
          rowValues.put(key, values);
        }
        Boolean converged = table.pretrainingConverged(o.strategy(), o.m(), o.n(), o.repetition());
        if (converged != null) {
          convergence.put(key, converged);
        }
      }
      for (Observation o : baseline) {
        RowErrors.CellKey key = new RowErrors.CellKey(o.strategy(), o.m(), o.n(), o.repetition());
        float @Nullable [] values = rows == null ? null
            : rows.of(o.strategy(), o.m(), o.n(), o.repetition());
        if (values != null) {
          rowValues.put(key, values);
        }
      }
      LearningCurveTable sourceTable = LearningCurveTable.of(location + " (" + name + ")", observations)
          .withConvergence(convergence);
      if (rows != null) {
        sourceTable = sourceTable.withRowErrors(RowErrors.ofValues(rows.kind(), rows.testRows(), rowValues));
      }
      sources.add(new Source(name, location + " (" + name + ")", sourceTable));
    });
    if (sources.size() < 2 || sources.get(0).table().transferStrategies().isEmpty()) {
      throw new UserFacingException(location + " holds the curves of " + (sources.size() < 2
          ? "one simulation source" : "no primary simulation") + ": comparing needs a study"
          + " with named sources (run --sim FILE --sim NAME=FILE)");
    }
    return List.copyOf(sources);
  }

  private static void checkRepetitions(Source first, Source other) {
    int[] a = first.table().repetitionIds();
    int[] b = other.table().repetitionIds();
    if (!Arrays.equals(a, b)) {
      throw mismatch(first, other, "repetitions " + Arrays.toString(a) + " and "
          + Arrays.toString(b));
    }
  }

  private static void checkScratch(Source first, Source other) {
    Map<String, Double> a = scratchCells(first.table());
    Map<String, Double> b = scratchCells(other.table());
    if (!a.keySet().equals(b.keySet())) {
      Set<String> onlyA = new java.util.TreeSet<>(a.keySet());
      onlyA.removeAll(b.keySet());
      Set<String> onlyB = new java.util.TreeSet<>(b.keySet());
      onlyB.removeAll(a.keySet());
      throw mismatch(first, other, "scratch cells: only in " + first.location() + ": "
          + (onlyA.isEmpty() ? "none" : String.join(", ", onlyA)) + "; only in "
          + other.location() + ": " + (onlyB.isEmpty() ? "none" : String.join(", ", onlyB)));
    }
    for (Map.Entry<String, Double> e : a.entrySet()) {
      double x = e.getValue();
      double y = b.get(e.getKey());
      if (Math.abs(x - y) > SCRATCH_TOLERANCE) {
        throw mismatch(first, other, "scratch errors (" + e.getKey() + ": " + x + " and " + y
            + "), so their experimental training or test rows are not the same");
      }
    }
  }

  /** "m = 48, repetition 0" -> error of every scratch cell. */
  private static Map<String, Double> scratchCells(LearningCurveTable table) {
    Map<String, Double> cells = new TreeMap<>();
    for (Observation o : table.observations()) {
      if (o.isBaseline()) {
        cells.put(Observation.describeM(o.m()) + ", repetition " + o.repetition(), o.error());
      }
    }
    return cells;
  }

  /** The row errors' kind and test-row count when every source has them alike, else null. */
  private static @Nullable RowErrors combinedRowErrors(List<Source> sources, List<String> notes) {
    @Nullable RowErrors first = sources.get(0).table().rowErrors();
    for (Source s : sources) {
      RowErrors own = s.table().rowErrors();
      if (own == null || !s.table().hasRowErrors()) {
        if (first != null) {
          notes.add(s.location() + " has no per-test-row errors for every cell: the intervals of"
              + " the comparison resample repetitions only.");
        }
        return null;
      }
      if (first == null || own.kind() != first.kind()) {
        return null;
      }
      if (own.testRows() != first.testRows()) {
        throw mismatch(sources.get(0), s, first.testRows() + " and " + own.testRows()
            + " test rows");
      }
    }
    return first;
  }

  private static UserFacingException mismatch(Source a, Source b, String what) {
    return new UserFacingException("cannot compare " + a.location() + " (" + a.name() + ") and "
        + b.location() + " (" + b.name() + "): they differ in " + what + ". A paired comparison"
        + " needs studies that differ only in the simulation file (same experimental file, seed,"
        + " test fraction, m values and repetitions).");
  }
}
