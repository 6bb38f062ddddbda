package org.sim2real.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.DatasetRole;

/** The menu bar: File, Edit, View and Help, with the standard shortcuts. */
public final class WorkbenchMenus {
  private WorkbenchMenus() {}

  /**
   * @param importData imports a data file the way the Data step's Open buttons do
   * @param quit closes the window the same way the window's close button does
   * @param export exports results (the Run and Scaling steps provide what there is to export)
   */
  public static MenuBar build(ShellViewModel shell, ProjectActions projects, UndoManager undo,
      HelpActions help, WorkbenchPreferences preferences, Consumer<DatasetRole> importData,
      Runnable export, Runnable quit) {
    MenuBar bar = new MenuBar(
        fileMenu(projects, preferences, importData, export, quit),
        editMenu(undo),
        viewMenu(shell),
        helpMenu(help));
    bar.setId("menuBar");
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private static Menu fileMenu(ProjectActions projects, WorkbenchPreferences preferences,
      Consumer<DatasetRole> importData, Runnable export, Runnable quit) {
    Menu recent = new Menu("Recent Projects");
    recent.setId("recentProjectsMenu");
    recent.getItems().add(new MenuItem("(none)")); // a menu without items never shows
    Menu file = new Menu("_File");
    file.setOnShowing(e -> fillRecent(recent, projects, preferences));
    file.getItems().addAll(
        item("newProject", "_New", "Shortcut+N", projects::newProject),
        item("openProject", "_Open...", "Shortcut+O", projects::open),
        recent,
        new SeparatorMenuItem(),
        item("saveProject", "_Save", "Shortcut+S", projects::save),
        item("saveProjectAs", "Save _As...", "Shortcut+Shift+S", projects::saveAs),
        new SeparatorMenuItem(),
        item("importSimulationData", "Import _Simulation Data...", "Shortcut+I",
            () -> importData.accept(DatasetRole.SIMULATION)),
        item("importExperimentalData", "Import _Experimental Data...", "Shortcut+Shift+I",
            () -> importData.accept(DatasetRole.EXPERIMENTAL)),
        item("export", "E_xport...", null, export),
        new SeparatorMenuItem(),
        item("quit", "_Quit", "Shortcut+Q", quit));
    return file;
  }

  private static void fillRecent(Menu recent, ProjectActions projects,
      WorkbenchPreferences preferences) {
    recent.getItems().clear();
    for (Path p : preferences.recentProjects()) {
      MenuItem item = new MenuItem(p.getFileName() + "  -  " + p.getParent());
      item.setMnemonicParsing(false);
      item.setDisable(!Files.isRegularFile(p));
      item.setOnAction(e -> projects.openFile(p));
      recent.getItems().add(item);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem("No recent projects");
      none.setDisable(true);
      recent.getItems().add(none);
    } else {
      recent.getItems().addAll(new SeparatorMenuItem(),
          item("clearRecent", "Clear Recent Projects", null, preferences::clearRecentProjects));
    }
  }

  private static Menu editMenu(UndoManager undo) {
    MenuItem undoItem = item("undo", "_Undo", "Shortcut+Z", undo::undo);
    undoItem.textProperty().bind(undo.undoTextProperty());
    undoItem.disableProperty().bind(undo.canUndoProperty().not());
    MenuItem redoItem = item("redo", "_Redo", "Shortcut+Y", undo::redo);
    redoItem.textProperty().bind(undo.redoTextProperty());
    redoItem.disableProperty().bind(undo.canRedoProperty().not());
    return new Menu("_Edit", null, undoItem, redoItem);
  }

  private static Menu viewMenu(ShellViewModel shell) {
    Menu view = new Menu("_View");
    for (WorkbenchStep step : WorkbenchStep.values()) {
      view.getItems().add(item("goTo" + step.title(), step.title(),
          "Shortcut+" + step.shortcutDigit(), () -> shell.select(step)));
    }
    view.getItems().add(new SeparatorMenuItem());
    ToggleGroup themes = new ToggleGroup();
    for (Theme theme : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(theme.displayName() + " Theme");
      item.setId("theme" + theme.displayName());
      item.setToggleGroup(themes);
      item.setSelected(shell.themeProperty().get() == theme);
      item.setOnAction(e -> shell.themeProperty().set(theme));
      shell.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
      view.getItems().add(item);
    }
    return view;
  }

  /**
   * Adds View > Presentation (Ctrl+Shift+P, in every step): the Teach step's chart full screen
   * for a projector. {@code present} opens it and returns what it did, for the status line.
   */
  public static void addPresentation(MenuBar bar, ShellViewModel shell,
      Supplier<String> present) {
    Menu view = bar.getMenus().stream().filter(m -> "_View".equals(m.getText())).findFirst()
        .orElseThrow(() -> new IllegalStateException("the menu bar has no View menu"));
    MenuItem item = item("presentation", "_Presentation (Teach)", "Shortcut+Shift+P",
        () -> shell.statusMessageProperty().set(present.get()));
    view.getItems().addAll(new SeparatorMenuItem(), item);
  }

  private static Menu helpMenu(HelpActions help) {
    return new Menu("_Help", null,
        item("userGuide", "_User Guide", "F1", help::userGuide),
        item("sampleProjects", "_Sample Projects...", null, help::sampleProjects),
        new SeparatorMenuItem(),
        item("about", "_About", null, help::about));
  }

  private static MenuItem item(
      String id, String text, @Nullable String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
