package org.sim2real.ui.common.study;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;

/**
 * The cells of a design counted without planning it, as {@code StudyPlan.cells()} will list them:
 * per repetition and m, every transfer strategy at every n of every simulation source, plus one
 * scratch baseline.
 *
 * @param cells number of cells
 * @param sizes the n values counted (the automatic schedule resolved when the data are known)
 * @param experimentalSizes the m values counted (1 for "all training rows")
 * @param exact false when the automatic n schedule was counted without knowing the data size
 *     (duplicates of a very small data set may make it fewer)
 * @param sizesPerSource how many n values each simulation source has, the primary first (one
 *     entry for a study of one source)
 */
public record CellCount(int cells, List<Integer> sizes, int experimentalSizes, boolean exact,
    List<Integer> sizesPerSource) {

  public static CellCount of(StudyDesign design, DataFacts facts) {
    List<Integer> sizes = resolvedSizes(design, facts);
    boolean exact = sizes != null;
    int sizeCount = sizes != null ? sizes.size() : StudyDesign.DEFAULT_SIZE_COUNT;
    int ms = design.experimentalSizes().isEmpty() ? 1 : design.experimentalSizes().size();
    long transfer = design.strategies().stream().filter(TransferStrategy::needsPretrainedModel)
        .count();
    long curvePoints = sizeCount;
    List<Integer> perSource = new java.util.ArrayList<>(List.of(sizeCount));
    for (Integer rows : facts.sourceRows()) {
      int count = sourceSizeCount(sizes, sizeCount, rows);
      perSource.add(count);
      curvePoints += count;
    }
    long perRepetitionAndM = transfer * curvePoints + 1; // + the one scratch baseline
    long cells = perRepetitionAndM * ms * design.repetitions();
    return new CellCount((int) Math.min(Integer.MAX_VALUE, cells),
        sizes != null ? sizes : List.of(), ms, exact, List.copyOf(perSource));
  }

  private static int sourceSizeCount(@Nullable List<Integer> sizes, int sizeCount,
      @Nullable Integer rows) {
    return sizes == null ? sizeCount : sourceSizes(sizes, rows).size();
  }

  /**
   * The n values of a further source ({@link SimulationSource#sizesUpTo}); all of the design's
   * while its rows are not known.
   */
  static List<Integer> sourceSizes(List<Integer> sizes, @Nullable Integer rows) {
    return rows == null ? sizes : SimulationSource.sizesUpTo(sizes, rows);
  }

  /** The design's n values, the automatic schedule resolved; null when that needs the data. */
  public static @Nullable List<Integer> resolvedSizes(StudyDesign design, DataFacts facts) {
    if (!design.sizes().isEmpty()) {
      return design.sizes();
    }
    return facts.simulationRows() == null ? null
        : SizeSchedule.DEFAULT.generate(facts.simulationRows());
  }

  /** "60 cells" or "about 60 cells". */
  public String headline() {
    return (exact ? "" : "about ") + Texts.plural(cells, "cell", "cells");
  }
}
