package org.sim2real.ui.common.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.feature.FeatureMatrix;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.study.MemoryCheck;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StepTimer;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.ui.common.Texts;

/**
 * The summary of the Study screen: how many cells the design has, roughly how long it runs, and
 * its hash once planned. The run time comes from a short calibration: about 200 training steps of
 * the chosen network on inputs like the study's, timed in the background once per architecture,
 * batch size and featurizer; the design's total steps divided by that rate and the threads give
 * the estimate. FX thread only.
 */
public final class StudySummaryModel {
  /** Rows of the simulation data featurized for the calibration's inputs. */
  static final int SAMPLE_ROWS = 256;

  /** What a calibration depends on. */
  record CalibrationKey(List<Integer> hiddenLayers, Activation activation, int batchSize,
      @Nullable FeaturizerSpec featurizer, boolean realRows) {}

  private final DesignSession session;
  private final PlanService plans;
  private final StepTimer timer;
  private final Executor background;
  private final Executor fxThread;
  private final Consumer<String> status;
  private final Map<CalibrationKey, Double> stepRates = new HashMap<>();
  private @Nullable CalibrationKey calibrating;
  private boolean showing;
  private final ReadOnlyStringWrapper cells = new ReadOnlyStringWrapper(this, "cells", "");
  private final ReadOnlyStringWrapper cellsDetail = new ReadOnlyStringWrapper(this, "cellsDetail",
      "");
  private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate", "");
  private final ReadOnlyStringWrapper estimateDetail = new ReadOnlyStringWrapper(this,
      "estimateDetail", "");
  private final ReadOnlyStringWrapper hash = new ReadOnlyStringWrapper(this, "hash", "");
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");

  /**
   * @param background runs the calibration (not the FX thread)
   * @param fxThread receives its result
   */
  public StudySummaryModel(DesignSession session, PlanService plans, StepTimer timer,
      Executor background, Executor fxThread, Consumer<String> status) {
    this.session = session;
    this.plans = plans;
    this.timer = timer;
    this.background = background;
    this.fxThread = fxThread;
    this.status = status;
    session.designProperty().addListener((obs, old, d) -> refresh());
    session.factsProperty().addListener((obs, old, f) -> refresh());
    session.threadsProperty().addListener((obs, old, t) -> refresh());
    session.problemsProperty().addListener((obs, old, p) -> refresh());
    plans.latestProperty().addListener((obs, old, p) -> refresh());
    session.projectSession().projectProperty().addListener((obs, old, p) -> refresh());
    refresh();
  }

  /** The Study screen is on screen (or not): calibrations run only while it is. */
  public void setShowing(boolean value) {
    showing = value;
    refresh();
  }

  /** Plans the design against the data now, to check it and show its hash. */
  public void checkWithData() {
    PlanService.PlanKey key;
    try {
      key = session.planKey();
    } catch (UserFacingException e) {
      status.accept(e.getMessage());
      return;
    }
    int threads = session.threadsProperty().get();
    plans.plan(key, threads,
        plan -> status.accept("The design fits the data: " + describe(plan) + ". "
            + memory(MemoryCheck.of(plan, ShardSpec.ALL, threads))),
        error -> {
          if (error instanceof PlanService.Cancelled) {
            status.accept("Planning stopped; Check with the Data plans again.");
          } else if (!(error instanceof CancellationException)) {
            status.accept("The design cannot run on the data: " + message(error));
          }
        });
  }

  /** The planner's message, or a sentence for an unexpected error. */
  public static String message(Throwable error) {
    return error instanceof UserFacingException && error.getMessage() != null
        ? error.getMessage()
        : "something went wrong that the workbench did not expect (" + error + ")";
  }

  private void refresh() {
    StudyDesign d = session.design();
    DataFacts facts = session.facts();
    CellCount count = CellCount.of(d, facts);
    cells.set(count.headline());
    cellsDetail.set(describe(count, d) + (d.adaptive() == null ? ""
        : "; the adaptive study measures only the part of them that answers its question"
            + (d.adaptive().budgetCells() == null ? ""
                : ", at most " + Texts.plural(d.adaptive().budgetCells(), "cell", "cells"))));
    refreshEstimate(d, facts);
    refreshHash();
    problems.set(String.join("\n", session.problemsProperty().get()));
  }

  private static String describe(CellCount count, StudyDesign d) {
    long transfer = d.strategies().stream().filter(s -> s.needsPretrainedModel()).count();
    String sizes = count.exact() ? Texts.plural(count.sizes().size(), "size", "sizes")
        : "about 10 sizes";
    if (count.sizesPerSource().size() > 1) {
      int all = count.sizesPerSource().stream().mapToInt(Integer::intValue).sum();
      sizes = (count.exact() ? "" : "about ") + all + " sizes of "
          + count.sizesPerSource().size() + " simulation sources";
    }
    return Texts.plural(d.repetitions(), "repetition", "repetitions") + " \u00d7 "
        + (count.experimentalSizes() == 1 ? "1 m" : count.experimentalSizes() + " m values")
        + " \u00d7 (" + Texts.plural(transfer, "strategy", "strategies") + " \u00d7 " + sizes
        + " + the scratch baseline)";
  }

  private void refreshEstimate(StudyDesign d, DataFacts facts) {
    if (!(d.model() instanceof ModelSpec.Mlp mlp)) {
      estimate.set("Run time: not estimated");
      estimateDetail.set("Tree and kernel models have no training steps to time: their cost"
          + " depends on the rows and the settings. The Run step estimates the time left once"
          + " the first cells are done.");
      return;
    }
    StepCount steps = StepCount.of(d, facts);
    if (steps == null) {
      estimate.set("Run time: estimated once the data are imported");
      estimateDetail.set("The number of training steps depends on the sizes of the data.");
      return;
    }
    CalibrationKey key = key(mlp, d, facts);
    Double rate = stepRates.get(key);
    if (rate == null) {
      estimate.set("Run time: timing the network on this computer\u2026");
      estimateDetail.set(Texts.count(Math.round(steps.totalSteps())) + " training steps in all.");
      calibrate(key, mlp.pretrain());
      return;
    }
    if (rate.isNaN()) {
      estimate.set("Run time: unknown");
      estimateDetail.set("Timing the network failed on this computer; the Run step estimates"
          + " the time left once the first cells are done.");
      return;
    }
    int threads = session.threadsProperty().get();
    Duration wall = steps.wallTime(rate, threads);
    estimate.set("Run time: about " + Texts.duration(wall) + " with "
        + Texts.plural(threads, "thread", "threads"));
    estimateDetail.set(Texts.count(Math.round(steps.totalSteps())) + " training steps ("
        + Texts.count(Math.round(steps.pretrainSteps())) + " pretraining) at "
        + Texts.count(Math.round(rate)) + " steps per second and thread, timed on this"
        + " computer with " + (key.realRows() ? "rows of your data" : "random inputs of the"
        + " right width") + ". A rough guide: the Run step's estimate improves as cells finish.");
  }

  private CalibrationKey key(ModelSpec.Mlp mlp, StudyDesign d, DataFacts facts) {
    MlpSettings p = mlp.pretrain();
    FeaturizerSpec featurizer = d.featurizer() != null ? d.featurizer()
        : facts.defaultFeaturizer();
    return new CalibrationKey(p.hiddenLayers(), p.activation(), p.batchSize(), featurizer,
        session.simulationData() != null && featurizer != null);
  }

  private void calibrate(CalibrationKey key, MlpSettings settings) {
    if (!showing || calibrating != null) {
      return;
    }
    calibrating = key;
    FeaturizerSpec featurizer = key.featurizer() != null ? key.featurizer()
        : FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS);
    List<List<String>> sample = key.realRows() ? sample(session.simulationData()) : List.of();
    int rows = Math.max(settings.batchSize() * 8, 512);
    background.execute(() -> {
      Double rate = null;
      try {
        FeatureMatrix x = StepTimer.inputs(featurizer, sample, rows);
        rate = timer.stepsPerSecond(settings, x.values(), x.rows(), x.columns());
      } catch (RuntimeException | OutOfMemoryError e) {
        // no estimate: the summary keeps saying so rather than guessing
      }
      Double measured = rate;
      fxThread.execute(() -> {
        calibrating = null;
        if (measured != null && measured > 0) {
          stepRates.put(key, measured);
        } else {
          stepRates.put(key, Double.NaN);
        }
        refresh();
      });
    });
  }

  private static List<List<String>> sample(@Nullable Dataset data) {
    if (data == null || data.size() == 0) {
      return List.of();
    }
    int take = Math.min(SAMPLE_ROWS, data.size());
    List<List<String>> rows = new ArrayList<>(take);
    for (int i = 0; i < take; i++) {
      rows.add(data.representation((int) ((long) i * data.size() / take)));
    }
    return rows;
  }

  private void refreshHash() {
    PlanService.Planned latest = plans.latestProperty().get();
    StudyPlan plan = null;
    try {
      plan = latest == null ? null : plans.planFor(session.planKey());
    } catch (UserFacingException e) {
      plan = null;
    }
    hash.set(plan == null
        ? "Design hash: computed when the design is checked against the data (Check, or Start"
            + " in the Run step)."
        : "Design hash " + plan.designHash().substring(0, 12) + " \u2014 " + describe(plan)
            + ".");
  }

  /** The memory the run needs against what this Java may use, or the warning when it does not fit. */
  static String memory(MemoryCheck check) {
    String warning = check.warning();
    return warning != null ? warning : check.summary() + ".";
  }

  private static String describe(StudyPlan plan) {
    return Texts.count(plan.cells().size()) + " cells; " + Texts.count(plan.simulation().rows())
        + " simulation rows and " + Texts.count(plan.splits().poolSize())
        + " experimental training rows usable, " + Texts.count(plan.splits().testRows().length)
        + " test rows";
  }

  public ReadOnlyStringProperty cellsProperty() {
    return cells.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty cellsDetailProperty() {
    return cellsDetail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty estimateProperty() {
    return estimate.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty estimateDetailProperty() {
    return estimateDetail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty hashProperty() {
    return hash.getReadOnlyProperty();
  }

  /** The design's problems with the data, one per line ("" when none). */
  public ReadOnlyStringProperty problemsProperty() {
    return problems.getReadOnlyProperty();
  }
}
