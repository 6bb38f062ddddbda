package org.sim2real.ui.scaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.core.report.CurveChoice;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ScalingChartOptions;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.LatestRequestRunner;

/**
 * State of the Scaling screen: the loaded learning-curve table, the fit settings the user chose,
 * and the analysis and forecast computed from them in the background (each recomputation
 * coalesced, latest settings win). The chart, the side panel and the exports all read from here.
 * FX thread only.
 */
public final class ScalingViewModel {
  /** Bootstrap resamples the screen starts with: the analysis default. */
  public static final int DEFAULT_BOOTSTRAP = FitOptions.DEFAULT_BOOTSTRAP;

  private record LoadRequest(Path path, boolean fromProject) {}

  /** Resamples of the quick first fit shown while the full one runs. */
  public static final int PREVIEW_RESAMPLES = TwoStageFitter.PREVIEW_RESAMPLES;

  private record ForecastInput(ScalingAnalysis analysis, CurveAnalysis curve, double target,
      @Nullable Double nMax) {}

  private final ReadOnlyObjectWrapper<@Nullable LoadedTable> loaded =
      new ReadOnlyObjectWrapper<>(this, "loaded");
  private final ReadOnlyObjectWrapper<@Nullable ScalingAnalysis> analysis =
      new ReadOnlyObjectWrapper<>(this, "analysis");
  private final ReadOnlyObjectWrapper<@Nullable CurveAnalysis> primary =
      new ReadOnlyObjectWrapper<>(this, "primary");
  private final ReadOnlyObjectWrapper<@Nullable CurveForecast> forecast =
      new ReadOnlyObjectWrapper<>(this, "forecast");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ObjectProperty<@Nullable FitWindowChoice> window =
      new SimpleObjectProperty<>(this, "window");
  private final BooleanProperty weighted = new SimpleBooleanProperty(this, "weighted");
  private final IntegerProperty bootstrap =
      new SimpleIntegerProperty(this, "bootstrap", DEFAULT_BOOTSTRAP);
  private final ObjectProperty<@Nullable Double> extrapolateTo =
      new SimpleObjectProperty<>(this, "extrapolateTo");
  private final ObjectProperty<@Nullable Double> target = new SimpleObjectProperty<>(this, "target");
  private final ObservableSet<CurveKey> hidden = FXCollections.observableSet();
  private final ObservableList<Long> sizes = FXCollections.observableArrayList();
  private final ObservableList<CurveKey> curves = FXCollections.observableArrayList();
  // one read-only view each: a view made per call would drop its listeners when collected
  private final ObservableList<Long> sizesView = FXCollections.unmodifiableObservableList(sizes);
  private final ObservableList<CurveKey> curvesView =
      FXCollections.unmodifiableObservableList(curves);
  private final LatestRequestRunner<LoadRequest, LoadedTable> loader;
  private final TwoStageFitter fitter;
  private final ReadOnlyBooleanWrapper preliminary =
      new ReadOnlyBooleanWrapper(this, "preliminary");
  private final LatestRequestRunner<ForecastInput, CurveForecast> forecaster;

  public ScalingViewModel(BackgroundTasks tasks) {
    loader = new LatestRequestRunner<>(tasks, "Reading learning curves",
        (request, context) -> LoadedTable.read(request.path(), request.fromProject()),
        this::tableLoaded,
        e -> failed("Cannot read the learning-curve table", e));
    fitter = new TwoStageFitter(tasks, this::show, e -> failed("The fit failed", e),
        this::updateBusy);
    forecaster = new LatestRequestRunner<>(tasks, "Forecasting the data need",
        (in, context) -> Forecaster.forecast(in.analysis(), in.curve(),
            in.nMax() == null ? ForecastRequest.forTarget(in.target())
                : ForecastRequest.forTarget(in.target()).withBandMaxN(in.nMax())),
        result -> {
          forecast.set(result);
          updateBusy();
        },
        e -> failed("The forecast failed", e));
    window.addListener((obs, old, now) -> requestAnalysis());
    weighted.addListener((obs, old, now) -> requestAnalysis());
    bootstrap.addListener((obs, old, now) -> requestAnalysis());
    target.addListener((obs, old, now) -> requestForecast());
    extrapolateTo.addListener((obs, old, now) -> requestForecast());
    hidden.addListener((SetChangeListener<CurveKey>) c -> updatePrimary());
  }

  /** Reads a table file (or a results folder) in the background, then fits it. */
  public void open(Path fileOrFolder) {
    open(fileOrFolder, false);
  }

  void open(Path fileOrFolder, boolean fromProject) {
    loader.submit(new LoadRequest(fileOrFolder, fromProject));
    updateBusy();
  }

  /** Forgets the table: the screen goes back to its empty state. */
  public void clear() {
    loaded.set(null);
    analysis.set(null);
    forecast.set(null);
    primary.set(null);
    sizes.clear();
    curves.clear();
    problem.set("");
  }

  /** Whether the loaded table is older than its file (new cells have been written). */
  boolean isStale(Path file) {
    LoadedTable current = loaded.get();
    if (current == null || !current.file().equals(file)) {
      return true;
    }
    try {
      FileTime now = Files.getLastModifiedTime(file);
      return !now.equals(current.modified());
    } catch (java.io.IOException e) {
      return true;
    }
  }

  private void tableLoaded(LoadedTable table) {
    loaded.set(table);
    problem.set("");
    TreeSet<Long> measured = new TreeSet<>();
    List<CurveKey> keys = new ArrayList<>();
    LearningCurveTable t = table.table();
    for (String strategy : t.transferStrategies()) {
      for (int m : t.mValues(strategy)) {
        keys.add(new CurveKey(strategy, m));
        t.curve(strategy, m).ifPresent(c -> {
          for (long n : c.sizes()) {
            measured.add(n);
          }
        });
      }
    }
    sizes.setAll(measured);
    curves.setAll(keys);
    hidden.retainAll(keys);
    FitWindowChoice chosen = window.get();
    if (chosen != null && !(measured.contains(chosen.low()) && measured.contains(chosen.high()))) {
      window.set(null); // the old window does not fit this table: propose one (triggers the fit)
    } else {
      requestAnalysis();
    }
  }

  private void requestAnalysis() {
    LoadedTable table = loaded.get();
    if (table == null) {
      return;
    }
    FitOptions options = FitOptions.defaults()
        .withBootstrap(bootstrap.get(), FitOptions.DEFAULT_SEED).withWeighted(weighted.get());
    FitWindowChoice chosen = window.get();
    if (chosen != null) {
      options = options.withWindow(chosen.low(), chosen.high());
    }
    fitter.submit(table.table(), options);
    updateBusy();
  }

  private void show(ScalingAnalysis result, boolean quick) {
    preliminary.set(quick);
    analysis.set(result);
    problem.set("");
    updatePrimary();
    requestForecast();
  }

  private void updatePrimary() {
    ScalingAnalysis a = analysis.get();
    CurveAnalysis first = null;
    if (a != null) {
      List<CurveAnalysis> shown = a.curves().stream()
          .filter(c -> !hidden.contains(CurveKey.of(c))).toList();
      // the chart's primary curve (ScalingChartFactory), the one the Forecast step answers for
      // by default: the same answer on both steps
      first = CurveChoice.preferred(shown);
    }
    if (first != primary.get()) {
      primary.set(first);
      requestForecast();
    }
  }

  private void requestForecast() {
    ScalingAnalysis a = analysis.get();
    CurveAnalysis curve = primary.get();
    Double t = target.get();
    if (a == null || curve == null || curve.fit() == null || t == null) {
      forecast.set(null);
      return;
    }
    forecaster.submit(new ForecastInput(a, curve, t, extrapolateTo.get()));
    updateBusy();
  }

  private void failed(String what, Throwable e) {
    String message = e instanceof UserFacingException || e instanceof IllegalArgumentException
        ? e.getMessage() : e.toString();
    problem.set(what + ": " + message);
    updateBusy();
  }

  private void updateBusy() {
    busy.set(loader.isRunning() || fitter.isRunning() || forecaster.isRunning());
  }

  /** The chart options for the current settings in a theme. */
  public ScalingChartOptions chartOptions(ChartTheme theme) {
    LoadedTable table = loaded.get();
    return ScalingChartOptions.defaults().withHiddenCurves(hidden)
        .withExtrapolateTo(extrapolateTo.get()).withTargetError(target.get()).withTheme(theme)
        .withError(table == null ? "MAE" : table.errorName(),
            table == null ? null : table.errorUnit());
  }

  /** The forecast of the primary curve, keyed for the chart factory (empty without one). */
  public Map<CurveKey, CurveForecast> forecasts() {
    CurveForecast f = forecast.get();
    return f == null ? Map.of() : Map.of(new CurveKey(f.strategy(), f.m()), f);
  }

  /** Sets the fit window to the measured sizes nearest low and high. */
  public void chooseWindow(long low, long high) {
    window.set(new FitWindowChoice(Math.min(low, high), Math.max(low, high)));
  }

  /** Back to the window the workbench proposes. */
  public void proposeWindow() {
    window.set(null);
  }

  public ReadOnlyObjectProperty<@Nullable LoadedTable> loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public @Nullable LearningCurveTable table() {
    LoadedTable t = loaded.get();
    return t == null ? null : t.table();
  }

  public ReadOnlyObjectProperty<@Nullable ScalingAnalysis> analysisProperty() {
    return analysis.getReadOnlyProperty();
  }

  /**
   * The curve the details and the target refer to: of the shown curves, the one the Forecast step
   * chooses by default ({@link CurveChoice}: fitted, the largest m, the best trust).
   */
  public ReadOnlyObjectProperty<@Nullable CurveAnalysis> primaryProperty() {
    return primary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable CurveForecast> forecastProperty() {
    return forecast.getReadOnlyProperty();
  }

  /**
   * True while the chart shows the quick first fit ({@link #PREVIEW_RESAMPLES} resamples) and the
   * full bootstrap still runs.
   */
  public ReadOnlyBooleanProperty preliminaryProperty() {
    return preliminary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What went wrong last (empty when all is well). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The user's fit window, or null for the proposed one. */
  public ObjectProperty<@Nullable FitWindowChoice> windowProperty() {
    return window;
  }

  public BooleanProperty weightedProperty() {
    return weighted;
  }

  public IntegerProperty bootstrapProperty() {
    return bootstrap;
  }

  public ObjectProperty<@Nullable Double> extrapolateToProperty() {
    return extrapolateTo;
  }

  public ObjectProperty<@Nullable Double> targetProperty() {
    return target;
  }

  /** Curves the user switched off. */
  public ObservableSet<CurveKey> hiddenCurves() {
    return hidden;
  }

  /** Every measured n of the table, ascending (the choices of the window controls). */
  public ObservableList<Long> measuredSizes() {
    return sizesView;
  }

  /** Every (strategy, m) curve of the table. */
  public ObservableList<CurveKey> curveKeys() {
    return curvesView;
  }
}
