package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * What is left of an adaptive study's budget: cells, and CPU-minutes once the ledger's cell times
 * give the seconds per unit of the grid's cost.
 */
final class WaveBudget {
  private final AdaptiveSettings settings;
  private final AdaptiveGrid grid;
  private final int cells;
  private final double secondsSpent;
  private final double secondsPerUnit;

  WaveBudget(AdaptiveSettings settings, AdaptiveGrid grid, int cells, double secondsSpent,
      double secondsPerUnit) {
    this.settings = settings;
    this.grid = grid;
    this.cells = cells;
    this.secondsSpent = secondsSpent;
    this.secondsPerUnit = secondsPerUnit;
  }

  boolean allows(List<WaveGroup> groups) {
    return allows(groups, 0, 0);
  }

  /** Whether {@code groups} fit besides what is spent and {@code moreCells}/{@code moreCost} chosen. */
  boolean allows(List<WaveGroup> groups, int moreCells, double moreCost) {
    Integer maxCells = settings.budgetCells();
    if (maxCells != null && cells + moreCells + grid.cellCount(groups) > maxCells) {
      return false;
    }
    Double minutes = settings.budgetCpuMinutes();
    if (minutes != null && Double.isFinite(secondsPerUnit) && Double.isFinite(secondsSpent)) {
      return secondsSpent + (moreCost + grid.cost(groups)) * secondsPerUnit <= minutes * 60;
    }
    return true;
  }

  /** "10 of 14 cells, 1.0 of 1.5 CPU-minutes". */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(cells + (settings.budgetCells() == null ? "" : " of " + settings.budgetCells())
        + " cells");
    if (Double.isFinite(secondsSpent)) {
      parts.add(String.format(Locale.ROOT, "%.1f%s CPU-minutes", secondsSpent / 60,
          settings.budgetCpuMinutes() == null ? ""
              : String.format(Locale.ROOT, " of %.1f", settings.budgetCpuMinutes())));
    }
    return String.join(", ", parts);
  }
}
