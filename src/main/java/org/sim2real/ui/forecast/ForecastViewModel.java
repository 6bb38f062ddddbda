package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.CurveChoice;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.CurveSummaries;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastCards;
import org.sim2real.core.report.LawDescriptions;
import org.sim2real.core.report.SourceRanking;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.LatestRequestRunner;

/**
 * State of the Forecast screen: the what-if inputs as typed (validated as they change), the curve
 * chosen, and the forecast cards computed in the background from the window's current analysis
 * (coalesced: the latest inputs win). The target is the study's one target ({@link
 * CurrentAnalysis#targetProperty()}), shared with the Scaling step. A field that holds no valid
 * value clears, at once, the card that depends on it: no card answers for a half-typed value.
 * Writes the memo through {@link MemoWriting}. FX thread only.
 */
public final class ForecastViewModel {
  /**
   * @param held the cards whose input is not valid, with the field's problem: shown in place of
   *     an answer
   */
  private record Job(ScalingAnalysis analysis, CurveAnalysis curve, ForecastRequest request,
      ErrorMeasure error, Map<ForecastCard.Kind, String> held, @Nullable Path table,
      @Nullable Path projectFolder) {}

  private final CurrentAnalysis current;
  private final StringProperty targetText = new SimpleStringProperty(this, "target", "");
  private final StringProperty costSimulationText = new SimpleStringProperty(this, "costSim", "");
  private final StringProperty costExperimentText = new SimpleStringProperty(this, "costExp", "");
  private final StringProperty budgetText = new SimpleStringProperty(this, "budget", "");
  private final ReadOnlyStringWrapper targetProblem = new ReadOnlyStringWrapper(this, "tp", "");
  private final ReadOnlyStringWrapper costSimulationProblem = new ReadOnlyStringWrapper(this, "sp", "");
  private final ReadOnlyStringWrapper costExperimentProblem = new ReadOnlyStringWrapper(this, "ep", "");
  private final ReadOnlyStringWrapper budgetProblem = new ReadOnlyStringWrapper(this, "bp", "");
  private final ReadOnlyStringWrapper targetHint = new ReadOnlyStringWrapper(this, "hint", "e.g. 0.40");
  private final ReadOnlyStringWrapper targetLabel =
      new ReadOnlyStringWrapper(this, "targetLabel", "Target test error");
  private final ReadOnlyBooleanWrapper inputsValid = new ReadOnlyBooleanWrapper(this, "valid", true);
  /** True while the target field is written from the shared target (not typed). */
  private boolean showingSharedTarget;
  private final ObservableList<CurveKey> curves = FXCollections.observableArrayList();
  private final ObservableList<CurveKey> curvesView = FXCollections.unmodifiableObservableList(curves);
  private final ObjectProperty<@Nullable CurveKey> selectedCurve =
      new SimpleObjectProperty<>(this, "curve");
  private final ReadOnlyObjectWrapper<@Nullable ForecastOutcome> outcome =
      new ReadOnlyObjectWrapper<>(this, "outcome");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final LatestRequestRunner<Job, ForecastOutcome> forecaster;
  private final MemoWriting memo;
  private final DomainShiftModel domainShift;
  private final Supplier<@Nullable Path> projectFolder;

  /**
   * @param status shows a message in the window's status line
   * @param clock dates the memo's stamp
   */
  public ForecastViewModel(CurrentAnalysis current, BackgroundTasks tasks, Consumer<String> status,
      Clock clock) {
    this(current, tasks, status, clock, () -> null);
  }

  /**
   * @param projectFolder the project's folder, where the data paths of the results' design
   *     resolve (null for a project not saved yet: then the folder holding the results folder)
   */
  public ForecastViewModel(CurrentAnalysis current, BackgroundTasks tasks, Consumer<String> status,
      Clock clock, Supplier<@Nullable Path> projectFolder) {
    this.current = current;
    this.projectFolder = projectFolder;
    this.domainShift = new DomainShiftModel(tasks);
    this.forecaster = new LatestRequestRunner<>(tasks, "Forecasting", (job, context) -> compute(job),
        result -> {
          outcome.set(result);
          problem.set("");
          updateBusy();
        },
        e -> {
          problem.set("The forecast failed: " + (e instanceof UserFacingException
              || e instanceof IllegalArgumentException ? e.getMessage() : e.toString()));
          updateBusy();
        });
    this.memo = new MemoWriting(tasks, current, status, clock);
    targetText.addListener((obs, old, now) -> targetTyped(now));
    current.targetProperty().addListener((obs, old, now) -> showSharedTarget(now));
    showSharedTarget(current.targetProperty().get());
    costSimulationText.addListener((obs, old, now) -> request());
    costExperimentText.addListener((obs, old, now) -> request());
    budgetText.addListener((obs, old, now) -> request());
    selectedCurve.addListener((obs, old, now) -> request());
    current.analysisProperty().addListener((obs, old, now) -> analysisChanged(now));
    current.sourceProperty().addListener((obs, old, now) -> {
      domainShift.clear(); // other results: their sources are read again when asked
      request(); // the error's unit
    });
    analysisChanged(current.analysisProperty().get());
  }

  private static ForecastOutcome compute(Job job) {
    CurveForecast forecast = Forecaster.forecast(job.analysis(), job.curve(), job.request());
    List<ForecastCard> cards = new ArrayList<>(ForecastCards.of(job.analysis(), job.curve(),
        forecast, job.error()));
    SourceRanking sources = SourceAnswer.of(job.analysis(), job.curve(), job.request(),
        job.error(), job.table(), job.projectFolder());
    if (sources != null) {
      cards.add(sources.card());
    }
    return new ForecastOutcome(job.analysis(), job.curve(), job.request(), job.error(), forecast,
        cards, lawWithParameters(job.curve()), LawDescriptions.uncertaintySentence(job.curve()),
        CurveSummaries.windowSentence(job.curve()),
        CurveSummaries.negativeTransferWarning(job.curve()), sources).holding(job.held());
  }

  /** A typed target becomes the study's target; one that is not a number clears it. */
  private void targetTyped(String text) {
    if (!showingSharedTarget) {
      WhatIfInput typed = WhatIfInput.error(text);
      if (!Objects.equals(typed.value(), current.targetProperty().get())) {
        current.targetProperty().set(typed.value()); // requests the forecast
        return;
      }
    }
    request();
  }

  /** The study's target set elsewhere (the Scaling step, a project opened) shows in the field. */
  private void showSharedTarget(@Nullable Double target) {
    WhatIfInput shown = WhatIfInput.error(targetText.get());
    if (!Objects.equals(shown.value(), target) && (target != null || shown.valid())) {
      showingSharedTarget = true;
      try {
        targetText.set(target == null ? "" : Format.error(target));
      } finally {
        showingSharedTarget = false;
      }
    }
    request();
  }

  /**
   * "power law with offset E(n) = 1.06·n^-0.0859 + 0 with D = 1.06 (90%: ...); alpha = ...; C =
   * ...".
   */
  static String lawWithParameters(CurveAnalysis curve) {
    List<String> parameters = curve.parameters().stream()
        .map(org.sim2real.core.scaling.fit.ParameterEstimate::sentence).toList();
    return LawDescriptions.lawWithForm(curve) + (parameters.isEmpty() ? "" : " with "
        + String.join("; ", parameters));
  }

  private void analysisChanged(@Nullable ScalingAnalysis analysis) {
    if (analysis == null) {
      curves.clear();
      selectedCurve.set(null);
      outcome.set(null);
      return;
    }
    List<CurveKey> keys = analysis.curves().stream().map(CurveKey::of).toList();
    CurveKey chosen = selectedCurve.get();
    curves.setAll(keys);
    if (chosen != null && keys.contains(chosen)) {
      request();
    } else {
      CurveKey preferred = analysis.curves().isEmpty() ? null
          : CurveKey.of(CurveChoice.choose(analysis, null, null));
      if (java.util.Objects.equals(preferred, selectedCurve.get())) {
        request();
      } else {
        selectedCurve.set(preferred); // requests the forecast
      }
    }
  }

  /**
   * Validates every input and asks for a forecast with the valid ones. A card whose input is not
   * valid (the target; any of the costs and the budget) is cleared at once and stays cleared until
   * the field is fixed.
   */
  private void request() {
    ErrorMeasure error = errorMeasure();
    WhatIfInput target = WhatIfInput.error(targetText.get(), error.unit());
    WhatIfInput costSim = WhatIfInput.amount(costSimulationText.get(), "cost per simulation row");
    WhatIfInput costExp = WhatIfInput.amount(costExperimentText.get(), "cost per experiment");
    WhatIfInput budget = WhatIfInput.amount(budgetText.get(), "budget");
    targetProblem.set(target.problem());
    costSimulationProblem.set(costSim.problem());
    costExperimentProblem.set(costExp.problem());
    budgetProblem.set(budget.problem());
    targetLabel.set("Target " + error.name() + (error.unit() == null ? "" : " (" + error.unit()
        + ")"));
    Map<ForecastCard.Kind, String> held = new EnumMap<>(ForecastCard.Kind.class);
    if (!target.valid()) {
      held.put(ForecastCard.Kind.DATA_NEED, target.problem());
    }
    boolean costsValid = costSim.valid() && costExp.valid() && budget.valid();
    if (!costsValid) {
      String why = Stream.of(costSim, costExp, budget).filter(i -> !i.valid()).findFirst()
          .orElseThrow().problem();
      held.put(ForecastCard.Kind.BUDGET, why);
      held.put(ForecastCard.Kind.SOURCES, why);
    }
    inputsValid.set(held.isEmpty());
    ForecastOutcome shown = outcome.get();
    if (shown != null) {
      outcome.set(shown.holding(held)); // no answer for a half-typed value, not even for a moment
    }
    ScalingAnalysis analysis = current.analysisProperty().get();
    CurveKey key = selectedCurve.get();
    if (analysis == null || key == null) {
      return;
    }
    CurveAnalysis curve = analysis.curves().stream().filter(key::matches).findFirst().orElse(null);
    if (curve == null) {
      return;
    }
    double lowest = curve.points().stream().mapToDouble(PointSummary::mean).min()
        .orElse(Double.NaN);
    targetHint.set(Double.isFinite(lowest) && lowest > 0
        ? "e.g. " + Format.value(0.9 * lowest) : "e.g. 0.40");
    ForecastRequest request = new ForecastRequest(target.value(),
        costsValid ? costSim.value() : null, costsValid ? costExp.value() : null,
        costsValid ? budget.value() : null, null, 50);
    CurrentAnalysis.Source source = current.sourceProperty().get();
    forecaster.submit(new Job(analysis, curve, request, error, Map.copyOf(held),
        source == null ? null : source.file(), projectFolder.get()));
    updateBusy();
  }

  private ErrorMeasure errorMeasure() {
    CurrentAnalysis.Source source = current.sourceProperty().get();
    return source == null ? ErrorMeasure.MAE : source.error();
  }

  private void updateBusy() {
    busy.set(forecaster.isRunning());
  }

  /** Writes the memo of the forecast on screen to {@code file} (.html or .pdf) in the background. */
  public void writeMemo(Path file) {
    ForecastOutcome shown = outcome.get();
    if (shown == null) {
      problem.set("There is no forecast to write yet.");
      return;
    }
    memo.write(shown, file);
  }

  public StringProperty targetTextProperty() {
    return targetText;
  }

  public StringProperty costPerSimulationTextProperty() {
    return costSimulationText;
  }

  public StringProperty costPerExperimentTextProperty() {
    return costExperimentText;
  }

  public StringProperty budgetTextProperty() {
    return budgetText;
  }

  public ReadOnlyStringProperty targetProblemProperty() {
    return targetProblem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty costPerSimulationProblemProperty() {
    return costSimulationProblem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty costPerExperimentProblemProperty() {
    return costExperimentProblem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty budgetProblemProperty() {
    return budgetProblem.getReadOnlyProperty();
  }

  /** The target field's name with the error and its unit: "Target test MAE (eV)". */
  public ReadOnlyStringProperty targetLabelProperty() {
    return targetLabel.getReadOnlyProperty();
  }

  /** False while any what-if field holds something that is not a valid value. */
  public ReadOnlyBooleanProperty inputsValidProperty() {
    return inputsValid.getReadOnlyProperty();
  }

  /** An example target near the data ("e.g. 0.37"), for the field's prompt. */
  public ReadOnlyStringProperty targetHintProperty() {
    return targetHint.getReadOnlyProperty();
  }

  /** Every (strategy, m) curve of the analysis. */
  public ObservableList<CurveKey> curves() {
    return curvesView;
  }

  public ObjectProperty<@Nullable CurveKey> selectedCurveProperty() {
    return selectedCurve;
  }

  ReadOnlyObjectProperty<@Nullable ForecastOutcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What went wrong with the forecast (empty when all is well). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public CurrentAnalysis current() {
    return current;
  }

  MemoWriting memo() {
    return memo;
  }

  /** The domain-shift view's state. */
  DomainShiftModel domainShift() {
    return domainShift;
  }

  /**
   * Reads every simulation source's and the experiments' data (once per results table) for the
   * domain-shift view, in the background.
   */
  void showDomainShift() {
    CurrentAnalysis.Source source = current.sourceProperty().get();
    if (source != null) {
      domainShift.load(source.file(), projectFolder.get(), source.errorUnit());
    }
  }
}
