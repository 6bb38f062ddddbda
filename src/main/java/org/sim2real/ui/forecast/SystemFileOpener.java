package org.sim2real.ui.forecast;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Opens a file with the system's viewer (the browser for an HTML memo) through AWT's Desktop,
 * off the FX thread because it may block. JavaFX's HostServices would need the Application
 * object, which the wiring does not pass around.
 */
public final class SystemFileOpener {
  private SystemFileOpener() {}

  /** An opener, or null when this system cannot open files (headless, no desktop). */
  public static @Nullable Consumer<Path> create(Consumer<String> problems) {
    boolean supported;
    try {
      supported = Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    } catch (RuntimeException | LinkageError e) {
      supported = false;
    }
    if (!supported) {
      return null;
    }
    return file -> Thread.ofVirtual().name("open-file").start(() -> {
      try {
        Desktop.getDesktop().open(file.toFile());
      } catch (IOException | RuntimeException e) {
        problems.accept("Cannot open " + file + ": " + e.getMessage());
      }
    });
  }
}
