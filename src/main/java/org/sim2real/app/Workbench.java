package org.sim2real.app;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.ProjectAutosave;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.HelpActions;
import org.sim2real.ui.common.ProjectActions;
import org.sim2real.ui.common.ProjectNotesView;
import org.sim2real.ui.common.ProjectNotesViewModel;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.ProjectTarget;
import org.sim2real.ui.common.ShellViewModel;
import org.sim2real.ui.common.StatusBar;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.WindowPlacement;
import org.sim2real.ui.common.WorkbenchMenus;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchShell;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import org.sim2real.ui.data.DataScreenModel;
import org.sim2real.ui.data.DataScreenView;
import org.sim2real.ui.forecast.ForecastView;
import org.sim2real.ui.forecast.ForecastViewModel;
import org.sim2real.ui.run.RunEndNotices;
import org.sim2real.ui.scaling.CurrentAnalysisLink;
import org.sim2real.ui.scaling.ScalingChartView;
import org.sim2real.ui.scaling.ScalingViewModel;
import org.sim2real.ui.teach.TeachView;
import org.sim2real.ui.teach.TeachViewModel;

/**
 * The wiring of the main window: constructs the view models and views from the services, puts
 * the window where it was, and saves what is worth remembering when it closes. The only place
 * that knows all the parts; no part reaches for another through a static.
 */
public final class Workbench {
  static final int UNDO_LIMIT = 200;
  static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(5);
  private static final String SPLIT_KEY = "main";

  private final Stage stage;
  private final WorkbenchPreferences preferences;
  private final ProjectSession session = new ProjectSession();
  private final UndoManager undo = new UndoManager(UNDO_LIMIT);
  private final ShellViewModel shell = new ShellViewModel(session);
  private final ProjectActions projects;
  private final DataSession data;
  private final StudySteps study;
  private final WorkbenchShell root;
  private @Nullable TeachView teach;

  private Workbench(Stage stage, WorkbenchServices services) {
    this.stage = stage;
    this.preferences = services.preferences();
    DialogService dialogs = services.dialogs().apply(stage);
    BackgroundTasks tasks = services.tasks();
    ProjectAutosave autosave = new ProjectAutosave(services.store(),
        services.autosaveScheduler(), AUTOSAVE_DELAY,
        message -> Platform.runLater(() -> shell.statusMessageProperty().set(message)));
    projects = new ProjectActions(session, services.store(), autosave, dialogs, tasks,
        preferences, undo, shell.statusMessageProperty()::set);
    HelpActions help = new HelpActions(dialogs, projects, services.sampleDirectory());
    data = new DataSession(session, tasks, undo, shell.statusMessageProperty()::set);
    SourcesSession sources = new SourcesSession(session, data, tasks, undo,
        shell.statusMessageProperty()::set);
    study = new StudySteps(session, data, sources, undo, dialogs, projects, shell,
        services.studyThreads());
    DataScreenModel dataScreen = new DataScreenModel(data, sources, study.design(), session,
        dialogs, preferences, tasks);
    MenuBar menus = WorkbenchMenus.build(shell, projects, undo, help, preferences,
        dataScreen::importWithChooser,
        () -> dialogs.showInformation("Export", "Nothing to export yet",
            "Exports of results (tables, figures, reports) become available once a study has"
                + " run; the Run and Scaling steps provide them."),
        this::quit);
    root = new WorkbenchShell(shell, menus, new StatusBar(shell, tasks),
        stepViews(dataScreen, tasks, dialogs, services));
    WorkbenchMenus.addPresentation(menus, shell, this::present);
    shell.bannerMessageProperty().set(checkNativeLibraries(services));
    new RunEndNotices(study.run(), session.selectedStepProperty(),
        () -> shell.select(WorkbenchStep.RUN), () -> stage, shell.themeProperty());
  }

  /** Builds the main window into {@code stage} and shows it. */
  public static Workbench show(Stage stage, WorkbenchServices services) {
    Workbench workbench = new Workbench(stage, services);
    workbench.showWindow();
    return workbench;
  }

  private Map<WorkbenchStep, Node> stepViews(DataScreenModel dataScreen, BackgroundTasks tasks,
      DialogService dialogs, WorkbenchServices services) {
    Map<WorkbenchStep, Node> views = new EnumMap<>(WorkbenchStep.class);
    views.put(WorkbenchStep.DATA, new DataScreenView(dataScreen, shell.themeProperty()));
    views.put(WorkbenchStep.STUDY, study.studyView(
        new ProjectNotesView(new ProjectNotesViewModel(session, undo), undo)));
    views.put(WorkbenchStep.RUN, study.runView());
    // the Scaling screen fits the current learning curves; the Forecast screen reads that fit
    ScalingViewModel scaling = new ScalingViewModel(tasks);
    CurrentAnalysis current = new CurrentAnalysis();
    ProjectTarget.link(session, current); // the study's one target, saved with the project
    CurrentAnalysisLink.publish(scaling, current);
    // the chart fills the step and scrolls its own side panel, so it is not wrapped in scrolling()
    views.put(WorkbenchStep.SCALING, new ScalingChartView(scaling, session,
        dialogs, tasks, shell.themeProperty()));
    views.put(WorkbenchStep.FORECAST, new ForecastView(
        new ForecastViewModel(current, tasks, shell.statusMessageProperty()::set,
            Clock.systemDefaultZone(), () -> session.file() == null ? null
                : session.file().toAbsolutePath().getParent()),
        dialogs, shell.themeProperty(), services.fileOpener()));
    // the teaching chart fills the step and scrolls its own side panels, like the Scaling step
    teach = new TeachView(new TeachViewModel(tasks), tasks, shell.themeProperty());
    views.put(WorkbenchStep.TEACH, teach);
    return views;
  }

  /** The presentation shows the Teach step's study; the Teach step opens behind it. */
  private String present() {
    shell.select(WorkbenchStep.TEACH);
    return Objects.requireNonNull(teach, "the Teach step is not built").present();
  }

  private static String checkNativeLibraries(WorkbenchServices services) {
    try {
      return services.nativeLibraryCheck().get().orElse("");
    } catch (RuntimeException | LinkageError e) {
      return "The check for native libraries failed (" + e + "); kernel models may not run.";
    }
  }

  private void showWindow() {
    shell.themeProperty().set(preferences.theme());
    // the scene gets the window's size from the start: sized from the content's preferred size,
    // the first layout would run far wider than the window and the navigator would keep that width
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    WindowPlacement placement = preferences.windowPlacement();
    Scene scene = new Scene(root, Math.min(placement.width(), screen.getWidth()),
        Math.min(placement.height(), screen.getHeight()));
    shell.themeProperty().get().applyTo(scene);
    // F11 presents from every step, like View > Presentation (Ctrl+Shift+P)
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11),
        () -> shell.statusMessageProperty().set(present()));
    shell.themeProperty().addListener((obs, old, theme) -> {
      theme.applyTo(scene);
      preferences.setTheme(theme);
    });
    stage.setScene(scene);
    stage.titleProperty().bind(session.windowTitle(HelpActions.APPLICATION_NAME));
    stage.setMinWidth(720);
    stage.setMinHeight(480);
    place(placement);
    stage.setOnCloseRequest(e -> {
      if (!prepareToClose()) {
        e.consume();
      }
    });
    restoreDivider(preferences.dividerPosition(SPLIT_KEY, 0.17));
    stage.show();
    root.navigator().requestFocus();
  }

  /**
   * Sets the divider after the window is shown and laid out; set earlier, the split pane's first
   * layout runs at an intermediate width and the navigator (which keeps its pixel width when the
   * window grows) ends up wider than remembered.
   */
  private void restoreDivider(double position) {
    stage.setOnShown(e -> Platform.runLater(() -> root.split().setDividerPositions(position)));
  }

  /**
   * Restores the remembered size and position, shrunk to fit the screen it lands on (a window
   * larger than the screen hides its status bar, and Monocle cannot draw it at all).
   */
  private void place(WindowPlacement p) {
    boolean onScreen = p.hasPosition() && !Screen.getScreensForRectangle(
        new Rectangle2D(p.x(), p.y(), Math.min(p.width(), 100), 40)).isEmpty();
    Screen screen = onScreen
        ? Screen.getScreensForRectangle(new Rectangle2D(p.x(), p.y(), 100, 40)).get(0)
        : Screen.getPrimary();
    Rectangle2D bounds = screen.getVisualBounds();
    stage.setWidth(Math.min(p.width(), bounds.getWidth()));
    stage.setHeight(Math.min(p.height(), bounds.getHeight()));
    if (onScreen) {
      stage.setX(Math.max(bounds.getMinX(), Math.min(p.x(), bounds.getMaxX() - stage.getWidth())));
      stage.setY(Math.max(bounds.getMinY(), Math.min(p.y(), bounds.getMaxY() - stage.getHeight())));
    } else {
      stage.centerOnScreen();
    }
    stage.setMaximized(p.maximized());
  }

  /** Asks about unsaved changes and stores the window's state; false when the user cancelled. */
  boolean prepareToClose() {
    if (!projects.confirmDiscardChanges()) {
      return false;
    }
    WindowPlacement old = preferences.windowPlacement();
    preferences.setWindowPlacement(stage.isMaximized()
        ? new WindowPlacement(old.x(), old.y(), old.width(), old.height(), true)
        : new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
            false));
    double[] dividers = root.split().getDividerPositions();
    if (dividers.length > 0) {
      preferences.setDividerPosition(SPLIT_KEY, dividers[0]);
    }
    preferences.flush();
    return true;
  }

  private void quit() {
    if (prepareToClose()) {
      stage.close();
    }
  }

  public ProjectSession session() {
    return session;
  }

  public ProjectActions projects() {
    return projects;
  }

  /** The imported datasets, for the steps that use them and for tests. */
  public DataSession data() {
    return data;
  }

  /** The Study and Run steps' models, for tests. */
  StudySteps study() {
    return study;
  }

  public UndoManager undo() {
    return undo;
  }

  public ShellViewModel shell() {
    return shell;
  }

  /** The native-library message, for the start-up log; empty when all is well. */
  Optional<String> bannerMessage() {
    String m = shell.bannerMessageProperty().get();
    return m.isEmpty() ? Optional.empty() : Optional.of(m);
  }
}
