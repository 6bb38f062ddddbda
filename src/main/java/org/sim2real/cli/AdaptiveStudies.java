package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.adaptive.AdaptiveStudy;
import org.sim2real.core.study.adaptive.WavePlanner;

/** {@code run --question}: an adaptive study on the terminal. */
final class AdaptiveStudies {
  private AdaptiveStudies() {}

  /**
   * Refuses what an adaptive study cannot do, before any data is read.
   *
   * @return the results folders of the study's shards in order (just {@code out} when it is not
   *     split)
   */
  static List<Path> check(StudyDesign design, ShardSpec shard, @Nullable List<Path> shardFolders,
      Path out) {
    boolean split = design.adaptive() != null && shard.count() > 1;
    if (shardFolders != null && !split) {
      throw new UserFacingException("--shard-folders belongs to an adaptive study split into"
          + " shards (--question with --shard i/N); a fixed grid's shards run on their own and"
          + " are merged afterwards");
    }
    if (design.adaptive() == null) {
      return List.of(out);
    }
    if (split) {
      if (shardFolders == null) {
        throw new UserFacingException("--shard: an adaptive study (--question) runs in waves that"
            + " each need the results of the one before, from every shard; give --shard-folders"
            + " with the results folders of all " + shard.count() + " shards (--out among them)");
      }
      if (shardFolders.size() != shard.count()) {
        throw new UserFacingException("--shard-folders: --shard " + shard + " needs the folders of"
            + " all " + shard.count() + " shards in order, got " + shardFolders.size());
      }
      Path mine = shardFolders.get(shard.index() - 1);
      if (!same(mine, out)) {
        throw new UserFacingException("--shard-folders: folder " + shard.index() + " of the list ("
            + mine + ") must be this shard's --out (" + out + ")");
      }
      if (new HashSet<>(shardFolders.stream().map(AdaptiveStudies::normal).toList()).size()
          != shardFolders.size()) {
        throw new UserFacingException("--shard-folders: every shard needs a folder of its own;"
            + " the list names one folder twice");
      }
    }
    if (design.adaptive().question() == AdaptiveSettings.Question.RANKING) {
      String problem = AdaptiveStudy.problem(design);
      if (problem != null) {
        throw new UserFacingException("--question ranking: " + problem
            + (design.sources().isEmpty() ? " (--sim NAME=FILE, --cost NAME=COST)"
            : " (--cost NAME=COST; the primary simulation gets a name with --sim NAME=FILE)"));
      }
    } else if (AdaptiveStudy.problem(design) != null) {
      throw new UserFacingException("--question: an adaptive study asks about the primary"
          + " simulation only; drop the named sources (--sim NAME=FILE) or run the fixed grid");
    }
    return split ? List.copyOf(shardFolders) : List.of(out);
  }

  private static boolean same(Path a, Path b) {
    return normal(a).equals(normal(b));
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  static StudyOutcome run(StudyPlan plan, List<Path> folders, ShardSpec shard, int threads,
      RunControl control, ProgressListener progress, PrintWriter console) {
    try {
      return AdaptiveStudy.run(plan, folders, shard, threads, control, progress,
          new WavePrinter(console),
          note -> {
            console.println(note);
            console.flush();
          });
    } catch (UserFacingException e) {
      throw e.getMessage().startsWith("budget of cells:")
          ? new UserFacingException("--budget-cells:" + e.getMessage()
              .substring("budget of cells:".length()), e) : e;
    }
  }
}
