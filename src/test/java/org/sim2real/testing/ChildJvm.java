package org.sim2real.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running one of our main classes on the test class path (as ScalarFallbackTest
 * starts its probe), with the application's JVM flags, so that a test can kill it at a chosen
 * moment ({@link Process#destroyForcibly()}: SIGKILL, no shutdown hooks, no finally blocks).
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final CountDownLatch marker = new CountDownLatch(1);
  private final Thread drain;

  private ChildJvm(Process process, String markerText) {
    this.process = process;
    this.drain = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          output.append(line).append('\n');
          if (line.contains(markerText)) {
            marker.countDown();
          }
        }
      } catch (IOException e) {
        // the process was killed: its pipe closes
      }
    }, "child-jvm-output");
    drain.setDaemon(true);
    drain.start();
  }

  /**
   * Starts {@code mainClass args} in a new JVM.
   *
   * @param markerText a line of output containing it releases {@link #awaitMarker}
   */
  public static ChildJvm start(Class<?> mainClass, String markerText, List<String> args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC",
        "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dsim2real.relaunched=true", "-Dfile.encoding=UTF-8"));
    String kernel = System.getProperty("sim2real.mlp.kernel");
    if (kernel != null) {
      command.add("-Dsim2real.mlp.kernel=" + kernel);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SIM2REAL_NO_RELAUNCH", "1");
    builder.environment().put("OPENBLAS_NUM_THREADS", "1");
    try {
      return new ChildJvm(builder.start(), markerText);
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
        drain.join(1000);
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

  /** Waits for a normal end and returns the exit code. */
  public int waitFor(long timeout, TimeUnit unit) throws InterruptedException {
    if (!process.waitFor(timeout, unit)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish in " + timeout + " " + unit + ":\n" + output);
    }
    drain.join(5000);
    return process.exitValue();
  }

  public String output() {
    return output.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
