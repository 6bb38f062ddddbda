package org.sim2real.core.study;

import org.sim2real.core.scaling.curve.CellId;

/**
 * One unit of work of a study: a strategy trained with n simulation rows (0 when the strategy
 * uses none, as the scratch baseline) and m experimental rows, in one repetition.
 */
public record Cell(String strategy, int n, int m, int repetition) {
  public Cell {
    new CellId(strategy, n, m, repetition); // the same rules as every cell id
  }

  /**
   * Stable id, e.g. "finetune/n=1000/m=3683/r=2"; it names the cell in ledgers across runs and is
   * parsed back by {@link CellId#parse}.
   */
  public String id() {
    return new CellId(strategy, n, m, repetition).text();
  }
}
