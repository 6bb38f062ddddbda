package org.sim2real.core.study.adaptive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.synthetic.SyntheticStudy;
import org.sim2real.core.scaling.synthetic.TrueCurve;
import org.sim2real.core.study.AdaptiveSettings;

/**
 * An adaptive study played on a synthetic full grid: the grid (10 sizes from 100 to 100,000, 5
 * repetitions, {@link SyntheticStudy}) is generated once, and each wave reveals the cells the planner
 * chose, as a run would measure them. Pretraining costs n, fine-tuning {@link #FINE_TUNE_COST}.
 */
public final class SyntheticAdaptiveStudy {
  public static final double FINE_TUNE_COST = 1000;
  public static final int REPETITIONS = 5;

  /** A study whose runs reveal cells of the full grid; it stops after {@code runsAllowed} runs. */
  public static final class Reveal implements AdaptiveRunner.Measurer {
    private final LearningCurveTable full;
    private final Set<WaveGroup> revealed = new TreeSet<>();
    private int runsAllowed;
    final List<List<WaveGroup>> runs = new ArrayList<>();

    public Reveal(LearningCurveTable full, int runsAllowed) {
      this.full = full;
      this.runsAllowed = runsAllowed;
    }

    @Override
    public AdaptiveRunner.Measurements current() {
      return new AdaptiveRunner.Measurements(MeasuredGroups.restrict(full, revealed), Map.of());
    }

    @Override
    public boolean run(List<WaveGroup> groups) {
      if (runsAllowed-- <= 0) {
        return false;
      }
      runs.add(List.copyOf(groups));
      revealed.addAll(groups);
      return true;
    }

    public void allow(int runs) {
      runsAllowed = runs;
    }

    public Set<WaveGroup> revealed() {
      return revealed;
    }
  }

  private SyntheticAdaptiveStudy() {}

  public static AdaptiveGrid grid() {
    return AdaptiveGrid.proportional(
        Arrays.stream(SyntheticStudy.SIZES).mapToInt(n -> (int) n).boxed().toList(), REPETITIONS,
        SyntheticStudy.STRATEGY, SyntheticStudy.M, FINE_TUNE_COST);
  }

  public static LearningCurveTable fullGrid(TrueCurve truth, int testRows, long seed) {
    return SyntheticStudy.generate(truth, SyntheticStudy.SIZES, REPETITIONS, testRows, seed);
  }

  public static AdaptiveOutcome run(LearningCurveTable full, AdaptiveSettings settings,
      FitOptions options) {
    return run(new Reveal(full, Integer.MAX_VALUE), settings, options);
  }

  public static AdaptiveOutcome run(Reveal study, AdaptiveSettings settings, FitOptions options) {
    return new AdaptiveRunner(new WavePlanner(settings, grid(), options), report -> { })
        .run(study);
  }

  /** Share of the full grid's compute an outcome measured. */
  public static double costFraction(AdaptiveOutcome outcome) {
    AdaptiveGrid grid = grid();
    return grid.cost(outcome.measured()) / grid.fullCost();
  }
}
