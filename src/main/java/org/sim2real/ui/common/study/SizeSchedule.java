package org.sim2real.ui.common.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;

/**
 * The generator of the simulation sizes n: from a minimum to a maximum, {@code count} values,
 * spaced evenly in log (the usual learning-curve schedule) or linearly. Also reads and writes the
 * size lists users type ("100, 215, 464").
 *
 * @param max the largest n, or null for "all usable simulation rows"
 */
public record SizeSchedule(int min, @Nullable Integer max, int count, boolean logSpacing) {
  /** More sizes than this are almost certainly a typing mistake (and would take ages). */
  public static final int MAX_COUNT = 200;

  /** The planner's default: 10 log-spaced sizes from 100 to all rows. */
  public static final SizeSchedule DEFAULT = new SizeSchedule(StudyDesign.DEFAULT_MIN_SIZE, null,
      StudyDesign.DEFAULT_SIZE_COUNT, true);

  public SizeSchedule {
    if (min < 1) {
      throw new IllegalArgumentException("the minimum must be at least 1, got " + min);
    }
    if (max != null && max < min) {
      throw new IllegalArgumentException("the maximum (" + Texts.count(max)
          + ") is smaller than the minimum (" + Texts.count(min) + ")");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("the count must be from 1 to " + MAX_COUNT + ", got "
          + count);
    }
  }

  public SizeSchedule withMin(int value) {
    return new SizeSchedule(value, max, count, logSpacing);
  }

  public SizeSchedule withMax(@Nullable Integer value) {
    return new SizeSchedule(min, value, count, logSpacing);
  }

  public SizeSchedule withCount(int value) {
    return new SizeSchedule(min, max, value, logSpacing);
  }

  public SizeSchedule withLogSpacing(boolean value) {
    return new SizeSchedule(min, max, count, value);
  }

  /**
   * The sizes, ascending and without duplicates.
   *
   * @param simulationRows the usable simulation rows, or null when unknown; needed when
   *     {@link #max} is null
   * @throws IllegalArgumentException when the maximum is "all rows" and the rows are unknown
   */
  public List<Integer> generate(@Nullable Integer simulationRows) {
    Integer top = max != null ? max : simulationRows;
    if (top == null) {
      throw new IllegalArgumentException("enter a maximum, or import the simulation data to use"
          + " all of its rows");
    }
    int low = Math.min(min, top); // as the planner does when the data are smaller than 100 rows
    if (logSpacing) {
      return StudyDesign.logSpacedSizes(low, top, count);
    }
    TreeSet<Integer> sizes = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      double value = count == 1 ? top : low + (double) (top - low) * i / (count - 1);
      sizes.add((int) Math.round(value));
    }
    return List.copyOf(sizes);
  }

  /**
   * The schedule that generates exactly {@code sizes}, if one does (log spacing preferred), so a
   * stored list shows its generator again when a project is reopened.
   */
  public static Optional<SizeSchedule> infer(List<Integer> sizes) {
    if (sizes.isEmpty()) {
      return Optional.empty();
    }
    int first = sizes.get(0);
    int last = sizes.get(sizes.size() - 1);
    if (first < 1 || sizes.size() > MAX_COUNT) {
      return Optional.empty();
    }
    for (boolean log : new boolean[] {true, false}) {
      SizeSchedule candidate = new SizeSchedule(first, last, sizes.size(), log);
      if (candidate.generate(last).equals(sizes)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a list of sizes: whole numbers separated by commas, semicolons or spaces; thousands
   * may be grouped with '_' or written 1e5. Empty text gives an empty list.
   *
   * @throws IllegalArgumentException naming the entry that is not a positive whole number
   */
  public static List<Integer> parseList(String text) {
    TreeSet<Integer> values = new TreeSet<>();
    for (String part : text.strip().split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      values.add(parsePositive(part));
    }
    return List.copyOf(values);
  }

  /** One positive whole number as users write it: "100000", "100_000", "1e5". */
  public static int parsePositive(String text) {
    String t = text.strip().replace("_", "").toLowerCase(Locale.ROOT);
    double value;
    try {
      value = t.contains("e") ? Double.parseDouble(t) : Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text.strip() + "' is not a whole number");
    }
    if (value != Math.rint(value) || value < 1 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + text.strip()
          + "' is not a positive whole number");
    }
    return (int) value;
  }

  /** "100, 215, 464" (no grouping, so the text reads back as it is). */
  public static String format(List<Integer> sizes) {
    List<String> parts = new ArrayList<>(sizes.size());
    for (int n : sizes) {
      parts.add(Integer.toString(n));
    }
    return String.join(", ", parts);
  }
}
