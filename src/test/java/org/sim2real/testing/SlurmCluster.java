package org.sim2real.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A real single-node Slurm cluster for one test class, started from the Debian packages
 * ({@code slurm-wlm}, {@code munge}) without systemd: a MUNGE daemon with a fresh key, slurmctld
 * and slurmd in the foreground with a generated slurm.conf, all in a temporary folder, on free
 * ports, so it touches no system configuration and no other cluster. The node offers the
 * machine's cores and most of its memory; jobs run as the user who runs the tests (root: slurmd
 * must be root to start jobs).
 *
 * <p>When Slurm is not installed, the tests do not run as root, or the daemons do not come up,
 * {@link #start} aborts the test with a message saying why (a skip, never a silent pass). Slurm's
 * own commands get the cluster through {@link #environment()} ({@code SLURM_CONF}).
 */
public final class SlurmCluster implements AutoCloseable {
  private static final List<String> PROGRAMS = List.of("munged", "slurmctld", "slurmd", "sbatch",
      "squeue", "scontrol", "scancel", "sinfo");
  private final Path dir;
  private final Path conf;
  private final List<Process> daemons = new ArrayList<>();
  private final Thread cleanup;
  private boolean closed;

  private SlurmCluster(Path dir) {
    this.dir = dir;
    this.conf = dir.resolve("slurm.conf");
    this.cleanup = new Thread(this::stopDaemons, "slurm-cluster-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Starts the cluster in {@code dir}, or aborts the test (with the reason) when it cannot. */
  public static SlurmCluster start(Path dir) throws IOException, InterruptedException {
    for (String program : PROGRAMS) {
      Assumptions.assumeTrue(find(program) != null, () -> "Slurm is not installed (" + program
          + " not found; install the Debian packages slurm-wlm and munge): the real-cluster test"
          + " does not run");
    }
    String user = output(List.of("id", "-u"), Map.of()).strip();
    Assumptions.assumeTrue("0".equals(user), "the real-cluster test starts slurmd, which must run"
        + " as root; the tests run as uid " + user);
    SlurmCluster cluster = new SlurmCluster(dir);
    try {
      cluster.startDaemons();
      return cluster;
    } catch (RuntimeException | IOException | InterruptedException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void startDaemons() throws IOException, InterruptedException {
    Path munge = Files.createDirectories(dir.resolve("munge"));
    Files.setPosixFilePermissions(munge, PosixFilePermissions.fromString("rwx------"));
    Path key = munge.resolve("munge.key");
    byte[] secret = new byte[128];
    new SecureRandom().nextBytes(secret);
    Files.write(key, secret);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
    Path socketDir = Files.createDirectories(dir.resolve("munge-socket"));
    Files.setPosixFilePermissions(socketDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path socket = socketDir.resolve("munge.socket");
    daemon("munged", List.of(find("munged"), "--foreground", "--force", "--socket=" + socket,
        "--key-file=" + key, "--pid-file=" + munge.resolve("munged.pid"),
        "--log-file=" + munge.resolve("munged.log"), "--seed-file=" + munge.resolve("seed")));
    if (!waitUntil(Duration.ofSeconds(30), () -> Files.exists(socket))) {
      abort("munged did not create its socket", munge.resolve("munged.log"));
    }
    writeConfiguration(socket);
    daemon("slurmctld", List.of(find("slurmctld"), "-D", "-f", conf.toString()));
    daemon("slurmd", List.of(find("slurmd"), "-D", "-f", conf.toString()));
    if (!waitUntil(Duration.ofSeconds(90), this::nodeIsIdle)) {
      abort("the node did not become idle in 90 s", dir.resolve("log/slurmctld.log"),
          dir.resolve("log/slurmd.log"), dir.resolve("slurmctld.out"),
          dir.resolve("slurmd.out"));
    }
  }

  private void writeConfiguration(Path mungeSocket) throws IOException, InterruptedException {
    String host = output(List.of("hostname", "-s"), Map.of()).strip();
    int cpus = Runtime.getRuntime().availableProcessors();
    long memoryMb = memoryMegabytes() * 8 / 10;
    Files.createDirectories(dir.resolve("state"));
    Files.createDirectories(dir.resolve("spool"));
    Files.createDirectories(dir.resolve("log"));
    String text = String.join("\n",
        "ClusterName=s2rtest",
        "SlurmctldHost=" + host + "(127.0.0.1)",
        "SlurmctldPort=" + freePort(),
        "SlurmdPort=" + freePort(),
        "SlurmUser=root",
        "SlurmdUser=root",
        "AuthType=auth/munge",
        "AuthInfo=socket=" + mungeSocket,
        "CredType=cred/munge",
        "StateSaveLocation=" + dir.resolve("state"),
        "SlurmdSpoolDir=" + dir.resolve("spool"),
        "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
        "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
        "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
        "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core_Memory",
        "SchedulerType=sched/backfill",
        "JobRequeue=1",
        "ReturnToService=2",
        "MpiDefault=none",
        "JobAcctGatherType=jobacct_gather/none",
        "AccountingStorageType=accounting_storage/none",
        "JobCompType=jobcomp/none",
        "SlurmctldTimeout=30",
        "SlurmdTimeout=30",
        "InactiveLimit=0",
        "MinJobAge=600",
        "KillWait=10",
        "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " RealMemory=" + memoryMb
            + " State=UNKNOWN",
        "PartitionName=s2r Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP",
        "");
    Files.writeString(conf, text);
  }

  private boolean nodeIsIdle() {
    try {
      return output(List.of(find("sinfo"), "--noheader", "--format=%T"), environment())
          .strip().startsWith("idle");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** The environment Slurm's commands need to reach this cluster. */
  public Map<String, String> environment() {
    return Map.of("SLURM_CONF", conf.toString());
  }

  /** Runs a Slurm command (or any program) against this cluster; fails on a non-zero exit. */
  public String run(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of(command));
    String program = find(full.get(0));
    if (program != null) {
      full.set(0, program);
    }
    return output(full, environment());
  }

  /** The state squeue reports for a job or array task ("RUNNING"), or "" when it has none. */
  public String state(String jobId) throws IOException, InterruptedException {
    return run("squeue", "--noheader", "--array", "--states=all", "--jobs=" + jobId,
        "--format=%T").strip();
  }

  /** Waits (polling once a second, at most {@code timeout}) until the condition holds. */
  public static boolean waitUntil(Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(500);
    }
    return condition.getAsBoolean();
  }

  private void daemon(String name, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".out").toFile());
    builder.environment().putAll(environment());
    daemons.add(builder.start());
  }

  private void abort(String what, Path... logs) {
    StringBuilder tail = new StringBuilder();
    for (Path log : logs) {
      if (Files.exists(log)) {
        try {
          List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
          tail.append("\n--- ").append(log.getFileName()).append(":\n").append(String.join("\n",
              lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        } catch (IOException e) {
          tail.append("\n--- ").append(log).append(": ").append(e);
        }
      }
    }
    close();
    Assumptions.abort("Slurm could not be started here (" + what + "), so the real-cluster test"
        + " does not run." + tail);
  }

  /** Cancels every job, then stops slurmd, slurmctld and munged. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (Files.exists(conf)) {
        output(List.of(find("scancel"), "--user=root"), environment());
        waitUntil(Duration.ofSeconds(30), () -> {
          try {
            return output(List.of(find("squeue"), "--noheader"), environment()).isBlank();
          } catch (IOException | InterruptedException e) {
            return true;
          }
        });
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      // the daemons are stopped below in any case
    }
    stopDaemons();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running
    }
  }

  private void stopDaemons() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process daemon = daemons.get(i);
      daemon.destroy();
      try {
        if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
          daemon.destroyForcibly();
          daemon.waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        daemon.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    daemons.clear();
  }

  private static String output(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(command + " did not finish in 60 s");
    }
    if (process.exitValue() != 0) {
      throw new IOException(command + " failed (exit " + process.exitValue() + "): " + text);
    }
    return text;
  }

  /** The program's path on the PATH or in the sbin folders Debian puts the daemons in. */
  private static String find(String program) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "")
        .split(":")));
    dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
    for (String d : dirs) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return Path.of(d, program).toString();
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long memoryMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    throw new UncheckedIOException(new IOException("no MemTotal in /proc/meminfo"));
  }

  /** A copy of the environment with this cluster's settings, for processes the test starts. */
  public Map<String, String> processEnvironment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(environment());
    return env;
  }
}
