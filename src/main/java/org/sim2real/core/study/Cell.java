package org.sim2real.core.study;

/**
 * One unit of work of a study: a strategy trained with n simulation rows (0 when the strategy
 * uses none, as the scratch baseline) and m experimental rows, in one repetition.
 */
public record Cell(String strategy, int n, int m, int repetition) {
  public Cell {
    if (strategy.isBlank() || strategy.contains("/")) {
      throw new IllegalArgumentException("bad strategy id '" + strategy + "'");
    }
    if (n < 0 || m < 1 || repetition < 0) {
      throw new IllegalArgumentException("bad cell " + strategy + " n=" + n + " m=" + m + " r=" + repetition);
    }
  }

  /** Stable id, e.g. "finetune/n=1000/m=3683/r=2"; it names the cell in ledgers across runs. */
  public String id() {
    return strategy + "/n=" + n + "/m=" + m + "/r=" + repetition;
  }
}
