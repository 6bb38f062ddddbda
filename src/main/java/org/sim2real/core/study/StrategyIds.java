package org.sim2real.core.study;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.TransferStrategy;

/**
 * The short names strategies carry in ledgers, result tables and on the command line. "scratch"
 * is the name the scaling analysis recognizes as the baseline.
 */
public final class StrategyIds {
  private StrategyIds() {}

  public static String id(TransferStrategy strategy) {
    return switch (strategy) {
      case FINE_TUNE -> "finetune";
      case FROZEN_FEATURES -> "frozen";
      case SCRATCH -> "scratch";
      case SIM_PREDICTION_FEATURE -> "sim-feature";
      case DELTA -> "delta";
    };
  }

  /** What separates a transfer strategy from the named simulation source of its cells. */
  public static final String SOURCE_SEPARATOR = "@";

  /**
   * The strategy text of a cell of a named simulation source, "finetune@oqmd": the convention
   * {@code core.scaling.curve.SourceTables} uses, so each source is one curve in the analysis.
   */
  public static String withSource(String strategyId, String source) {
    return strategyId + SOURCE_SEPARATOR + source;
  }

  /** The transfer strategy of a cell's strategy text, with any "@source" left out. */
  public static TransferStrategy parseCellStrategy(String text) {
    int at = text.indexOf(SOURCE_SEPARATOR);
    return parse(at < 0 ? text : text.substring(0, at));
  }

  /** The named source of a cell's strategy text ("oqmd" of "finetune@oqmd"), or null. */
  public static @Nullable String sourceOf(String text) {
    int at = text.indexOf(SOURCE_SEPARATOR);
    return at < 0 ? null : text.substring(at + 1);
  }

  /** Parses a short name (or the enum name, any case). */
  public static TransferStrategy parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (TransferStrategy s : TransferStrategy.values()) {
      if (id(s).equals(t) || s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t)) {
        return s;
      }
    }
    throw new UserFacingException("unknown strategy '" + text.strip()
        + "'; use finetune, frozen, scratch, sim-feature or delta");
  }
}
