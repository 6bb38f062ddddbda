package org.sim2real.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test during which JavaFX logged a CSS warning: a looked-up colour that does not resolve
 * where a stylesheet uses it, or a value of the wrong type. JavaFX only logs these and draws the
 * node with its default colours, so without this a broken stylesheet goes unnoticed. Registered
 * for every test (META-INF/services and {@code junit-platform.properties}); a test that provokes
 * a warning on purpose takes it with {@link #take()}.
 */
public final class FailOnCssWarnings implements BeforeEachCallback, AfterEachCallback {
  /** JavaFX's CSS logger ({@code com.sun.javafx.util.Logging.getCSSLogger()}), and the class
   *  that logs the lookups, in case a JavaFX version logs under its name. */
  static final List<String> LOGGERS = List.of("javafx.css", "javafx.scene.CssStyleHelper");

  private static final Recorder RECORDER = new Recorder();
  /** Held here: java.util.logging keeps its loggers only weakly, and a collected one drops its
   *  handler. */
  private static final List<Logger> WATCHED = watch();

  private static List<Logger> watch() {
    List<Logger> loggers = new ArrayList<>();
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      logger.addHandler(RECORDER);
      loggers.add(logger);
    }
    return List.copyOf(loggers);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    settleFxThread();
    take(); // what an earlier test class's windows logged after its last check
  }

  @Override
  public void afterEach(ExtensionContext context) {
    settleFxThread();
    List<String> warnings = take();
    if (!warnings.isEmpty()) {
      throw new AssertionError("JavaFX logged " + warnings.size() + " CSS warning(s) during "
          + context.getDisplayName() + " (a stylesheet uses a colour or value that does not"
          + " resolve here):\n  " + String.join("\n  ", warnings));
    }
  }

  /** The CSS warnings logged since the last call, oldest first; they no longer fail the test. */
  public static List<String> take() {
    return RECORDER.take();
  }

  /**
   * Lets the FX thread finish the pulses a test's last step started (CSS runs in pulses). Only
   * while a window shows: once a GUI test has started the toolkit, waiting after every later
   * test of the JVM (the import corpus has 430) took longer than the tests themselves.
   */
  private static void settleFxThread() {
    if (WATCHED.isEmpty() || !FxToolkit.isFXApplicationThreadRunning() || !anyWindowShowing()) {
      return;
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Asked on the FX thread; a toolkit that does not answer counts as showing (then we wait). */
  private static boolean anyWindowShowing() {
    CompletableFuture<Boolean> showing = new CompletableFuture<>();
    Platform.runLater(() -> showing.complete(
        Window.getWindows().stream().anyMatch(Window::isShowing)));
    try {
      return showing.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return true;
    }
  }

  private static final class Recorder extends Handler {
    private final List<String> records = new ArrayList<>();

    Recorder() {
      setLevel(Level.WARNING);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      if (isLoggable(record)) {
        String message = record.getParameters() == null || record.getParameters().length == 0
            ? record.getMessage()
            : java.text.MessageFormat.format(record.getMessage(), record.getParameters());
        records.add(record.getLevel() + " " + record.getLoggerName() + ": " + message);
      }
    }

    synchronized List<String> take() {
      List<String> taken = List.copyOf(records);
      records.clear();
      return taken;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
