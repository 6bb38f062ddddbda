package org.sim2real.core.scaling.fit;

/** How far a fitted law may be trusted for forecasts; shown with every forecast. */
public enum TrustLevel {
  /** Checks passed: forecasts within about a decade beyond the data are reasonable. */
  GOOD,
  /** Usable with care: something is weak (few sizes, few repetitions, a mild back-test miss...). */
  CAUTION,
  /** The law does not describe the data well enough to extrapolate. */
  DO_NOT_EXTRAPOLATE;

  public TrustLevel worse(TrustLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public String label() {
    return switch (this) {
      case GOOD -> "good";
      case CAUTION -> "caution";
      case DO_NOT_EXTRAPOLATE -> "do not extrapolate";
    };
  }
}
