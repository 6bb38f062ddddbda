package org.sim2real.core.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * The question an adaptive study answers, how precisely, and what it may spend (README, "Adaptive
 * studies"). The study then runs in waves, each chosen from what the ledger holds, and stops when the
 * answer's 90% interval is precise enough, the budget is spent, or the answer cannot get better.
 * The candidate cells are those of the design's own grid (its sizes, up to its repetitions), so an
 * adaptive study's results folder is a part of the full grid's and the same analysis reads it.
 *
 * <p>Precision, by question:
 *
 * <ul>
 *   <li>{@code nstar} (n* for the target error {@code value}): a factor f &gt; 1; reached when the
 *       90% interval of n* is finite and its upper end is at most f² times its lower end (each end
 *       within a factor f of the interval's geometric middle), e.g. 1.3: the interval 10,000 to 16,900;
 *   <li>{@code error-at} (the error at n = {@code value}): the 90% interval's half-width, in the
 *       error's unit ({@code precisionRelative} false) or as a share of the forecast error (true: 0.05
 *       means within ±5%);
 *   <li>{@code floor} (the floor C; no {@code value}): the 90% interval's half-width, in the error's
 *       unit;
 *   <li>{@code ranking} (which simulation source to grow, at the budget {@code value} in the unit
 *       of the sources' costs per row: each source buys budget / cost rows): P for the 90% interval
 *       of the paired difference between the leading source's error and the runner-up's; reached
 *       when that interval excludes 0 (the ranking is decided) or lies inside ±P (the two are
 *       equivalent within P), P in the error's unit or ({@code precisionRelative}) a share of the
 *       leader's error.
 * </ul>
 *
 * @param question what is asked
 * @param value the target error (nstar), the size n (error-at) or the budget (ranking); null for
 *     floor
 * @param precision see above
 * @param precisionRelative error-at and ranking only: whether {@code precision} is a share of the
 *     error
 * @param budgetCells the most cells the study may hold (every strategy and m counted), or null
 * @param budgetCpuMinutes the most CPU time its cells may have taken (pretraining counted once per
 *     model), or null; both null means the whole grid at most
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdaptiveSettings(
    Question question,
    @Nullable Double value,
    double precision,
    @Nullable Boolean precisionRelative,
    @Nullable Integer budgetCells,
    @Nullable Double budgetCpuMinutes) {

  /** What an adaptive study asks. */
  public enum Question {
    @JsonProperty("nstar") NSTAR("nstar"),
    @JsonProperty("error-at") ERROR_AT("error-at"),
    @JsonProperty("floor") FLOOR("floor"),
    @JsonProperty("ranking") RANKING("ranking");

    private final String id;

    Question(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  @SuppressWarnings("ConstantConditions") // Jackson passes null for missing fields
  public AdaptiveSettings {
    require(question != null, "adaptive.question: choose nstar, error-at, floor or ranking");
    switch (question) {
      case NSTAR -> {
        require(value != null && value > 0 && Double.isFinite(value),
            "adaptive.value: n* needs a target error above 0, got " + value);
        require(precision > 1 && Double.isFinite(precision), "adaptive.precision: for n* give a"
            + " factor above 1 (1.3: the interval's ends within x1.3 of its middle), got "
            + precision);
      }
      case ERROR_AT -> {
        require(value != null && value >= 1 && Double.isFinite(value),
            "adaptive.value: the error at n needs a size n of at least 1, got " + value);
        require(precision > 0 && Double.isFinite(precision),
            "adaptive.precision: give a half-width above 0, got " + precision);
      }
      case FLOOR -> {
        require(value == null, "adaptive.value: the floor C takes no value, got " + value);
        require(precision > 0 && Double.isFinite(precision),
            "adaptive.precision: give a half-width above 0, got " + precision);
      }
      case RANKING -> {
        require(value != null && value > 0 && Double.isFinite(value),
            "adaptive.value: the ranking of the sources needs a budget above 0 (in the unit of"
                + " their costs per row), got " + value);
        require(precision > 0 && Double.isFinite(precision), "adaptive.precision: give the"
            + " half-width within which two sources count as equivalent, above 0, got "
            + precision);
      }
    }
    require(precisionRelative == null || question == Question.ERROR_AT
        || question == Question.RANKING, "adaptive.precisionRelative: only the error at n and"
        + " the ranking of the sources take a relative precision");
    require(budgetCells == null || budgetCells >= 1,
        "adaptive.budgetCells: give at least 1 cell, got " + budgetCells);
    require(budgetCpuMinutes == null || (budgetCpuMinutes > 0 && Double.isFinite(budgetCpuMinutes)),
        "adaptive.budgetCpuMinutes: give a number of minutes above 0, got " + budgetCpuMinutes);
  }

  public static AdaptiveSettings requiredN(double targetError, double factor) {
    return new AdaptiveSettings(Question.NSTAR, targetError, factor, null, null, null);
  }

  public static AdaptiveSettings errorAt(double n, double halfWidth, boolean relative) {
    return new AdaptiveSettings(Question.ERROR_AT, n, halfWidth, relative ? Boolean.TRUE : null,
        null, null);
  }

  public static AdaptiveSettings floor(double halfWidth) {
    return new AdaptiveSettings(Question.FLOOR, null, halfWidth, null, null, null);
  }

  /**
   * Which source to grow at {@code budget} (in the unit of the costs per row), decided or
   * equivalent within {@code precision} (a share of the leader's error when {@code relative}).
   */
  public static AdaptiveSettings ranking(double budget, double precision, boolean relative) {
    return new AdaptiveSettings(Question.RANKING, budget, precision, relative ? Boolean.TRUE : null,
        null, null);
  }

  public AdaptiveSettings withBudget(@Nullable Integer cells, @Nullable Double cpuMinutes) {
    return new AdaptiveSettings(question, value, precision, precisionRelative, cells, cpuMinutes);
  }

  /** Whether the error-at or ranking precision is a share of the error. */
  public boolean relative() {
    return Boolean.TRUE.equals(precisionRelative);
  }

  /** "n* for 0.42", "error at n = 100,000", "floor C". */
  public String describeQuestion() {
    return switch (question) {
      case NSTAR -> "n* for the error " + number(value);
      case ERROR_AT -> String.format(Locale.ROOT, "error at n = %,d", Math.round(number(value)));
      case FLOOR -> "floor C";
      case RANKING -> "ranking at a budget of " + amount(number(value));
    };
  }

  /** "14 cells", "1.5 CPU-minutes", "14 cells and 1.5 CPU-minutes", or "the full grid". */
  public String describeBudget() {
    if (budgetCells == null && budgetCpuMinutes == null) {
      return "the full grid";
    }
    String cells = budgetCells == null ? "" : budgetCells + " cells";
    String minutes = budgetCpuMinutes == null ? "" : strip(budgetCpuMinutes) + " CPU-minutes";
    return cells.isEmpty() ? minutes : minutes.isEmpty() ? cells : cells + " and " + minutes;
  }

  /** "within a factor 1.3", "within ±0.02", "within ±5%", "decided, or within ±0.01". */
  public String describePrecision() {
    if (question == Question.NSTAR) {
      return "within a factor " + precision;
    }
    if (question == Question.RANKING) {
      return "decided, or within ±" + (relative() ? strip(precision * 100) + "%" : strip(precision));
    }
    return relative()
        ? String.format(Locale.ROOT, "within ±%s%%", strip(precision * 100))
        : "within ±" + strip(precision);
  }

  private static double number(@Nullable Double v) {
    return v == null ? Double.NaN : v;
  }

  /** 2000 -> "2,000"; 1234.5 -> "1234.5" (a budget as typed, thousands grouped). */
  private static String amount(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : strip(v);
  }

  private static String strip(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new UserFacingException(message);
    }
  }
}
