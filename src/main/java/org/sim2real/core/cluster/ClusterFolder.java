package org.sim2real.core.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.AppInfo;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.WorkOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A study prepared for a Slurm cluster, as one folder on a shared file system:
 *
 * <pre>
 *   design.json      the resolved design, data files by absolute path (an adaptive study's
 *                    question in it: its shards then run the waves together)
 *   cluster.json     what was written: design hash, shards, cells, resources and their estimate
 *   study.sbatch     the job array: task i runs shard i into shards/shard-i (resumable)
 *   merge.sbatch     checks that every shard is complete, then merges them into results/
 *   submit.sh        submits both (the merge after the array); ./submit.sh 3,5 reruns shards
 *   jobs.txt         the job ids submit.sh got, for the status command
 *   shards/shard-i/  the results folder of shard i (ledger, test errors, tables, cache)
 *   results/         the merged results, once the merge has run
 *   logs/            the output of every task and of the merge
 * </pre>
 *
 * Writing the folder again for the same design (other resources, say) keeps the shards' results;
 * a folder of another design, or one with other files, is refused.
 */
public final class ClusterFolder {
  public static final String INFO_FILE = "cluster.json";
  public static final String DESIGN_FILE = "design.json";
  public static final String STUDY_SCRIPT = "study.sbatch";
  public static final String MERGE_SCRIPT = "merge.sbatch";
  public static final String SUBMIT_SCRIPT = "submit.sh";
  public static final String JOBS_FILE = "jobs.txt";
  public static final String SHARDS_DIR = "shards";
  public static final String RESULTS_DIR = "results";
  public static final String LOGS_DIR = "logs";
  static final String FORMAT = "sim2real-cluster-folder";
  static final int VERSION = 1;
  private static final JsonMapper JSON = UntrustedJson.mapperBuilder(false).build();
  private static final UntrustedJson.DocumentKind KIND = new UntrustedJson.DocumentKind(
      "cluster description", "a cluster folder of the workbench",
      "Choose a folder written by the 'slurm' command (it holds " + INFO_FILE + ").",
      file -> "Write the folder again with the 'slurm' command.",
      file -> " Write the folder again with the 'slurm' command.");

  /**
   * What cluster.json holds.
   *
   * @param cells the study's cells; an adaptive study's full grid, the most it may run
   * @param cellsPerShard the cells of shard 1, 2, ... N; empty for an adaptive study, whose
   *     shards' cells are chosen wave by wave as it runs
   * @param timeLimit Slurm's time format
   * @param written when the folder was written (ISO-8601, UTC)
   * @param estimate how the resources were estimated, in words
   * @param adaptive an adaptive study's question, precision and budget in words ("error at n =
   *     1,600, within ±0.001, budget 14 cells"); null for a fixed grid
   */
  public record Info(String format, int version, String name, String designHash, int shards,
      int cells, List<Integer> cellsPerShard, int cpusPerShard, long memoryMegabytes,
      long heapMegabytes, String timeLimit, @Nullable String partition, @Nullable String account,
      int maxRequeues, String written, String workbench, List<String> estimate,
      @Nullable String adaptive) {
    public Info {
      cellsPerShard = List.copyOf(cellsPerShard);
      estimate = List.copyOf(estimate);
    }

    public boolean adaptiveStudy() {
      return adaptive != null;
    }
  }

  private ClusterFolder() {}

  public static Path shardFolder(Path folder, int index) {
    return folder.resolve(SHARDS_DIR).resolve("shard-" + index);
  }

  /** The results folders of shards 1 to {@code shards}, in order. */
  public static List<Path> shardFolders(Path folder, int shards) {
    List<Path> folders = new ArrayList<>();
    for (int i = 1; i <= shards; i++) {
      folders.add(shardFolder(folder, i));
    }
    return folders;
  }

  public static Path results(Path folder) {
    return folder.resolve(RESULTS_DIR);
  }

  /**
   * Writes the folder for {@code plan}, the study planned from a design whose relative data
   * paths are relative to {@code dataBase}.
   *
   * @param resources how the job's resources came about, in words (kept in cluster.json)
   */
  public static Info write(Path folder, StudyPlan plan, Path dataBase, ClusterJob job,
      WorkbenchLauncher launcher, List<String> resources) {
    List<WorkOrder.Group> groups = WorkOrder.groups(plan.design());
    if (job.shards() > groups.size()) {
      throw new UserFacingException("this design has " + groups.size() + " work groups (each"
          + " pretrained model with its cells, and each scratch baseline), so it splits into at"
          + " most " + groups.size() + " shards, not " + job.shards());
    }
    checkFolder(folder, plan.designHash());
    AdaptiveSettings adaptive = plan.design().adaptive();
    List<Integer> perShard = new ArrayList<>();
    for (int i = 1; adaptive == null && i <= job.shards(); i++) {
      perShard.add(WorkOrder.groups(plan.design(), new ShardSpec(i, job.shards())).stream()
          .mapToInt(g -> g.cells().size()).sum());
    }
    int cells = plan.cells().size();
    String written = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String studyName = plan.design().name() == null ? "\"study\"" : "\"" + plan.design().name()
        + "\"";
    String header = SlurmScripts.header(studyName, plan.designHash(), cells, job.shards(),
        AppInfo.version(), written) + (adaptive == null ? "" : "# An adaptive study ("
        + adaptive.describeQuestion() + "): its waves, chosen as it runs, hold at most these "
        + cells + " cells.\n");
    long mergeHeap = mergeHeapMegabytes(cells, plan.splits().testRows().length);
    Duration mergeTime = Duration.ofMinutes(15 * ((30 + cells / 20_000 + 14) / 15));
    try {
      Files.createDirectories(folder.resolve(LOGS_DIR));
      Files.createDirectories(folder.resolve(SHARDS_DIR));
      DesignJson.write(withAbsoluteDataPaths(plan.design(), dataBase), folder.resolve(DESIGN_FILE));
      writeScript(folder.resolve(STUDY_SCRIPT), SlurmScripts.study(job, launcher, header,
          adaptive != null));
      writeScript(folder.resolve(MERGE_SCRIPT), SlurmScripts.merge(job, launcher, header,
          mergeHeap, mergeHeap + mergeHeap / 4 + 256, mergeTime, adaptive != null));
      writeScript(folder.resolve(SUBMIT_SCRIPT), SlurmScripts.submit(job, adaptive != null));
      Info info = new Info(FORMAT, VERSION, job.name(), plan.designHash(), job.shards(), cells,
          perShard, job.cpusPerShard(), job.memoryMegabytes(), job.heapMegabytes(),
          ClusterJob.slurmTime(job.timeLimit()), job.partition(), job.account(),
          job.maxRequeues(), written, AppInfo.version(), resources,
          adaptive == null ? null : describe(adaptive));
      AtomicFiles.write(folder.resolve(INFO_FILE),
          (JSON.writeValueAsString(info) + "\n").getBytes(StandardCharsets.UTF_8));
      return info;
    } catch (IOException e) {
      throw new UserFacingException("Cannot write the cluster folder " + folder + ": "
          + AtomicFiles.describe(e) + ". Check that it is writable.", e);
    }
  }

  /** "error at n = 1,600, within ±0.001, budget 14 cells". */
  static String describe(AdaptiveSettings adaptive) {
    boolean budget = adaptive.budgetCells() != null || adaptive.budgetCpuMinutes() != null;
    return adaptive.describeQuestion() + ", " + adaptive.describePrecision()
        + (budget ? ", budget " + adaptive.describeBudget() : "");
  }

  /** Reads cluster.json of a folder written by {@link #write}. */
  public static Info read(Path folder) {
    Path file = folder.resolve(INFO_FILE);
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException(folder + " is not a cluster folder of the workbench (it has"
          + " no " + INFO_FILE + "); choose the folder the 'slurm' command wrote");
    }
    Info info;
    try {
      if (Files.size(file) > UntrustedJson.MAX_DOCUMENT_BYTES) {
        throw new UserFacingException(file + " is too large to be a cluster description");
      }
      info = JSON.readValue(Files.readAllBytes(file), Info.class);
    } catch (IOException e) {
      throw new UserFacingException("Cannot read " + file + ": " + AtomicFiles.describe(e), e);
    } catch (JacksonException e) {
      throw UntrustedJson.syntaxError(e, file, KIND);
    }
    if (!FORMAT.equals(info.format()) || info.version() != VERSION || info.shards() < 1
        || info.shards() > ClusterJob.MAX_SHARDS) {
      throw new UserFacingException(file + " is not a cluster description this workbench reads"
          + " (format " + info.format() + " version " + info.version() + ")");
    }
    return info;
  }

  /** The folder may be new or empty, or hold this very study (written again). */
  private static void checkFolder(Path folder, String designHash) {
    if (!Files.isDirectory(folder)) {
      if (Files.exists(folder)) {
        throw new UserFacingException(folder + " is a file; choose a folder for the cluster run");
      }
      return;
    }
    if (Files.exists(folder.resolve(INFO_FILE))) {
      Info existing = read(folder);
      if (!existing.designHash().equals(designHash)) {
        throw new UserFacingException("The folder " + folder + " holds the cluster run of another"
            + " study design (" + existing.designHash().substring(0, 12) + "); choose a new folder,"
            + " or move the old one away. Results of different designs are never mixed.");
      }
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new UserFacingException("The folder " + folder + " is not empty; choose a new or"
            + " empty folder for the cluster run");
      }
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the folder " + folder + ": "
          + AtomicFiles.describe(e), e);
    }
  }

  /**
   * Data paths (the named simulation sources' too, and a splits file) made absolute, so the jobs
   * find them from any folder.
   */
  static StudyDesign withAbsoluteDataPaths(StudyDesign design, Path base) {
    Path b = base.toAbsolutePath().normalize();
    StudyDesign moved = design.withDatasets(absolute(design.simulation(), b),
        absolute(design.experimental(), b),
        design.testSet() == null ? null : absolute(design.testSet(), b))
        .withSources(design.sources().stream()
            .map(source -> source.withDataset(absolute(source.dataset(), b))).toList());
    return design.splitsFile() == null ? moved
        : moved.withSplitsFile(b.resolve(design.splitsFile()).normalize().toString());
  }

  private static DatasetSpec absolute(DatasetSpec spec, Path base) {
    return spec.withPath(base.resolve(spec.path()).normalize().toString());
  }

  /** Every merged cell with its test errors in memory, generously; at least 512 MB. */
  static long mergeHeapMegabytes(int cells, int testRows) {
    long bytes = (long) cells * (4096 + 32L * testRows) * 3 / 2;
    long megabytes = (bytes >> 20) + 1;
    return Math.max(512, (megabytes + 255) / 256 * 256);
  }

  private static void writeScript(Path file, String text) throws IOException {
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    try {
      Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      if (permissions.contains(PosixFilePermission.GROUP_READ)) {
        permissions.add(PosixFilePermission.GROUP_EXECUTE);
      }
      if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
      }
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): 'bash submit.sh' works all the same
    }
  }
}
