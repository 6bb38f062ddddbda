package org.sim2real.core.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;

/**
 * What a study asks of a Slurm cluster: a job array of {@code shards} tasks, each with its cores,
 * memory and time limit, plus the merge job. Validated here, since every value ends up in a
 * batch script: names and options are restricted to characters that need no quoting.
 *
 * @param name the job name (letters, digits, {@code - _ .})
 * @param cpusPerShard cores per array task; the run trains that many cells at once
 * @param memoryMegabytes memory per array task (Slurm's {@code --mem})
 * @param heapMegabytes the Java heap inside it ({@code -Xmx})
 * @param partition Slurm partition, or null for the cluster's default
 * @param account Slurm account, or null for the user's default
 * @param maxRequeues how often a shard requeues itself when its time limit is near
 * @param extraOptions further {@code #SBATCH} options of the array and the merge job, e.g.
 *     {@code --qos=short}
 */
public record ClusterJob(String name, int shards, int cpusPerShard, long memoryMegabytes,
    long heapMegabytes, Duration timeLimit, @Nullable String partition, @Nullable String account,
    int maxRequeues, List<String> extraOptions) {
  /** Slurm's default MaxArraySize is 1001: array indices 0 to 1000. */
  public static final int MAX_SHARDS = 1000;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern SLURM_WORD = Pattern.compile("[A-Za-z0-9_.,:=+/@-]{1,200}");

  public ClusterJob {
    extraOptions = List.copyOf(extraOptions);
    if (!NAME.matcher(name).matches()) {
      throw new UserFacingException("job name " + InputEcho.quote(name) + ": use 1 to 64 letters,"
          + " digits, '-', '_' or '.'");
    }
    if (shards < 1 || shards > MAX_SHARDS) {
      throw new UserFacingException("shards must be from 1 to " + MAX_SHARDS + " (Slurm's default"
          + " largest job array), got " + shards);
    }
    if (cpusPerShard < 1 || cpusPerShard > 1024) {
      throw new UserFacingException("cores per shard must be from 1 to 1024, got " + cpusPerShard);
    }
    if (heapMegabytes < 256) {
      throw new UserFacingException("the Java heap must be at least 256 MB, got " + heapMegabytes);
    }
    if (memoryMegabytes < heapMegabytes + 128) {
      throw new UserFacingException("the memory per shard (" + memoryMegabytes + " MB) must exceed"
          + " the Java heap (" + heapMegabytes + " MB) by at least 128 MB: the JVM needs memory"
          + " outside its heap");
    }
    if (timeLimit.compareTo(Duration.ofMinutes(1)) < 0 || timeLimit.toDays() > 365) {
      throw new UserFacingException("the time limit must be from 1 minute to 365 days, got "
          + slurmTime(timeLimit));
    }
    checkWord("partition", partition);
    checkWord("account", account);
    if (maxRequeues < 0 || maxRequeues > 100) {
      throw new UserFacingException("requeues must be from 0 to 100, got " + maxRequeues);
    }
    for (String option : extraOptions) {
      if (!option.startsWith("--") || !SLURM_WORD.matcher(option.substring(2)).matches()) {
        throw new UserFacingException("sbatch option " + InputEcho.quote(option) + ": give one"
            + " option like --qos=short (letters, digits and = , : . _ - + / @, no spaces)");
      }
    }
  }

  private static void checkWord(String what, @Nullable String value) {
    if (value != null && !SLURM_WORD.matcher(value).matches()) {
      throw new UserFacingException(what + " " + InputEcho.quote(value) + ": use letters, digits"
          + " and - _ . , only");
    }
  }

  /** A job name from a study's name: unusable characters become '-'. */
  public static String nameFor(@Nullable String studyName) {
    String base = studyName == null || studyName.isBlank() ? "study" : studyName.strip();
    String cleaned = base.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
    cleaned = cleaned.isEmpty() ? "study" : cleaned;
    String name = "s2r-" + cleaned;
    // squeue shows the first 8 characters by default: short names read better
    return name.length() > 32 ? name.substring(0, 32).replaceAll("[-.]+$", "") : name;
  }

  /** Slurm's time format: "HH:MM:SS", or "D-HH:MM:SS" from a day on. */
  public static String slurmTime(Duration time) {
    long seconds = Math.max(0, time.toSeconds());
    long days = seconds / 86_400;
    String clock = String.format(Locale.ROOT, "%02d:%02d:%02d", (seconds % 86_400) / 3600,
        (seconds % 3600) / 60, seconds % 60);
    return days > 0 ? days + "-" + clock : clock;
  }

  /**
   * Reads a time limit as Slurm writes it: "MM", "HH:MM:SS", "D-HH", "D-HH:MM" or
   * "D-HH:MM:SS", or with a unit: "90m", "4h", "2d".
   */
  public static Duration parseTime(String text) {
    String t = text.strip();
    try {
      if (t.matches("\\d+[mhd]")) {
        long value = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
          case 'm' -> Duration.ofMinutes(value);
          case 'h' -> Duration.ofHours(value);
          default -> Duration.ofDays(value);
        };
      }
      long days = 0;
      String clock = t;
      int dash = t.indexOf('-');
      if (dash > 0) {
        days = Long.parseLong(t.substring(0, dash));
        clock = t.substring(dash + 1);
      }
      String[] parts = clock.split(":", -1);
      long h;
      long m;
      long s;
      if (dash > 0) {
        h = Long.parseLong(parts[0]);
        m = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        s = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
      } else if (parts.length == 1) {
        h = 0;
        m = Long.parseLong(parts[0]);
        s = 0;
      } else if (parts.length == 2) {
        h = 0;
        m = Long.parseLong(parts[0]);
        s = Long.parseLong(parts[1]);
      } else {
        h = Long.parseLong(parts[0]);
        m = Long.parseLong(parts[1]);
        s = Long.parseLong(parts[2]);
      }
      if (parts.length > 3 || h < 0 || m < 0 || s < 0) {
        throw new NumberFormatException();
      }
      return Duration.ofDays(days).plusHours(h).plusMinutes(m).plusSeconds(s);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UserFacingException("time " + InputEcho.quote(text) + ": write HH:MM:SS (e.g."
          + " 04:00:00), D-HH:MM:SS, or a number with m, h or d (e.g. 90m)");
    }
  }

  /** Reads a memory size: megabytes, or with a unit M, G or T (e.g. 4G). */
  public static long parseMegabytes(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    try {
      if (t.endsWith("T")) {
        return Math.multiplyExact(Long.parseLong(t.substring(0, t.length() - 1)), 1024L * 1024);
      }
      if (t.endsWith("G")) {
        return Math.multiplyExact(Long.parseLong(t.substring(0, t.length() - 1)), 1024L);
      }
      if (t.endsWith("M")) {
        return Long.parseLong(t.substring(0, t.length() - 1));
      }
      return Long.parseLong(t);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UserFacingException("memory " + InputEcho.quote(text) + ": write megabytes, or a"
          + " number with M, G or T (e.g. 4G)");
    }
  }
}
