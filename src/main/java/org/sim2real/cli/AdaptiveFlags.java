package org.sim2real.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.AdaptiveSettings;
import picocli.CommandLine.Option;

/** The flags of an adaptive study: the question, its precision and the budget. */
final class AdaptiveFlags {
  @Option(names = "--question", paramLabel = "Q",
      description = "run adaptively, in waves, until this is answered: nstar=ERROR (n* for a target"
          + " error), error-at=N (the error at n = N), floor (the floor C) or ranking=BUDGET"
          + " (which simulation source to grow when BUDGET, in the unit of --cost, buys"
          + " BUDGET / cost rows of each; needs a further --sim NAME=FILE and every source's"
          + " --cost)")
  @Nullable String question;

  @Option(names = "--precision", paramLabel = "P",
      description = "with --question: for nstar a factor above 1 (1.3: the 90% interval's ends"
          + " within x1.3 of its middle); for error-at a half-width of the 90% interval in the"
          + " error's unit (0.01) or relative (5%); for floor a half-width; for ranking the P"
          + " of 'decided, or the two leaders equivalent within ±P', in the error's unit (0.01) or"
          + " relative to the leader's error (2%)")
  @Nullable String precision;

  @Option(names = "--budget-cells", paramLabel = "N",
      description = "with --question: the most cells the study may hold (default: the whole grid)")
  @Nullable Integer budgetCells;

  @Option(names = "--budget-minutes", paramLabel = "M",
      description = "with --question: the most CPU-minutes its cells may take (default: no limit)")
  @Nullable Double budgetMinutes;

  /** The settings the flags give, or {@code fromDesign} when they give none. */
  @Nullable AdaptiveSettings settings(@Nullable AdaptiveSettings fromDesign) {
    if (question == null) {
      if (precision != null || budgetCells != null || budgetMinutes != null) {
        String flag = precision != null ? "--precision"
            : budgetCells != null ? "--budget-cells" : "--budget-minutes";
        if (fromDesign == null) {
          throw new UserFacingException(flag + " belongs to an adaptive study: add --question"
              + " (nstar=ERROR, error-at=N, floor or ranking=BUDGET)");
        }
        return fromDesign.withBudget(budgetCells != null ? budgetCells : fromDesign.budgetCells(),
            budgetMinutes != null ? budgetMinutes : fromDesign.budgetCpuMinutes());
      }
      return fromDesign;
    }
    if (precision == null) {
      throw new UserFacingException("--question needs --precision: how narrow the 90% interval"
          + " must be (e.g. 1.3 for n*, 0.01 or 5% for error-at, 0.01 for floor, 0.01 or 2% for"
          + " ranking)");
    }
    String text = question.strip().toLowerCase(Locale.ROOT);
    String kind = text.contains("=") ? text.substring(0, text.indexOf('=')).strip() : text;
    String value = text.contains("=") ? text.substring(text.indexOf('=') + 1).strip() : null;
    try {
      AdaptiveSettings settings = switch (kind) {
        case "nstar", "n*" -> AdaptiveSettings.requiredN(number(value, "--question",
            "nstar=ERROR, e.g. nstar=0.42"), number(precision, "--precision", "a factor, e.g. 1.3"));
        case "error-at" -> {
          HalfWidth p = halfWidth(precision, "a half-width, e.g. 0.01, or a share, e.g. 5%");
          yield AdaptiveSettings.errorAt(amount(value, "error-at=N, e.g. error-at=100000"),
              p.value(), p.relative());
        }
        case "ranking" -> {
          HalfWidth p = halfWidth(precision,
              "a half-width, e.g. 0.01, or a share of the leader's error, e.g. 2%");
          yield AdaptiveSettings.ranking(amount(value, "ranking=BUDGET, e.g. ranking=2000"),
              p.value(), p.relative());
        }
        case "floor" -> {
          if (value != null) {
            throw new UserFacingException("--question: floor takes no value, got '" + question + "'");
          }
          yield AdaptiveSettings.floor(number(precision, "--precision", "a half-width, e.g. 0.01"));
        }
        default -> throw new UserFacingException("--question: use nstar=ERROR, error-at=N, floor"
            + " or ranking=BUDGET, got '" + question + "'");
      };
      return settings.withBudget(budgetCells, budgetMinutes);
    } catch (UserFacingException e) {
      throw new UserFacingException(e.getMessage()
          .replace("adaptive.value", "--question").replace("adaptive.precision", "--precision")
          .replace("adaptive.budgetCells", "--budget-cells")
          .replace("adaptive.budgetCpuMinutes", "--budget-minutes"));
    }
  }

  /** A precision in the error's unit, or (ending in %) as a share: 5% is 0.05, relative. */
  private record HalfWidth(double value, boolean relative) {}

  private static HalfWidth halfWidth(String precision, String expected) {
    boolean relative = precision.strip().endsWith("%");
    double p = number(relative ? precision.strip().replace("%", "") : precision, "--precision",
        expected);
    return new HalfWidth(relative ? p / 100 : p, relative);
  }

  /** The question's number, thousands separators (100,000 or 100_000) allowed. */
  private static double amount(@Nullable String value, String expected) {
    return number(value == null ? null : value.replace(",", "").replace("_", ""), "--question",
        expected);
  }

  private static double number(@Nullable String text, String flag, String expected) {
    if (text == null || text.isBlank()) {
      throw new UserFacingException(flag + ": give " + expected);
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new UserFacingException(flag + ": '" + text.strip() + "' is not a number; give "
          + expected);
    }
  }
}
