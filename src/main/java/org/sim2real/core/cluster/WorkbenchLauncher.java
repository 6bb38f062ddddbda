package org.sim2real.core.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * How a batch job starts the workbench on a compute node: the same installation that writes the
 * scripts, by absolute paths (a cluster's nodes see the same shared file system). A JDK with the
 * workbench's jar (or classes) runs its {@code java} with the Vector API module and the heap
 * given; an installed application (jpackage), which takes no JVM options, runs its launcher and
 * gets the heap through {@code JAVA_TOOL_OPTIONS}.
 *
 * @param program the java binary, or the installed application's launcher
 * @param classPath the class path for java (absolute entries); empty for a launcher
 */
public record WorkbenchLauncher(Path program, List<String> classPath) {
  /** The workbench's entry point (app.Launcher; core names it without depending on app). */
  static final String MAIN_CLASS = "org.sim2real.app.Launcher";
  /** Every JVM of the workbench needs these (see the pom's app.jvmFlags). */
  static final List<String> JVM_FLAGS = List.of("--add-modules=jdk.incubator.vector",
      "--enable-native-access=ALL-UNNAMED");

  public WorkbenchLauncher {
    classPath = List.copyOf(classPath);
  }

  /** The installation this process runs from. */
  public static WorkbenchLauncher current() {
    String installed = System.getProperty("jpackage.app-path");
    if (installed != null) {
      return new WorkbenchLauncher(Path.of(installed).toAbsolutePath(), List.of());
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return java(java, System.getProperty("java.class.path", ""));
  }

  /** {@code java} of the JDK in {@code javaHome} with this process's class path. */
  public static WorkbenchLauncher withJava(Path javaBinary) {
    if (!Files.isExecutable(javaBinary)) {
      throw new UserFacingException("--java " + javaBinary + ": not an executable java program");
    }
    WorkbenchLauncher current = current();
    if (current.isInstalledApplication()) {
      throw new UserFacingException("the installed application brings its own Java; --java"
          + " applies to a workbench started with java -jar");
    }
    return new WorkbenchLauncher(javaBinary.toAbsolutePath(), current.classPath());
  }

  static WorkbenchLauncher java(Path javaBinary, String classPath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    return new WorkbenchLauncher(javaBinary.toAbsolutePath(), entries);
  }

  public boolean isInstalledApplication() {
    return classPath.isEmpty();
  }

  /**
   * The bash lines that define the array {@code S2R}, the workbench command with a heap of
   * {@code heapMegabytes}: {@code "${S2R[@]}" run ...}.
   */
  String bashDefinition(long heapMegabytes, @Nullable String errorFileDirectory) {
    if (isInstalledApplication()) {
      return "export JAVA_TOOL_OPTIONS=\"-Xmx" + heapMegabytes + "m ${JAVA_TOOL_OPTIONS:-}\"\n"
          + "S2R=(" + Bash.quote(program.toString()) + ")\n";
    }
    List<String> words = new ArrayList<>();
    words.add(program.toString());
    words.add("-Xmx" + heapMegabytes + "m");
    if (errorFileDirectory != null) {
      words.add("-XX:ErrorFile=" + errorFileDirectory + "/hs_err_pid%p.log");
    }
    words.addAll(JVM_FLAGS);
    words.add("-cp");
    words.add(String.join(File.pathSeparator, classPath));
    words.add(MAIN_CLASS);
    StringBuilder sb = new StringBuilder("S2R=(");
    for (int i = 0; i < words.size(); i++) {
      sb.append(i == 0 ? "" : " \\\n     ").append(Bash.quote(words.get(i)));
    }
    return sb.append(")\n").toString();
  }
}
