package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

  /** Refuses what an adaptive study cannot do, before any data is read. */
  static void check(StudyDesign design, ShardSpec shard) {
    if (design.adaptive() == null) {
      return;
    }
    if (shard.count() > 1) {
      throw new UserFacingException("--shard: an adaptive study (--question) runs in waves that"
          + " each need the results of the one before, so it cannot be split into shards; run it"
          + " whole, or run the fixed grid with --shard");
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
  }

  static StudyOutcome run(StudyPlan plan, Path out, int threads, RunControl control,
      ProgressListener progress, PrintWriter console) {
    try {
      return AdaptiveStudy.run(plan, out, threads, control, progress, new WavePrinter(console),
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
