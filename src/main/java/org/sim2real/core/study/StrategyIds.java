package org.sim2real.core.study;

import java.util.Locale;
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
