package org.sim2real.ui.scaling;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.LatestRequestRunner;

/**
 * Fits in two stages so that the chart answers at once: a quick fit with {@link
 * #PREVIEW_RESAMPLES} bootstrap resamples, then the full fit with the user's resamples. Each
 * stage is coalesced (latest request wins), and a quick result never replaces a full result of the
 * same or a newer request. FX thread only.
 */
final class TwoStageFitter {
  /** Resamples of the quick first fit. */
  static final int PREVIEW_RESAMPLES = 100;

  private record Request(LearningCurveTable table, FitOptions options, int generation) {}

  private record Fitted(ScalingAnalysis analysis, int generation) {}

  private final LatestRequestRunner<Request, Fitted> quick;
  private final LatestRequestRunner<Request, Fitted> full;
  private int generation;
  private int finalGeneration = -1;

  /**
   * @param onResult receives each analysis to show and whether it is the quick one
   * @param onFailure receives a failure of the full fit (a failed quick fit is left to the full)
   */
  TwoStageFitter(BackgroundTasks tasks, BiConsumer<ScalingAnalysis, Boolean> onResult,
      Consumer<Throwable> onFailure, Runnable onIdle) {
    quick = new LatestRequestRunner<>(tasks, "Quick fit of the scaling law",
        (request, context) -> new Fitted(ScalingAnalyzer.analyze(request.table(),
            request.options().withBootstrap(PREVIEW_RESAMPLES, request.options().seed())),
            request.generation()),
        result -> {
          if (result.generation() == generation && finalGeneration < result.generation()) {
            onResult.accept(result.analysis(), true);
          }
          onIdle.run();
        }, e -> onIdle.run());
    full = new LatestRequestRunner<>(tasks, "Fitting the scaling law",
        (request, context) -> new Fitted(
            ScalingAnalyzer.analyze(request.table(), request.options()), request.generation()),
        result -> {
          finalGeneration = result.generation();
          onResult.accept(result.analysis(), false);
          onIdle.run();
        }, onFailure);
  }

  void submit(LearningCurveTable table, FitOptions options) {
    generation++;
    Request request = new Request(table, options, generation);
    if (options.bootstrapResamples() > PREVIEW_RESAMPLES) {
      quick.submit(request);
    }
    full.submit(request);
  }

  boolean isRunning() {
    return quick.isRunning() || full.isRunning();
  }
}
