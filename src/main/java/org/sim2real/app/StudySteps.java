package org.sim2real.app;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import org.sim2real.core.report.ChartTheme;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.NextFrameExecutor;
import org.sim2real.ui.common.ProjectActions;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.ShellViewModel;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.FormControls;
import org.sim2real.ui.common.study.PlanService;
import org.sim2real.core.study.StepTimer;
import org.sim2real.ui.common.study.StudySummaryModel;
import org.sim2real.ui.run.RunScreenView;
import org.sim2real.ui.run.RunViewModel;
import org.sim2real.ui.study.StudyFormModel;
import org.sim2real.ui.study.StudyScreenView;

/**
 * The wiring of the Study and Run steps: their models over the project and the data, on the
 * threads studies plan and run on (see {@link WorkbenchServices#studyThreads}), and what ties them
 * to the window (the step shown, the theme, the question before closing during a run).
 */
final class StudySteps {
  private final ShellViewModel shell;
  private final UndoManager undo;
  private final DesignSession design;
  private final PlanService plans;
  private final StudyFormModel form;
  private final RunViewModel run;
  private final DataSession data;

  StudySteps(ProjectSession session, DataSession data, SourcesSession sources, UndoManager undo,
      DialogService dialogs, ProjectActions projects, ShellViewModel shell,
      Executor studyThreads) {
    this.shell = shell;
    this.undo = undo;
    this.data = data;
    ScheduledExecutorService chartThread = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("live-chart").factory());
    NextFrameExecutor frames = new NextFrameExecutor();
    int cores = Runtime.getRuntime().availableProcessors();
    design = new DesignSession(session, data, sources, undo, shell.statusMessageProperty()::set,
        cores);
    plans = new PlanService(studyThreads, Platform::runLater, frames);
    StudySummaryModel summary = new StudySummaryModel(design, plans, StepTimer.training(),
        studyThreads, Platform::runLater, shell.statusMessageProperty()::set);
    form = new StudyFormModel(design, dialogs, summary);
    run = new RunViewModel(design, plans, dialogs, projects::save, studyThreads,
        Platform::runLater, frames,
        (task, delay) -> chartThread.schedule(task, delay, TimeUnit.MILLISECONDS),
        System::nanoTime, shell.statusMessageProperty()::set);
    projects.addCloseGuard(run::confirmStop);
    session.selectedStepProperty().addListener((obs, old, step) -> showing(step));
    showing(session.selectedStepProperty().get());
    shell.themeProperty().addListener((obs, old, theme) -> run.setChartTheme(chartTheme(theme)));
    run.setChartTheme(chartTheme(shell.themeProperty().get()));
  }

  private void showing(WorkbenchStep step) {
    form.summary().setShowing(step == WorkbenchStep.STUDY);
    run.setShowing(step == WorkbenchStep.RUN);
  }

  private static ChartTheme chartTheme(Theme theme) {
    return theme == Theme.DARK ? ChartTheme.DARK : ChartTheme.LIGHT;
  }

  Node studyView(Node notes) {
    return new StudyScreenView(form, new FormControls(undo), plans, notes, shell.themeProperty());
  }

  Node runView() {
    return new RunScreenView(run, data.readyProperty(),
        () -> shell.select(WorkbenchStep.SCALING), 4 * Runtime.getRuntime().availableProcessors());
  }

  DesignSession design() {
    return design;
  }

  StudyFormModel form() {
    return form;
  }

  RunViewModel run() {
    return run;
  }
}
