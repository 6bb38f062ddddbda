package org.sim2real.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/** Light and dark look; both share the layout rules of workbench.css and differ in colours. */
public enum Theme {
  LIGHT("Light", "/ui/light.css"),
  DARK("Dark", "/ui/dark.css");

  private static final String BASE = "/ui/workbench.css";

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
