package org.sim2real.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureMatrix;
import org.sim2real.core.feature.FeatureRows;
import org.sim2real.core.model.CancellationToken;
import org.sim2real.core.model.LearningRows;
import org.sim2real.core.model.LossConvergence;
import org.sim2real.core.model.Metrics;
import org.sim2real.core.model.Predictor;
import org.sim2real.core.model.Pretraining;
import org.sim2real.core.model.TrainingProgress;
import org.sim2real.core.model.TransferLearning;
import org.sim2real.core.model.TransferStrategy;

/**
 * The work of a planned study as {@link WorkGroup}s: one group per (source, n, repetition) that
 * pretrains once (or loads the cached model) and then runs every transfer cell that uses that
 * model, and one group per (m, repetition) for the scratch baseline. Every cell's seed derives
 * from the master seed and the cell alone.
 */
public final class StudyWork {
  private final StudyPlan plan;
  private final PretrainCache cache;
  private final ProgressListener listener;
  private final TransferLearning learning = new TransferLearning();
  private final FeatureMatrix testFeatures;
  private final float[] testTargets;

  StudyWork(StudyPlan plan, PretrainCache cache, ProgressListener listener) {
    this.plan = plan;
    this.cache = cache;
    this.listener = listener;
    int[] testRows = plan.splits().testRows();
    PreparedDataset test = plan.testData();
    this.testFeatures = test.features().select(testRows).toMatrix();
    this.testTargets = new float[testRows.length];
    for (int i = 0; i < testRows.length; i++) {
      testTargets[i] = test.targets()[testRows[i]];
    }
  }

  /** The groups of the design in their fixed order ({@link WorkOrder#groups}). */
  public List<WorkGroup> groups() {
    List<WorkGroup> groups = new ArrayList<>();
    for (WorkOrder.Group g : WorkOrder.groups(plan.design())) {
      groups.add(new Group(g.label(), g.cells(), g.cost()));
    }
    return List.copyOf(groups);
  }

  private final class Group implements WorkGroup {
    private final String label;
    private final List<Cell> cells;
    private final double cost;

    Group(String label, List<Cell> cells, double cost) {
      this.label = label;
      this.cells = cells;
      this.cost = cost;
    }

    @Override public String label() { return label; }
    @Override public double cost() { return cost; }
    @Override public List<Cell> cells() { return cells; }

    @Override
    public void run(Set<String> done, Consumer<FinishedCell> sink, RunControl control) {
      List<Cell> pending = cells.stream().filter(c -> !done.contains(c.id())).toList();
      if (pending.isEmpty()) {
        return;
      }
      CancellationToken token = () -> {
        control.checkpoint();
        return false;
      };
      Cell first = pending.get(0);
      PretrainCache.Entry pretrained = null;
      double pretrainSeconds = 0;
      String sourceName = StrategyIds.sourceOf(first.strategy());
      PreparedSource source = sourceName == null ? null : plan.source(sourceName);
      if (first.n() > 0) {
        var cached = cache.load(source, first.n(), first.repetition());
        if (cached.isPresent()) {
          pretrained = cached.get();
          listener.message(label + ": pretrained model loaded from the cache");
        } else {
          long start = System.nanoTime();
          pretrained = pretrain(source, first.n(), first.repetition(), token);
          pretrainSeconds = (System.nanoTime() - start) / 1e9;
          cache.store(source, first.n(), first.repetition(), pretrained);
        }
      }
      for (Cell cell : pending) {
        control.checkpoint();
        sink.accept(runCell(cell, pretrained, pretrainSeconds, token));
      }
    }

    /** Pretrains on the primary simulation ({@code source} null) or on a named source. */
    private PretrainCache.Entry pretrain(@Nullable PreparedSource source, int n, int repetition,
        CancellationToken token) {
      int[] rows = source == null
          ? plan.splits().simulationRows(repetition, n)
          : source.simulationRows(plan.design().seed(), repetition, n);
      PreparedDataset data = source == null ? plan.simulation() : source.data();
      FeatureRows x = data.features().select(rows);
      float[] y = select(data.targets(), rows);
      DataScaling scaling = DataScaling.fit(x, y, plan.design().standardizeFeatures(),
          plan.design().standardizeTargets());
      long seed = source == null
          ? Seeds.derive(plan.design().seed(), "pretrain", n, repetition)
          : Seeds.derive(plan.design().seed(), "pretrain@" + source.name(), n, repetition);
      LearningRows simulation = new LearningRows(scaling.inputs(x), scaling.targets(y));
      Pretraining pretraining = learning.pretrainWithConvergence(plan.design().model(), simulation,
          seed, token, progress("pretrain"));
      return new PretrainCache.Entry(pretraining.model(), scaling, pretraining.convergence());
    }

    private FinishedCell runCell(Cell cell, PretrainCache.@Nullable Entry pretrained,
        double pretrainSeconds, CancellationToken token) {
      TransferStrategy strategy = StrategyIds.parseCellStrategy(cell.strategy());
      int[] rows = plan.splits().experimentalTrainingRows(cell.repetition(), cell.m());
      FeatureRows x = plan.experimental().features().select(rows);
      float[] y = select(plan.experimental().targets(), rows);
      DataScaling scaling = pretrained != null && strategy.needsPretrainedModel()
          ? pretrained.scaling()
          : DataScaling.fit(x, y, plan.design().standardizeFeatures(),
              plan.design().standardizeTargets());
      long seed = Seeds.derive(plan.design().seed(), "adapt:" + cell.strategy(), cell.n(),
          cell.m(), cell.repetition());
      long start = System.nanoTime();
      LearningRows experimental = new LearningRows(scaling.inputs(x).toMatrix(),
          scaling.targets(y));
      Predictor predictor = learning.adapt(strategy, plan.design().model(),
          strategy.needsPretrainedModel() && pretrained != null ? pretrained.model() : null,
          experimental, seed, token, progress(cell.strategy() + " m=" + cell.m()));
      double adaptSeconds = (System.nanoTime() - start) / 1e9;
      FeatureRows test = scaling.inputs(testFeatures);
      float[] predicted = scaling.unscale(predictor.predict(test.denseValues(), test.rows()));
      Metrics metrics = Metrics.of(testTargets, predicted);
      LossConvergence convergence = strategy.needsPretrainedModel() && pretrained != null
          ? pretrained.convergence() : LossConvergence.unknown();
      CellResult result = new CellResult(cell.id(), plan.designHash(), cell.strategy(), cell.n(),
          cell.m(), cell.repetition(), seed, metrics.mae(), metrics.rmse(), metrics.r2(),
          strategy.needsPretrainedModel() ? pretrainSeconds : 0, adaptSeconds,
          convergence.converged(), convergence.improvement());
      return new FinishedCell(result, FinishedCell.residuals(predicted, testTargets));
    }

    private TrainingProgress progress(String phase) {
      return (epoch, stepsDone, totalSteps, loss, validation) ->
          listener.workProgress(label, phase, totalSteps == 0 ? 1 : (double) stepsDone / totalSteps);
    }
  }

  private static float[] select(float[] values, int[] rows) {
    float[] out = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }
}
