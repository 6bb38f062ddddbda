package org.sim2real.app;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sim2real.cli.WorkbenchCommand;

/**
 * Entry point of the jar and of the installed application. It is deliberately not a JavaFX
 * {@code Application}, so that JavaFX can be loaded from the class path and so that headless
 * commands never touch the GUI toolkit.
 *
 * <p>With no arguments (the band-gap demo opens), a single {@code .s2r} project file or
 * {@code --empty} the desktop application starts; otherwise the arguments are a command line
 * ({@code inspect}, {@code run}, ...).
 *
 * <p>The MLP kernel uses the incubating Vector API, which a plain {@code java -jar} does not
 * resolve (a manifest cannot add modules). When it is missing, the launcher starts itself again
 * once with {@code --add-modules jdk.incubator.vector}; if that fails the scalar kernel is used
 * and a one-line notice says so. The installed application (jpackage) never relaunches: its
 * launcher already passes the module and cannot pass JVM options through its own arguments.
 *
 * <p>A JVM that the launcher starts writes a crash report (hs_err file) into the temporary
 * directory, never into the user's working directory; the installed launchers have the same
 * option in their JVM options.
 *
 * <p>The two processes live and die together. SIGTERM and SIGINT (Ctrl-C, {@code kill},
 * {@code scancel}) to the first run its shutdown hook, which stops the second cleanly (SIGTERM:
 * a run leaves a resumable ledger) and waits for it. A SIGKILL to the first runs nothing in it,
 * so a command-line child watches the first's process handle and stops itself the same clean way
 * when it disappears: otherwise a batch system or a user that kills the process it started would
 * leave an orphan that keeps training and holds the results folder's lock. (A relaunched desktop
 * application stays open: its window is what the user works with.)
 */
public final class Launcher {
  static final String RELAUNCHED_PROPERTY = "sim2real.relaunched";
  /**
   * The heap of a relaunched JVM when the user set none: three quarters of the memory, as the
   * installed application (installer.javaOptions in the build), instead of Java's quarter.
   */
  static final String DEFAULT_HEAP = "-XX:MaxRAMPercentage=75";
  /** The process id of the launcher that relaunched this JVM, which the child watches. */
  static final String PARENT_PID_PROPERTY = "sim2real.parentPid";
  /** Exit code of a child stopped because its parent died: that of an interrupted run. */
  static final int PARENT_GONE_EXIT = 130;
  /** Set by every jpackage launcher: the installed app's JVM options are fixed in its .cfg file. */
  static final String JPACKAGE_APP_PATH = "jpackage.app-path";
  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  /** Where a crashing JVM started by the launcher writes its report (%p: the process id). */
  static final String ERROR_FILE_NAME = "sim2real-hs_err_pid%p.log";
  static final String AWT_HEADLESS = "java.awt.headless";
  private static final java.util.Set<String> TRAINING_COMMANDS = java.util.Set.of("run", "bench");

  private Launcher() {}

  public static void main(String[] args) {
    // One BLAS thread per task: training already runs one task per core, more threads would only
    // compete, and BLAS sums then no longer depend on the core count. Before anything loads
    // OpenBLAS (it reads the variable once); an explicit setting by the user wins.
    NativeEnvironment.setIfAbsent(NativeEnvironment.OPENBLAS_THREADS, "1");
    if (needsVectorApi(args) && !ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
      Integer exit = needsRelaunch() ? relaunchWithVectorModule(args) : null;
      if (exit != null) {
        System.exit(exit);
        return;
      }
      System.err.println(
          "Notice: the JDK Vector API (" + VECTOR_MODULE + ") is unavailable; training uses the"
              + " slower scalar kernel.");
    }
    if (isGuiLaunch(args)) {
      keepAwtOffTheDisplay();
      WorkbenchApplication.launchGui(args);
    } else {
      stopWhenParentEnds(System.getProperty(PARENT_PID_PROPERTY));
      System.exit(WorkbenchCommand.execute(args));
    }
  }

  /**
   * The desktop application draws with JavaFX only; AWT serves it headless (fonts and images for
   * charts, PDF and PNG export). On Linux a non-headless AWT opens its own connection to the X
   * server, starts its own event thread and initialises GTK a second time in the process, next to
   * the GTK that JavaFX runs on the FX thread; the two replace each other's X error handler (GDK:
   * "XSetErrorHandler() called with a GDK error trap pushed") and can corrupt the heap, which
   * crashed the application at start-up. A setting made by the user on the command line wins.
   */
  static void keepAwtOffTheDisplay() {
    if (System.getProperty(AWT_HEADLESS) == null) {
      System.setProperty(AWT_HEADLESS, "true");
    }
  }

  static boolean isGuiLaunch(String[] args) {
    return StartupProject.isGuiLaunch(args);
  }

  /** Only the GUI and training commands need the Vector API; the others start without a relaunch. */
  static boolean needsVectorApi(String[] args) {
    return isGuiLaunch(args) || TRAINING_COMMANDS.contains(args[0]);
  }

  /**
   * In a relaunched command-line JVM: exits (running the shutdown hooks, so a run stops cleanly
   * and closes its ledger) as soon as the launcher that started it is gone, also when it is gone
   * already. A JVM that was not relaunched ({@code parentPid} null) watches nothing.
   */
  static void stopWhenParentEnds(@Nullable String parentPid) {
    if (parentPid == null) {
      return;
    }
    Optional<ProcessHandle> parent;
    try {
      parent = ProcessHandle.of(Long.parseLong(parentPid));
    } catch (NumberFormatException e) {
      return; // not set by our launcher
    }
    Runnable stop = () -> {
      System.err.println("The process that started this one (pid " + parentPid + ") has ended;"
          + " stopping.");
      System.exit(PARENT_GONE_EXIT);
    };
    if (parent.isEmpty() || !parent.get().isAlive()) {
      stop.run();
      return;
    }
    parent.get().onExit().thenRun(stop);
  }

  private static boolean needsRelaunch() {
    return shouldRelaunch(
        ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent(),
        System.getProperty(RELAUNCHED_PROPERTY) != null
            || System.getenv("SIM2REAL_NO_RELAUNCH") != null,
        System.getProperty(JPACKAGE_APP_PATH) != null)
        // a trimmed runtime without the module would make the child fail at start-up
        && ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
  }

  /**
   * A relaunch only helps a plain {@code java} start without the module, and only once. An
   * installed launcher is not a {@code java} binary: handing it JVM options would turn them into
   * application arguments, so there the scalar kernel is the fallback.
   */
  static boolean shouldRelaunch(
      boolean vectorModulePresent, boolean relaunchDisabled, boolean installedLauncher) {
    return !vectorModulePresent && !relaunchDisabled && !installedLauncher;
  }

  /** Returns the child's exit code, or null when the relaunch itself could not start. */
  private static Integer relaunchWithVectorModule(String[] args) {
    try {
      String javaBin = ProcessHandle.current().info().command().orElse(null);
      if (javaBin == null) {
        return null;
      }
      List<String> cmd = childCommand(javaBin,
          ManagementFactory.getRuntimeMXBean().getInputArguments(),
          System.getProperty("java.class.path"), args, System.getProperty("java.io.tmpdir"),
          ProcessHandle.current().pid());
      Process child = new ProcessBuilder(cmd).inheritIO().start();
      // SIGTERM or SIGINT to this process (Ctrl-C reaches both, kill and batch systems only this
      // one) runs this hook: pass it on as SIGTERM and wait for the child's clean stop (the run
      // command leaves a resumable ledger) before this process ends and the shell prompt returns
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        child.destroy();
        try {
          child.waitFor(90, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      return child.waitFor();
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The relaunched JVM's command line: this JVM's own options (after the crash-report location,
   * so that a location the user chose wins), the Vector API module, then the same class path,
   * main class and arguments; it names this process, which the child watches.
   */
  /** True for a JVM flag that sets the largest heap, which then wins over {@link #DEFAULT_HEAP}. */
  static boolean setsHeapLimit(String jvmArg) {
    return jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-XX:MaxHeapSize=")
        || jvmArg.startsWith("-XX:MaxRAM") || jvmArg.startsWith("-XX:MaxRAMFraction=");
  }

  static List<String> childCommand(String javaBin, List<String> jvmArgs, String classPath,
      String[] args, String tmpDir, long parentPid) {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin);
    cmd.add("-XX:ErrorFile=" + Path.of(tmpDir, ERROR_FILE_NAME));
    if (jvmArgs.stream().noneMatch(Launcher::setsHeapLimit)) {
      cmd.add(DEFAULT_HEAP); // as the installed application: Java's own default is a quarter
    }
    cmd.addAll(jvmArgs);
    cmd.add("--add-modules=" + VECTOR_MODULE);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-D" + RELAUNCHED_PROPERTY + "=true");
    cmd.add("-D" + PARENT_PID_PROPERTY + "=" + parentPid);
    cmd.add("-cp");
    cmd.add(classPath + File.pathSeparator);
    cmd.add(Launcher.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }
}
