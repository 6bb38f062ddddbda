package org.sim2real.core.cluster;

import java.time.Duration;
import java.util.Locale;

/**
 * The text of the Slurm scripts in a cluster folder ({@link ClusterFolder}): {@value
 * ClusterFolder#STUDY_SCRIPT}, the job array whose task i runs shard i (resumable: a requeued,
 * preempted or resubmitted task continues from its ledger; shortly before its time limit it stops
 * cleanly and goes back into the queue); {@value ClusterFolder#MERGE_SCRIPT}, which checks that
 * every shard is complete and merges them; and {@value ClusterFolder#SUBMIT_SCRIPT}, which submits
 * both, the merge depending on the array ({@code afterany}). Every path is relative to the folder.
 *
 * <p>For an adaptive study the array's tasks are the shards of {@code run --shard i/N
 * --shard-folders ...} (core.study.adaptive's {@code ShardedFolderStudy}): every task reads all
 * the shards' folders and they wait for each other between waves, so all of them must run at the
 * same time; the merge job's {@code --expect-shards} replays the study's planner over their
 * ledgers.
 */
final class SlurmScripts {
  /** Slurm signals the batch script this many seconds before the time limit. */
  static final int WARNING_SECONDS = 300;

  private SlurmScripts() {}

  /**
   * @param header what the scripts run: the study's name, design and cells, the writer
   */
  static String study(ClusterJob job, WorkbenchLauncher launcher, String header,
      boolean adaptive) {
    int n = job.shards();
    boolean together = adaptive && n > 1; // one shard runs an adaptive study alone
    return "#!/bin/bash\n"
        + header
        + "# This script is the job array: task i runs shard i of " + n + " into shards/shard-i;"
        + " submit it with\n"
        + (together ? ADAPTIVE_STUDY_NOTE
            : "# ./submit.sh (which also queues merge.sbatch after it), or ./submit.sh 3,5 for"
            + " shards 3 and 5 only.\n")
        + "#\n"
        + (adaptive
            ? "# Resources of each shard, an upper bound from the design with a margin (see"
            + " cluster.json): which\n# cells a shard of an adaptive study runs is known only"
            + " as its waves are chosen. Edit the\n"
            : "# Resources of each shard, estimated from the design with a margin (see"
            + " cluster.json): edit the\n")
        + "# #SBATCH lines if your cluster needs other values; the results do not depend on them.\n"
        + "#SBATCH --job-name=" + job.name() + "\n"
        + "#SBATCH --array=1-" + n + "\n"
        + "#SBATCH --cpus-per-task=" + job.cpusPerShard() + "\n"
        + "#SBATCH --mem=" + job.memoryMegabytes() + "M\n"
        + "#SBATCH --time=" + ClusterJob.slurmTime(job.timeLimit()) + "\n"
        + "#SBATCH --requeue\n"
        + "#SBATCH --open-mode=append\n"
        + "#SBATCH --output=logs/shard-%a.out\n"
        + "#SBATCH --signal=B:USR1@" + WARNING_SECONDS + "\n"
        + placement(job)
        + "\n"
        + "SHARDS=" + n + "\n"
        + "THREADS=" + job.cpusPerShard() + "\n"
        + "MAX_REQUEUES=" + job.maxRequeues() + "\n"
        + "# The workbench on the compute nodes: the installation that wrote this script, under the"
        + " same\n"
        + "# paths (a shared file system). Change the paths if the nodes see them elsewhere.\n"
        + launcher.bashDefinition(job.heapMegabytes(), "logs")
        + "\n"
        + "if [ ! -f cluster.json ] || [ ! -f design.json ]; then\n"
        + "  echo \"s2r: submit this script from its folder (./submit.sh does)\" >&2\n"
        + "  exit 2\n"
        + "fi\n"
        + "shard=${SLURM_ARRAY_TASK_ID:?\"s2r: not a task of a Slurm job array; use ./submit.sh\"}\n"
        + "echo \"s2r: shard $shard/$SHARDS, job ${SLURM_ARRAY_JOB_ID:-}_$shard, start"
        + " $((${SLURM_RESTART_COUNT:-0} + 1)) on $(hostname) at $(date -Is)\"\n"
        + "\n"
        + "# Slurm signals this script (USR1) " + WARNING_SECONDS / 60 + " minutes before the time"
        + " limit: the run stops cleanly and\n"
        + "# the task goes back into the queue (at most MAX_REQUEUES times), to resume from its"
        + " ledger.\n"
        + "# scancel, preemption and the time limit send SIGTERM, which the run answers with a"
        + " clean stop.\n"
        + "requeue=0\n"
        + "pid=\n"
        + "near_time_limit() {\n"
        + "  echo \"s2r: the time limit is near; shard $shard stops cleanly\"\n"
        + "  if [ \"${SLURM_RESTART_COUNT:-0}\" -lt \"$MAX_REQUEUES\" ]; then requeue=1; fi\n"
        + "  [ -n \"$pid\" ] && kill -TERM \"$pid\" 2>/dev/null\n"
        + "}\n"
        + "trap near_time_limit USR1\n"
        + "trap '[ -n \"$pid\" ] && kill -TERM \"$pid\" 2>/dev/null' TERM INT\n"
        + "\n"
        + "# A shard that ran before (requeued, preempted, resubmitted) resumes from its ledger.\n"
        + (together ? "# Every shard plans each wave from all the shards' ledgers (--shard-folders),"
            + " runs its share\n# and waits until the others' ledgers hold the rest.\n" : "")
        + "\"${S2R[@]}\" run design.json --threads \"$THREADS\" --shard \"$shard/$SHARDS\""
        + " --out \"shards/shard-$shard\"" + (together ? " \\\n    --shard-folders "
            + shardFolders(n) : "") + " &\n"
        + "pid=$!\n"
        + "while :; do\n"
        + "  wait \"$pid\"\n"
        + "  status=$?\n"
        + "  kill -0 \"$pid\" 2>/dev/null || break  # a trap interrupted the wait: wait on\n"
        + "done\n"
        + "if [ \"$requeue\" = 1 ]; then\n"
        + "  echo \"s2r: shard $shard goes back into the queue and resumes from its ledger\"\n"
        + "  scontrol requeue \"${SLURM_ARRAY_JOB_ID:-}_$shard\"\n"
        + "fi\n"
        + "echo \"s2r: shard $shard ended with exit code $status at $(date -Is)\"\n"
        + "exit \"$status\"\n";
  }

  static String merge(ClusterJob job, WorkbenchLauncher launcher, String header,
      long heapMegabytes, long memoryMegabytes, Duration time, boolean adaptive) {
    int n = job.shards();
    return "#!/bin/bash\n"
        + header
        + "# This script merges the " + n + " shards into results/ once the job array has ended"
        + " (./submit.sh\n"
        + "# queues it with --dependency=afterany). "
        + (adaptive
            ? "It first checks, by replaying the adaptive study's\n# planner over all the shards'"
            + " ledgers, that the study reached its verdict and that every cell of\n# its waves"
            + " is in a ledger; when not, it names the wave and the cells each shard still owes"
            + " and\n# ends with exit code 3 without merging: run all the shards again with"
            + " ./submit.sh (they resume\n# from their ledgers; the merge follows).\n"
            : "It first checks that every shard holds all of its\n# cells; when one does not, it"
            + " names the shards that lack cells and ends with exit code 3\n# without merging:"
            + " run them again with ./submit.sh 3,5 (which merges again after them).\n")
        + "#SBATCH --job-name=" + job.name() + "-merge\n"
        + "#SBATCH --cpus-per-task=1\n"
        + "#SBATCH --mem=" + memoryMegabytes + "M\n"
        + "#SBATCH --time=" + ClusterJob.slurmTime(time) + "\n"
        + "#SBATCH --output=logs/merge-%j.out\n"
        + placement(job)
        + "\n"
        + launcher.bashDefinition(heapMegabytes, "logs")
        + "\n"
        + "if [ ! -f cluster.json ]; then\n"
        + "  echo \"s2r: submit this script from its folder (./submit.sh does)\" >&2\n"
        + "  exit 2\n"
        + "fi\n"
        + "echo \"s2r: merging " + n + " shards at $(date -Is)\"\n"
        + "rm -rf results.partial\n"
        + "\"${S2R[@]}\" merge --expect-shards " + n + " shards/shard-{1.." + n + "}"
        + " --out results.partial\n"
        + "status=$?\n"
        + "if [ \"$status\" -ne 0 ]; then\n"
        + "  rm -rf results.partial\n"
        + "  exit \"$status\"\n"
        + "fi\n"
        + "rm -rf results.previous\n"
        + "if [ -d results ]; then mv results results.previous; fi\n"
        + "mv results.partial results && rm -rf results.previous\n"
        + "echo \"s2r: the merged results are in $PWD/results\"\n";
  }

  static String submit(ClusterJob job, boolean adaptive) {
    return "#!/bin/bash\n"
        + "# Submits the study to Slurm: the job array of its shards (all of them, or those given,"
        + " e.g.\n"
        + "# ./submit.sh 3,5 to run shards 3 and 5 again) and the merge job, which starts when"
        + " the array\n"
        + "# has ended (--dependency=afterany). The job ids are added to jobs.txt, where the"
        + " workbench's\n"
        + "# 'status' command finds them.\n"
        + (adaptive ? "# The shards of this adaptive study wait for each other between waves:"
            + " give shards only\n# while the others still run; else submit all of them (they"
            + " resume from their ledgers).\n" : "")
        + "set -euo pipefail\n"
        + "cd \"$(dirname \"$0\")\"\n"
        + "tasks=${1:-1-" + job.shards() + "}\n"
        + "array=$(sbatch --parsable --chdir=\"$PWD\" --array=\"$tasks\" study.sbatch)\n"
        + "array=${array%%;*}\n"
        + "merge=$(sbatch --parsable --chdir=\"$PWD\" --dependency=\"afterany:$array\""
        + " merge.sbatch)\n"
        + "merge=${merge%%;*}\n"
        + "echo \"array $array $tasks $(date -Is)\" >> " + ClusterFolder.JOBS_FILE + "\n"
        + "echo \"merge $merge $(date -Is)\" >> " + ClusterFolder.JOBS_FILE + "\n"
        + "echo \"Submitted shards $tasks as job array $array; the merge (job $merge) waits for"
        + " it.\"\n"
        + "echo \"Follow them with: squeue -j $array,$merge  (or the workbench's status"
        + " command on $PWD)\"\n";
  }

  /** What the study script of an adaptive study says about running all its shards at once. */
  private static final String ADAPTIVE_STUDY_NOTE = "# ./submit.sh (which also queues merge.sbatch"
      + " after it).\n"
      + "#\n"
      + "# An adaptive study: ALL THE TASKS MUST RUN AT THE SAME TIME. The shards plan each wave"
      + " together\n"
      + "# from all their ledgers and wait for each other between waves, so a task that waits in"
      + " the queue\n"
      + "# holds up the others (they wait, using their time limit). Do not throttle the array"
      + " (no %k in\n"
      + "# --array), and give it the cores to run every task at once.\n";

  /** "shards/shard-{1..N}", which bash expands into the N shard folders in order. */
  static String shardFolders(int shards) {
    return "shards/shard-{1.." + shards + "}";
  }

  private static String placement(ClusterJob job) {
    StringBuilder sb = new StringBuilder();
    if (job.partition() != null) {
      sb.append("#SBATCH --partition=").append(job.partition()).append('\n');
    }
    if (job.account() != null) {
      sb.append("#SBATCH --account=").append(job.account()).append('\n');
    }
    for (String option : job.extraOptions()) {
      sb.append("#SBATCH ").append(option).append('\n');
    }
    return sb.toString();
  }

  /** "# Sim2Real Workbench: study ... ". Every line starts with '#'. */
  static String header(String studyName, String designHash, int cells, int shards,
      String version, String written) {
    return String.format(Locale.ROOT, "# Sim2Real Workbench %s, written %s: the study%n# %s%n#"
        + " (design %s, %,d cells) in %d shards.%n", version, written,
        studyName.replaceAll("\\p{Cntrl}", " "),
        designHash.substring(0, Math.min(12, designHash.length())), cells, shards);
  }
}
