package org.sim2real.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Light and dark look; both share the layout rules of workbench.css and differ in colours. */
public enum Theme {
  LIGHT("Light", "/ui/light.css"),
  DARK("Dark", "/ui/dark.css");

  private static final String BASE = "/ui/workbench.css";
  /** The style class on which the theme's stylesheet defines the -wb colours besides the root. */
  static final String THEMED = "themed";

  private final String displayName;
  private final String stylesheet;

  Theme(String displayName, String stylesheet) {
    this.displayName = displayName;
    this.stylesheet = stylesheet;
  }

  public String displayName() {
    return displayName;
  }

  /** Replaces the scene's stylesheets with this theme's. */
  public void applyTo(Scene scene) {
    scene.getStylesheets().setAll(stylesheetUrls());
  }

  public List<String> stylesheetUrls() {
    return List.of(url(BASE), url(stylesheet));
  }

  /**
   * Styles a view that brings its own stylesheets: the theme's stylesheet goes before them, and
   * the view gets the style class on which it defines the -wb colours, so that the colours its
   * stylesheets look up resolve in any scene the view is shown in (the main window, a window of
   * its own, a test's). Follows the theme.
   *
   * @param ownStylesheets resource names, e.g. {@code "/ui/chart.css"}
   */
  public static void styleView(Parent view, ObservableValue<Theme> theme,
      String... ownStylesheets) {
    view.getStyleClass().add(THEMED);
    view.getStylesheets().setAll(theme.getValue().viewStylesheets(ownStylesheets));
    theme.addListener((obs, old, now) -> view.getStylesheets().setAll(
        now.viewStylesheets(ownStylesheets)));
  }

  private List<String> viewStylesheets(String... own) {
    List<String> urls = new ArrayList<>();
    urls.add(url(stylesheet));
    for (String resource : own) {
      urls.add(url(resource));
    }
    return urls;
  }

  private static String url(String resource) {
    return Objects.requireNonNull(Theme.class.getResource(resource),
        "missing stylesheet " + resource + " in the application resources").toExternalForm();
  }

  /** The theme with this name, or LIGHT for unknown names (an old preferences entry). */
  public static Theme fromName(String name) {
    for (Theme t : values()) {
      if (t.name().equalsIgnoreCase(name)) {
        return t;
      }
    }
    return LIGHT;
  }
}
