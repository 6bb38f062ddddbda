package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.RowErrors;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * The ranking of two simulation sources played on synthetic full grids ({@link
 * SyntheticStudy#generateSource}: the same experimental rows, repetitions' effects and scratch cells
 * for both, each source's transfer cells with noise of its own), laid out as one study of several
 * sources: the primary simulation's cells are "finetune", the second source's "finetune@b". Both
 * have the synthetic grid's 10 sizes and 5 repetitions; pretraining costs n, fine-tuning {@link
 * SyntheticAdaptiveStudy#FINE_TUNE_COST}.
 */
final class SyntheticRankingStudy {
  static final String SECOND = "b";
  static final int TEST_ROWS = 400;

  private SyntheticRankingStudy() {}

  /** The grid of the primary ("a") and "b", with their costs per row. */
  static AdaptiveGrid grid(double costA, double costB) {
    List<Integer> sizes = Arrays.stream(SyntheticStudy.SIZES).mapToInt(n -> (int) n).boxed()
        .toList();
    Map<WaveGroup, Double> costs = new HashMap<>();
    Map<WaveGroup, Integer> cells = new HashMap<>();
    for (int r = 0; r < SyntheticAdaptiveStudy.REPETITIONS; r++) {
      costs.put(WaveGroup.scratch(r), SyntheticAdaptiveStudy.FINE_TUNE_COST);
      cells.put(WaveGroup.scratch(r), 1);
      for (int n : sizes) {
        for (String source : List.of(WaveGroup.PRIMARY, SECOND)) {
          costs.put(new WaveGroup(n, r, source), n + SyntheticAdaptiveStudy.FINE_TUNE_COST);
          cells.put(new WaveGroup(n, r, source), 1);
        }
      }
    }
    return new AdaptiveGrid(sizes, SyntheticAdaptiveStudy.REPETITIONS, SyntheticStudy.STRATEGY,
        SyntheticStudy.M, costs, cells, List.of(
            new AdaptiveGrid.Source(WaveGroup.PRIMARY, "a", costA, sizes),
            new AdaptiveGrid.Source(SECOND, SECOND, costB, sizes)));
  }

  /** The full grid of both sources as one study's table. */
  static LearningCurveTable fullGrid(TrueCurve a, TrueCurve b, long seed) {
    LearningCurveTable first = SyntheticStudy.generateSource(a, SyntheticStudy.SIZES,
        SyntheticAdaptiveStudy.REPETITIONS, TEST_ROWS, seed, 1000 + seed);
    LearningCurveTable second = SyntheticStudy.generateSource(b, SyntheticStudy.SIZES,
        SyntheticAdaptiveStudy.REPETITIONS, TEST_ROWS, seed, 2000 + seed);
    LearningCurveTable named = SourceTables.combine(List.of(
        new SourceTables.Source("a", "a", first),
        new SourceTables.Source(SECOND, SECOND, second)), new ArrayList<>());
    // the primary's curves carry no source name, as in a study of several sources
    String primary = SourceTables.strategyName(SyntheticStudy.STRATEGY, "a");
    List<Observation> observations = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    for (Observation o : named.observations()) {
      String strategy = o.strategy().equals(primary) ? SyntheticStudy.STRATEGY : o.strategy();
      observations.add(new Observation(strategy, o.m(), o.n(), o.repetition(), o.error()));
      rows.put(new RowErrors.CellKey(strategy, o.m(), o.n(), o.repetition()),
          named.rowErrors().of(o.strategy(), o.m(), o.n(), o.repetition()));
    }
    return LearningCurveTable.of("synthetic sources (seed " + seed + ")", observations)
        .withRowErrors(RowErrors.fromResiduals(named.rowErrors().kind(), rows));
  }

  static AdaptiveOutcome run(SyntheticAdaptiveStudy.Reveal study, AdaptiveGrid grid,
      AdaptiveSettings settings, FitOptions options, WaveListener listener) {
    return new AdaptiveRunner(new WavePlanner(settings, grid, options), listener).run(study);
  }
}
