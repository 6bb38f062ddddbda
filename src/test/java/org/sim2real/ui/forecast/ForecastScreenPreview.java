package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.NextFrameExecutor;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.scaling.CurrentAnalysisLink;
import org.sim2real.ui.scaling.ScalingViewModel;

/**
 * Shows the Forecast screen in a real window to look at (not a test):
 * {@code java ... ForecastScreenPreview TABLE [light|dark] [target] [costSim costExp budget]}.
 * Without TABLE it shows the empty state.
 */
public final class ForecastScreenPreview {
  private ForecastScreenPreview() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** The preview window (a separate class: a main class extending Application needs the module path). */
  public static final class Window extends Application {
  @Override
  public void start(Stage stage) {
    List<String> args = getParameters().getRaw();
    BackgroundTasks tasks = new BackgroundTasks(Executors.newVirtualThreadPerTaskExecutor(),
        Platform::runLater, new NextFrameExecutor());
    ScalingViewModel scaling = new ScalingViewModel(tasks);
    CurrentAnalysis current = new CurrentAnalysis();
    CurrentAnalysisLink.publish(scaling, current);
    ForecastViewModel model = new ForecastViewModel(current, tasks, s -> { },
        Clock.systemDefaultZone());
    Theme theme = args.size() > 1 && args.get(1).equals("dark") ? Theme.DARK : Theme.LIGHT;
    ForecastView view = new ForecastView(model, new FakeDialogService(),
        new SimpleObjectProperty<>(theme), p -> { });
    Scene scene = new Scene(view, 1400, 950);
    theme.applyTo(scene);
    stage.setScene(scene);
    stage.setTitle("Forecast preview");
    stage.show();
    if (!args.isEmpty() && !args.get(0).equals("-")) {
      current.open(Path.of(args.get(0)));
    }
    if (args.size() > 2) {
      model.targetTextProperty().set(args.get(2));
    }
    if (args.size() > 5) {
      model.costPerSimulationTextProperty().set(args.get(3));
      model.costPerExperimentTextProperty().set(args.get(4));
      model.budgetTextProperty().set(args.get(5));
    }
  }

  }
}
