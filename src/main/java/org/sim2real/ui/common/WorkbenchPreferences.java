package org.sim2real.ui.common;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.jspecify.annotations.Nullable;

/**
 * What the workbench remembers between sessions, in one {@link Preferences} node. The application
 * passes {@code Preferences.userRoot().node(NODE)}; tests pass a throw-away node.
 */
public final class WorkbenchPreferences {
  /** The node under the user root where the application keeps its settings. */
  public static final String NODE = "org/sim2real/workbench";

  public static final int MAX_RECENT_PROJECTS = 10;

  private static final String RECENT_PREFIX = "recent.";
  private final Preferences node;

  public WorkbenchPreferences(Preferences node) {
    this.node = node;
  }

  public WindowPlacement windowPlacement() {
    WindowPlacement d = WindowPlacement.defaultPlacement();
    double w = node.getDouble("window.width", d.width());
    double h = node.getDouble("window.height", d.height());
    if (!(w > 0) || !(h > 0)) {
      return d;
    }
    return new WindowPlacement(node.getDouble("window.x", Double.NaN),
        node.getDouble("window.y", Double.NaN), w, h, node.getBoolean("window.maximized", false));
  }

  public void setWindowPlacement(WindowPlacement p) {
    node.putDouble("window.x", p.x());
    node.putDouble("window.y", p.y());
    node.putDouble("window.width", p.width());
    node.putDouble("window.height", p.height());
    node.putBoolean("window.maximized", p.maximized());
  }

  /** A split pane's divider position (0..1), or the fallback. */
  public double dividerPosition(String key, double fallback) {
    double v = node.getDouble("divider." + key, fallback);
    return v > 0 && v < 1 ? v : fallback;
  }

  public void setDividerPosition(String key, double position) {
    node.putDouble("divider." + key, position);
  }

  public @Nullable Path lastDirectory() {
    String dir = node.get("lastDirectory", null);
    Path p = dir == null ? null : toPath(dir);
    return p != null && Files.isDirectory(p) ? p : null;
  }

  public void setLastDirectory(Path dir) {
    node.put("lastDirectory", dir.toAbsolutePath().toString());
  }

  public Theme theme() {
    return Theme.fromName(node.get("theme", Theme.LIGHT.name()));
  }

  public void setTheme(Theme theme) {
    node.put("theme", theme.name());
  }

  /** Most recent first, files that still exist before those that do not, at most ten. */
  public List<Path> recentProjects() {
    List<Path> existing = new ArrayList<>();
    List<Path> gone = new ArrayList<>();
    for (Path p : storedRecent()) {
      (Files.isRegularFile(p) ? existing : gone).add(p);
    }
    existing.addAll(gone);
    return List.copyOf(existing);
  }

  /** Puts a project at the top of the recent list. */
  public void addRecentProject(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(storedRecent());
    list.remove(absolute);
    list.add(0, absolute);
    writeRecent(list.subList(0, Math.min(list.size(), MAX_RECENT_PROJECTS)));
  }

  public void clearRecentProjects() {
    writeRecent(List.of());
  }

  /** Writes to the backing store now (the JVM would otherwise do it some time later). */
  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // preferences are a convenience; losing them must not stop the application closing
    }
  }

  private List<Path> storedRecent() {
    List<Path> list = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT_PROJECTS; i++) {
      String v = node.get(RECENT_PREFIX + i, null);
      Path p = v == null ? null : toPath(v);
      if (p != null && !list.contains(p)) {
        list.add(p);
      }
    }
    return list;
  }

  private void writeRecent(List<Path> list) {
    for (int i = 0; i < MAX_RECENT_PROJECTS; i++) {
      if (i < list.size()) {
        node.put(RECENT_PREFIX + i, list.get(i).toString());
      } else {
        node.remove(RECENT_PREFIX + i);
      }
    }
  }

  private static @Nullable Path toPath(String s) {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
