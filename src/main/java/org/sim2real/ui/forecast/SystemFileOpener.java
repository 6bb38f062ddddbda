package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.HostServices;

/**
 * Opens a file with the system's viewer (the browser for an HTML memo) through JavaFX's
 * {@link HostServices}, which hands it to the desktop (GIO's default application on Linux). Not
 * through AWT's {@code Desktop}: that starts AWT's own X11 toolkit and a second GTK beside the one
 * JavaFX runs, which crashed the application (see {@code app.Launcher#keepAwtOffTheDisplay}).
 * The opener is called on the FX thread.
 */
public final class SystemFileOpener {
  private SystemFileOpener() {}

  public static Consumer<Path> through(HostServices host) {
    return file -> host.showDocument(file.toUri().toString());
  }
}
