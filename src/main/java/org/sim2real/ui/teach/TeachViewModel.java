package org.sim2real.ui.teach;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.ui.common.BackgroundTasks;

/**
 * The state of the Teach screen: the true law and the study design (one property per slider),
 * the simulated study, and its latest fit. Every change regenerates the study (instant) and refits
 * in the background, latest request wins: a quick fit with {@link #QUICK_RESAMPLES} resamples for
 * each change while a slider moves, the full {@link #FULL_RESAMPLES} once it settles ({@link
 * #settle()}). The target only re-runs the forecast on the current fit. FX thread only.
 */
public final class TeachViewModel {
  public static final int QUICK_RESAMPLES = 100;
  public static final int FULL_RESAMPLES = 1000;
  /** With the default law the target lies about 8x beyond the largest n: a real forecast. */
  public static final double DEFAULT_TARGET = 0.22;

  private record FitRequest(TeachingSetup setup, LearningCurveTable table, double target,
      int resamples, int revealed, int total) {}

  private final DoubleProperty d = new SimpleDoubleProperty(this, "d");
  private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha");
  private final DoubleProperty c = new SimpleDoubleProperty(this, "c");
  private final DoubleProperty m = new SimpleDoubleProperty(this, "m");
  private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise");
  private final DoubleProperty repetitions = new SimpleDoubleProperty(this, "repetitions");
  private final DoubleProperty nMin = new SimpleDoubleProperty(this, "nMin");
  private final DoubleProperty nMax = new SimpleDoubleProperty(this, "nMax");
  private final DoubleProperty sizeCount = new SimpleDoubleProperty(this, "sizeCount");
  private final LongProperty seed = new SimpleLongProperty(this, "seed");
  private final DoubleProperty target = new SimpleDoubleProperty(this, "target", DEFAULT_TARGET);
  private final IntegerProperty revealed = new SimpleIntegerProperty(this, "revealed");
  private final BooleanProperty started = new SimpleBooleanProperty(this, "started");
  private final BooleanProperty showTruth = new SimpleBooleanProperty(this, "showTruth", true);
  private final ReadOnlyBooleanWrapper revealing = new ReadOnlyBooleanWrapper(this, "revealing");
  private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyObjectWrapper<TeachingSetup> setup =
      new ReadOnlyObjectWrapper<>(this, "setup", TeachingSetup.defaults());
  private final ReadOnlyObjectWrapper<@Nullable TeachResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final PacedRunner<FitRequest, TeachResult> fitter;
  private final PacedRunner<TeachResult, TeachResult> forecaster;
  private List<Observation> order = List.of();
  private boolean applying;
  private boolean fullPending;

  public TeachViewModel(BackgroundTasks tasks) {
    fitter = new PacedRunner<>(tasks, "Fitting the simulated study",
        (request, context) -> fit(request), this::showFit, this::failed);
    forecaster = new PacedRunner<>(tasks, "Forecasting the data need",
        (request, context) -> request.withForecast(forecast(request.curve(), request.analysis(),
            request.target()), request.target()), this::showForecast, this::failed);
    apply(TeachingSetup.defaults());
    for (var p : List.of(d, alpha, c, m, noise, repetitions, nMin, nMax, sizeCount)) {
      p.addListener((obs, old, now) -> settingsChanged());
    }
    seed.addListener((obs, old, now) -> settingsChanged());
    target.addListener((obs, old, now) -> targetChanged());
    revealed.addListener((obs, old, now) -> revealedChanged(now.intValue()));
  }

  /** Sets every slider at once (one refit, not ten); used by reset and the guided tour. */
  public void apply(TeachingSetup values) {
    applying = true;
    try {
      d.set(values.d());
      alpha.set(values.alpha());
      c.set(values.c());
      m.set(values.m());
      noise.set(values.noise());
      repetitions.set(values.repetitions());
      nMin.set(values.nMin());
      nMax.set(values.nMax());
      sizeCount.set(values.sizeCount());
      seed.set(values.seed());
    } finally {
      applying = false;
    }
    settingsChanged();
    settle();
  }

  /** Back to the defaults (the target too). */
  public void reset() {
    target.set(DEFAULT_TARGET);
    apply(TeachingSetup.defaults());
  }

  /**
   * Starts the study: simulates it and sets the revealed count to 0; the view animates {@link
   * #revealedProperty()} up to {@link #totalProperty()}, or calls {@link #finishReveal()}.
   */
  public void runStudy() {
    TeachingSetup current = validSetup();
    if (current == null) {
      return;
    }
    started.set(true);
    regenerate(current);
    revealing.set(true);
    setRevealed(0);
  }

  /** Shows the whole study at once (the animation's end, or "skip"). */
  public void finishReveal() {
    if (revealing.get()) {
      revealed.set(total.get());
    }
  }

  /** A new noise draw of the same study: the next seed. */
  public void newDraw() {
    seed.set(seed.get() + 1);
    settle();
  }

  /**
   * The sliders have settled (released, or a value typed): replaces the quick fit shown with the
   * full one. Nothing happens when no quick fit is waiting for it.
   */
  public void settle() {
    if (!fullPending || revealing.get()) {
      return;
    }
    fullPending = false;
    submitFit(FULL_RESAMPLES, total.get());
  }

  private void settingsChanged() {
    if (applying) {
      return;
    }
    TeachingSetup current = validSetup();
    if (current == null || !started.get()) {
      return;
    }
    revealing.set(false);
    regenerate(current);
    setRevealed(total.get());
    fullPending = true;
    submitFit(QUICK_RESAMPLES, total.get());
  }

  private @Nullable TeachingSetup validSetup() {
    try {
      TeachingSetup current = new TeachingSetup(d.get(), alpha.get(), c.get(),
          (int) Math.round(m.get()), noise.get(), (int) Math.round(repetitions.get()),
          Math.round(nMin.get()), Math.round(nMax.get()), (int) Math.round(sizeCount.get()),
          seed.get());
      problem.set("");
      setup.set(current);
      return current;
    } catch (IllegalArgumentException e) {
      problem.set(e.getMessage());
      return null;
    }
  }

  private void regenerate(TeachingSetup current) {
    order = TeachingSetup.revealOrder(current.generate());
    total.set(order.size());
  }

  private void setRevealed(int count) {
    applying = true;
    try {
      revealed.set(count);
    } finally {
      applying = false;
    }
  }

  private void revealedChanged(int count) {
    if (applying || !revealing.get()) {
      return;
    }
    if (count >= total.get()) {
      revealing.set(false);
      fullPending = false;
      submitFit(FULL_RESAMPLES, total.get());
    } else if (order.subList(0, count).stream().anyMatch(o -> !o.isBaseline())) {
      submitFit(RunningStudy.RESAMPLES, count); // points only: the law comes at the end
    }
  }

  private void submitFit(int resamples, int count) {
    TeachingSetup current = setup.get();
    int shown = Math.min(count, order.size());
    LearningCurveTable table = LearningCurveTable.of("simulated study (seed " + current.seed()
        + ")", order.subList(0, shown));
    busy.set(true);
    fitter.submit(new FitRequest(current, table, target.get(), resamples, shown, order.size()));
  }

  private void targetChanged() {
    TeachResult shown = result.get();
    if (shown == null || !(target.get() > 0)) {
      return;
    }
    if (!shown.fitted()) {
      result.set(shown.withForecast(null, target.get())); // no law, nothing to forecast
      return;
    }
    busy.set(true);
    forecaster.submit(shown.withForecast(shown.forecast(), target.get()));
  }

  /** Runs off the FX thread. */
  private TeachResult fit(FitRequest request) {
    return fit(request.setup(), request.table(), request.target(), request.resamples(),
        request.revealed(), request.total());
  }

  /**
   * Fits the study and forecasts the target; off the FX thread. While the study is still filling
   * in ({@code revealed < total}) only its points are summarized: no law yet.
   */
  static TeachResult fit(TeachingSetup setup, LearningCurveTable table, double target,
      int resamples, int revealed, int total) {
    if (revealed < total) {
      ScalingAnalysis points = RunningStudy.pointsSoFar(table, setup.m(), revealed, total);
      return new TeachResult(setup, table, points, points.curves().get(0), null, target,
          RunningStudy.RESAMPLES, revealed, total);
    }
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(table, FitOptions.defaults()
        .withBootstrap(resamples, FitOptions.DEFAULT_SEED), TeachingCurveGenerator.STRATEGY);
    CurveAnalysis curve = analysis.curve(TeachingCurveGenerator.STRATEGY, setup.m())
        .orElse(null);
    return new TeachResult(setup, table, analysis, curve, forecast(curve, analysis, target),
        target, resamples, revealed, total);
  }

  private static @Nullable CurveForecast forecast(@Nullable CurveAnalysis curve,
      ScalingAnalysis analysis, double targetError) {
    return curve == null ? null
        : Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(targetError));
  }

  private void showFit(TeachResult fitted) {
    result.set(fitted);
    busy.set(fitter.isBusy() || forecaster.isBusy());
    if (fitted.target() != target.get()) {
      targetChanged();
    }
  }

  private void showForecast(TeachResult forecasted) {
    TeachResult shown = result.get();
    busy.set(fitter.isBusy() || forecaster.isBusy());
    // a forecast made for an analysis that has been replaced since is out of date
    if (shown != null && shown.analysis() == forecasted.analysis()) {
      result.set(forecasted);
    }
  }

  private void failed(Throwable e) {
    busy.set(fitter.isBusy() || forecaster.isBusy());
    problem.set("The simulated study could not be fitted: " + e.getMessage());
  }

  public DoubleProperty dProperty() {
    return d;
  }

  public DoubleProperty alphaProperty() {
    return alpha;
  }

  public DoubleProperty cProperty() {
    return c;
  }

  public DoubleProperty mProperty() {
    return m;
  }

  public DoubleProperty noiseProperty() {
    return noise;
  }

  public DoubleProperty repetitionsProperty() {
    return repetitions;
  }

  public DoubleProperty nMinProperty() {
    return nMin;
  }

  public DoubleProperty nMaxProperty() {
    return nMax;
  }

  public DoubleProperty sizeCountProperty() {
    return sizeCount;
  }

  public LongProperty seedProperty() {
    return seed;
  }

  /**
   * Whether the truth (the true law, its floor, the true n*) is shown anywhere: off, a class can
   * guess it from the points before it is revealed. Only the display changes; the fit does not.
   */
  public BooleanProperty showTruthProperty() {
    return showTruth;
  }

  public DoubleProperty targetProperty() {
    return target;
  }

  /** Observations shown so far; the view's animation moves it from 0 to {@link #totalProperty}. */
  public IntegerProperty revealedProperty() {
    return revealed;
  }

  public ReadOnlyIntegerProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  /** True from {@link #runStudy()} until every observation is revealed or a setting changes. */
  public ReadOnlyBooleanProperty revealingProperty() {
    return revealing.getReadOnlyProperty();
  }

  /** The study has been run once; from then on every change refits. */
  public ReadOnlyBooleanProperty startedProperty() {
    return started;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Why the settings cannot be simulated (empty when they can). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The latest valid settings. */
  public ReadOnlyObjectProperty<TeachingSetup> setupProperty() {
    return setup.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable TeachResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** Whether the result shown is a quick fit that a full one will replace. */
  public boolean refining() {
    TeachResult shown = result.get();
    return shown != null && shown.resamples() < FULL_RESAMPLES
        && (fullPending || fitter.isBusy());
  }

}
