package org.sim2real.ui.scaling;

import org.sim2real.ui.common.CurrentAnalysis;

/**
 * Publishes what the Scaling screen's model loads and fits into the window's {@link
 * CurrentAnalysis}, so the Forecast screen reads the same fit, lets that screen open tables
 * through this model, and binds the model's target to the shared one.
 */
public final class CurrentAnalysisLink {
  private CurrentAnalysisLink() {}

  public static void publish(ScalingViewModel model, CurrentAnalysis current) {
    current.publishAnalysis(model.analysisProperty().get());
    model.analysisProperty().addListener((obs, old, now) -> current.publishAnalysis(now));
    model.loadedProperty().addListener((obs, old, now) -> current.publishSource(now == null ? null
        : new CurrentAnalysis.Source(now.file(), now.errorName(), now.errorUnit(),
            now.fromProject())));
    // one target per study: the Scaling step's target is the window's, which the Forecast step
    // shares and the project saves
    model.targetProperty().bindBidirectional(current.targetProperty());
    model.busyProperty().addListener((obs, old, now) -> current.publishBusy(now));
    model.problemProperty().addListener((obs, old, now) -> current.publishProblem(now));
    current.setOpener(model::open);
  }
}
