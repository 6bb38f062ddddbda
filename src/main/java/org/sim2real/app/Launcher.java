package org.sim2real.app;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sim2real.cli.WorkbenchCommand;

/**
 * Entry point of the jar and of the installed application. It is deliberately not a JavaFX
 * {@code Application}, so that JavaFX can be loaded from the class path and so that headless
 * commands never touch the GUI toolkit.
 *
 * <p>With no arguments (or a single {@code .s2r} project file) the desktop application starts;
 * otherwise the arguments are a command line ({@code inspect}, {@code run}, ...).
 *
 * <p>The MLP kernel uses the incubating Vector API, which a plain {@code java -jar} does not
 * resolve (a manifest cannot add modules). When it is missing, the launcher starts itself again
 * once with {@code --add-modules jdk.incubator.vector}; if that fails the scalar kernel is used
 * and a one-line notice says so.
 */
public final class Launcher {
  static final String RELAUNCHED_PROPERTY = "sim2real.relaunched";
  private static final String VECTOR_MODULE = "jdk.incubator.vector";
  private static final java.util.Set<String> TRAINING_COMMANDS = java.util.Set.of("run", "bench");

  private Launcher() {}

  public static void main(String[] args) {
    if (needsVectorApi(args) && !vectorModuleLoaded()) {
      if (mayRelaunch()) {
        Integer exit = relaunchWithVectorModule(args);
        if (exit != null) {
          System.exit(exit);
          return;
        }
      }
      System.err.println(
          "Notice: the JDK Vector API (" + VECTOR_MODULE + ") is unavailable; training uses the"
              + " slower scalar kernel.");
    }
    if (isGuiLaunch(args)) {
      WorkbenchApplication.launchGui(args);
    } else {
      System.exit(WorkbenchCommand.execute(args));
    }
  }

  static boolean isGuiLaunch(String[] args) {
    return args.length == 0 || (args.length == 1 && args[0].endsWith(".s2r"));
  }

  /** Only the GUI and training commands need the Vector API; the others start without a relaunch. */
  static boolean needsVectorApi(String[] args) {
    return isGuiLaunch(args) || TRAINING_COMMANDS.contains(args[0]);
  }

  private static boolean vectorModuleLoaded() {
    return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
  }

  /**
   * Relaunch only once, not when the user turned it off, and only when this runtime holds the
   * module (a trimmed runtime without it would make the child fail at startup).
   */
  private static boolean mayRelaunch() {
    return System.getProperty(RELAUNCHED_PROPERTY) == null
        && System.getenv("SIM2REAL_NO_RELAUNCH") == null
        && ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
  }

  /** Returns the child's exit code, or null when the relaunch itself could not start. */
  private static Integer relaunchWithVectorModule(String[] args) {
    try {
      String javaBin = ProcessHandle.current().info().command().orElse(null);
      if (javaBin == null) {
        return null;
      }
      List<String> cmd = new ArrayList<>();
      cmd.add(javaBin);
      for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        cmd.add(jvmArg);
      }
      cmd.add("--add-modules=" + VECTOR_MODULE);
      cmd.add("--enable-native-access=ALL-UNNAMED");
      cmd.add("-D" + RELAUNCHED_PROPERTY + "=true");
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path") + File.pathSeparator);
      cmd.add(Launcher.class.getName());
      cmd.addAll(List.of(args));
      Process child = new ProcessBuilder(cmd).inheritIO().start();
      // Ctrl-C reaches both processes; wait for the child to finish its clean stop (the run
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
}
