package org.sim2real.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.fit.ScalingAnalysis;

/**
 * The scaling analysis of the window's current learning curves, shared by the screens that show
 * it: the Scaling screen fits and publishes it (see {@code ui.scaling.CurrentAnalysisLink}), the
 * Forecast screen reads it forward. So both show the same fit (the same window, the same
 * bootstrap) and nothing is computed twice. With it the study's one target error, which both
 * steps show and either may change, and which the project saves ({@link ProjectTarget}). One per
 * window, made by the wiring; FX thread only.
 */
public final class CurrentAnalysis {
  /**
   * Where the analysed table came from.
   *
   * @param file the table file (a results folder's cells.csv or a table opened by hand)
   * @param errorName the fitted error's name, e.g. "MAE"
   * @param errorUnit the errors' unit, e.g. "eV", or null when unknown
   * @param fromProject read from the project's results folder
   */
  public record Source(Path file, String errorName, @Nullable String errorUnit,
      boolean fromProject) {
    /** The fitted error's name and unit, for sentences, cards, the axis and the memo. */
    public ErrorMeasure error() {
      return new ErrorMeasure(errorName, errorUnit);
    }
  }

  private final ReadOnlyObjectWrapper<@Nullable ScalingAnalysis> analysis =
      new ReadOnlyObjectWrapper<>(this, "analysis");
  private final ReadOnlyObjectWrapper<@Nullable Source> source =
      new ReadOnlyObjectWrapper<>(this, "source");
  private final ObjectProperty<@Nullable Double> target = new SimpleObjectProperty<>(this, "target");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private Consumer<Path> opener = file -> problem.set("No screen can open learning-curve tables.");

  /** The fitted analysis, or null before a table is loaded. */
  public ReadOnlyObjectProperty<@Nullable ScalingAnalysis> analysisProperty() {
    return analysis.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable Source> sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /**
   * The study's target test error, or null for none: one per study, shared by every step that
   * answers "how much simulation reaches it" (Scaling, Forecast) and saved with the project. A
   * step whose target field holds no valid number sets it to null, so that no step answers for a
   * value the user did not mean.
   */
  public ObjectProperty<@Nullable Double> targetProperty() {
    return target;
  }

  /** True while the table is read or refitted. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What went wrong reading or fitting (empty when all is well). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Asks the publisher to read a table (or results folder) and fit it; results arrive later. */
  public void open(Path fileOrFolder) {
    opener.accept(fileOrFolder);
  }

  // the publisher's side

  public void publishAnalysis(@Nullable ScalingAnalysis value) {
    analysis.set(value);
  }

  public void publishSource(@Nullable Source value) {
    source.set(value);
  }

  public void publishBusy(boolean value) {
    busy.set(value);
  }

  public void publishProblem(String value) {
    problem.set(value);
  }

  /** Who reads tables when a reader asks for one ({@link #open}). */
  public void setOpener(Consumer<Path> value) {
    opener = value;
  }
}
