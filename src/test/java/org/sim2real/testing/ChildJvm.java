package org.sim2real.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A second JVM running one of our main classes on the test class path (as ScalarFallbackTest
 * starts its probe), with the application's JVM flags, so that a test can kill it at a chosen
 * moment ({@link Process#destroyForcibly()}: SIGKILL, no shutdown hooks, no finally blocks).
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final CountDownLatch marker = new CountDownLatch(1);
  private final @Nullable Path outputFile;
  private final Thread drain;
  private volatile boolean stopTailing;

  private ChildJvm(Process process, String markerText, @Nullable Path outputFile) {
    this.process = process;
    this.outputFile = outputFile;
    this.drain = new Thread(outputFile == null
        ? () -> readPipe(process, markerText) : () -> tail(outputFile, markerText),
        "child-jvm-output");
    drain.setDaemon(true);
    drain.start();
  }

  private void readPipe(Process process, String markerText) {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        line(line, markerText);
      }
    } catch (IOException e) {
      // the process was killed: its pipe closes
    }
  }

  /** Follows the output file (polling its end) until {@link #completeOutput} stops it. */
  private void tail(Path file, String markerText) {
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream partial = new ByteArrayOutputStream();
      while (true) {
        boolean last = stopTailing; // read once more after the stop: the writers are gone
        int b;
        while ((b = in.read()) >= 0) {
          if (b == '\n') {
            line(partial.toString(StandardCharsets.UTF_8), markerText);
            partial.reset();
          } else {
            partial.write(b);
          }
        }
        if (last) {
          if (partial.size() > 0) {
            line(partial.toString(StandardCharsets.UTF_8), markerText);
          }
          return;
        }
        Thread.sleep(20);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void line(String line, String markerText) {
    output.append(line).append('\n');
    if (line.contains(markerText)) {
      marker.countDown();
    }
  }

  /**
   * Starts {@code mainClass args} in a new JVM.
   *
   * @param markerText a line of output containing it releases {@link #awaitMarker}
   */
  public static ChildJvm start(Class<?> mainClass, String markerText, List<String> args) {
    return start(mainClass, markerText, args, true, null);
  }

  /**
   * Starts {@code mainClass args} the way a plain {@code java -cp ... Launcher} does, without the
   * Vector API module: the launcher then starts a second JVM with it (a grandchild of the test)
   * and waits for it, as {@code java -jar} does for a user.
   *
   * <p>The output goes to {@code outputFile}, which the second JVM inherits: a pipe would be
   * closed by this JVM once the launcher exits, and what the second one writes after a SIGKILL of
   * the launcher would be lost.
   */
  public static ChildJvm startRelaunching(Class<?> mainClass, String markerText, List<String> args,
      Path outputFile) {
    return start(mainClass, markerText, args, false, outputFile);
  }

  private static ChildJvm start(Class<?> mainClass, String markerText, List<String> args,
      boolean withVectorModule, @Nullable Path outputFile) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8"));
    if (withVectorModule) {
      command.addAll(List.of("--add-modules=jdk.incubator.vector",
          "--enable-native-access=ALL-UNNAMED", "-Dsim2real.relaunched=true"));
    }
    String kernel = System.getProperty("sim2real.mlp.kernel");
    if (kernel != null) {
      command.add("-Dsim2real.mlp.kernel=" + kernel);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (withVectorModule) {
      builder.environment().put("SIM2REAL_NO_RELAUNCH", "1");
    } else {
      builder.environment().remove("SIM2REAL_NO_RELAUNCH");
    }
    builder.environment().put("OPENBLAS_NUM_THREADS", "1");
    try {
      if (outputFile != null) {
        Files.write(outputFile, new byte[0]);
        builder.redirectOutput(outputFile.toFile());
      }
      return new ChildJvm(builder.start(), markerText, outputFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the marker line was printed; false when the process ended without it. */
  public boolean awaitMarker(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (System.nanoTime() < deadline) {
      if (marker.await(50, TimeUnit.MILLISECONDS)) {
        return true;
      }
      if (!process.isAlive()) {
        if (outputFile == null) {
          drain.join(1000); // the pipe is read to its end
        } else {
          marker.await(200, TimeUnit.MILLISECONDS); // the next poll of the file
        }
        return marker.getCount() == 0;
      }
    }
    return false;
  }

  /**
   * Lets the process run for up to {@code millis} more milliseconds, then kills it (SIGKILL).
   * Returns true when it was killed, false when it had finished by itself before.
   */
  public boolean killAfter(long millis) throws InterruptedException {
    if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    return kill();
  }

  /** SIGKILL now; returns once the process is gone. True when it was still running. */
  public boolean kill() throws InterruptedException {
    boolean wasAlive = process.isAlive();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    return wasAlive;
  }

  /** The process (the launcher, for {@link #startRelaunching}). */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** Sends {@code signal} (e.g. "INT", "TERM", "KILL") to the process with the kill command. */
  public static void signal(ProcessHandle target, String signal) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(target.pid()))
          .redirectErrorStream(true).start();
      if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new AssertionError("kill -" + signal + " " + target.pid() + " failed: "
            + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits for a normal end and returns the exit code. */
  public int waitFor(long timeout, TimeUnit unit) throws InterruptedException {
    if (!process.waitFor(timeout, unit)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish in " + timeout + " " + unit + ":\n" + output);
    }
    if (outputFile == null) {
      drain.join(5000); // a file is followed until completeOutput
    }
    return process.exitValue();
  }

  public String output() {
    return output.toString();
  }

  /**
   * The whole output, once every process writing to it has ended: after a SIGKILL of this
   * process, a JVM it started (which inherited its output) may still have been writing.
   */
  public String completeOutput(long timeout, TimeUnit unit) throws InterruptedException {
    stopTailing = true;
    drain.join(unit.toMillis(timeout));
    if (drain.isAlive()) {
      throw new AssertionError("the output was not closed in " + timeout + " " + unit + ":\n"
          + output);
    }
    return output.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
