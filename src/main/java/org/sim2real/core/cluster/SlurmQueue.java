package org.sim2real.core.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What Slurm says about the jobs of a cluster folder: the job ids that {@code submit.sh} wrote
 * into {@value ClusterFolder#JOBS_FILE}, and per array task and for the merge job the state that
 * {@code squeue} reports (it knows finished jobs only for a few minutes; the shards' ledgers say
 * the rest).
 */
public final class SlurmQueue {
  /** States in which a job will still run or runs now. */
  static final Set<String> ACTIVE = Set.of("PENDING", "RUNNING", "REQUEUED", "REQUEUE_HOLD",
      "REQUEUE_FED", "CONFIGURING", "COMPLETING", "RESIZING", "SUSPENDED", "SIGNALING",
      "STAGE_OUT", "RESV_DEL_HOLD");
  private static final Pattern TASK = Pattern.compile("(\\d+)_(\\d+)");

  /** Runs a command and returns its standard output, or empty when it cannot run or fails. */
  @FunctionalInterface
  public interface CommandRunner {
    Optional<String> run(List<String> command);

    /** The real one: runs the program found on the PATH, for at most 30 seconds. */
    static CommandRunner system() {
      return command -> {
        try {
          Process process = new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.DISCARD).start();
          process.getOutputStream().close();
          byte[] out = process.getInputStream().readAllBytes();
          if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
          }
          return process.exitValue() == 0
              ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
          return Optional.empty();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
      };
    }
  }

  /**
   * One job (or array task) as squeue shows it.
   *
   * @param state e.g. PENDING, RUNNING, COMPLETED, FAILED, TIMEOUT, CANCELLED
   * @param elapsed run time so far, as squeue writes it
   * @param where the node, or why it waits (e.g. "Dependency", "Resources")
   */
  public record Task(String jobId, String state, String elapsed, String where) {
    public boolean active() {
      return ACTIVE.contains(state);
    }
  }

  /**
   * The job ids of a folder: the array job that last ran each shard, and the last merge job.
   */
  public record Jobs(Map<Integer, String> arrayJobOfShard, @Nullable String mergeJob) {
    public Jobs {
      arrayJobOfShard = Map.copyOf(arrayJobOfShard);
    }

    public boolean submitted() {
      return !arrayJobOfShard.isEmpty() || mergeJob != null;
    }
  }

  private SlurmQueue() {}

  /** Reads {@value ClusterFolder#JOBS_FILE}; nothing submitted when it is missing. */
  public static Jobs jobs(Path folder, int shards) {
    Path file = folder.resolve(ClusterFolder.JOBS_FILE);
    if (!Files.isRegularFile(file)) {
      return new Jobs(Map.of(), null);
    }
    try {
      return parseJobs(Files.readString(file, StandardCharsets.UTF_8), shards);
    } catch (IOException e) {
      return new Jobs(Map.of(), null);
    }
  }

  static Jobs parseJobs(String text, int shards) {
    Map<Integer, String> byShard = new LinkedHashMap<>();
    String merge = null;
    for (String line : text.split("\n", -1)) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 2 && words[1].matches("\\d+")) {
        if (words[0].equals("merge")) {
          merge = words[1];
        } else if (words[0].equals("array") && words.length >= 3) {
          for (int shard : tasks(words[2], shards)) {
            byShard.put(shard, words[1]);
          }
        }
      }
    }
    return new Jobs(byShard, merge);
  }

  /** The indices of an --array spec such as "1-8", "3,5" or "1-4,7%2", within 1..shards. */
  static List<Integer> tasks(String spec, int shards) {
    List<Integer> indices = new ArrayList<>();
    String list = spec.contains("%") ? spec.substring(0, spec.indexOf('%')) : spec;
    for (String part : list.split(",")) {
      try {
        String[] range = part.split("-", -1);
        int from = Integer.parseInt(range[0].strip());
        int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
        for (int i = Math.max(1, from); i <= Math.min(shards, to); i++) {
          indices.add(i);
        }
      } catch (NumberFormatException e) {
        // not written by submit.sh: nothing to learn from it
      }
    }
    return indices;
  }

  /**
   * The tasks of the array jobs and the merge job as squeue reports them now; empty maps when
   * squeue is not there or knows none of them.
   *
   * @return shard index to its task, and under key 0 the merge job
   */
  public static Map<Integer, Task> query(Jobs jobs, CommandRunner runner) {
    Map<Integer, Task> found = new LinkedHashMap<>();
    for (String arrayJob : jobs.arrayJobOfShard().values().stream().distinct().toList()) {
      for (Task task : squeue(arrayJob, runner)) {
        Matcher m = TASK.matcher(task.jobId());
        if (m.matches()) {
          int shard = Integer.parseInt(m.group(2));
          if (arrayJob.equals(jobs.arrayJobOfShard().get(shard))) {
            found.put(shard, task);
          }
        }
      }
    }
    if (jobs.mergeJob() != null) {
      for (Task task : squeue(jobs.mergeJob(), runner)) {
        if (task.jobId().equals(jobs.mergeJob())) {
          found.put(0, task);
        }
      }
    }
    return found;
  }

  private static List<Task> squeue(String jobId, CommandRunner runner) {
    return runner.run(List.of("squeue", "--noheader", "--array", "--states=all", "--jobs=" + jobId,
        "--format=%i|%T|%M|%R")).map(SlurmQueue::parse).orElse(List.of());
  }

  /** Lines "jobid|STATE|elapsed|node or reason". */
  static List<Task> parse(String squeueOutput) {
    List<Task> tasks = new ArrayList<>();
    for (String line : squeueOutput.split("\n")) {
      String[] fields = line.strip().split("\\|", -1);
      if (fields.length == 4 && !fields[0].isEmpty()) {
        tasks.add(new Task(fields[0], fields[1], fields[2], fields[3]));
      }
    }
    return tasks;
  }

  /** Whether a program is on the PATH (sbatch, squeue). */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
