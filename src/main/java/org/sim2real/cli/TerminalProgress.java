package org.sim2real.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.StudyOutcome;

/**
 * Study progress on a terminal: a redrawn bar with cells done, elapsed time and ETA when the
 * output is a console, one line per finished cell otherwise (logs, CI, SLURM output files).
 */
final class TerminalProgress implements ProgressListener {
  private static final int BAR_WIDTH = 30;
  private final PrintWriter out;
  private final boolean interactive;
  private long lastDraw;

  TerminalProgress(PrintWriter out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  @Override
  public synchronized void studyStarted(Progress progress) {
    out.println("Study: " + progress.cellsTotal() + " cells"
        + (progress.cellsResumed() > 0 ? ", " + progress.cellsResumed() + " already in the ledger (resuming)" : ""));
    out.flush();
  }

  @Override
  public synchronized void workProgress(String label, String phase, double fraction) {
    long now = System.nanoTime();
    if (interactive && now - lastDraw > 250_000_000L) {
      lastDraw = now;
      out.print("\r" + String.format(Locale.ROOT, "%-78s", "  " + label + " " + phase + " "
          + Math.round(100 * fraction) + "%"));
      out.flush();
    }
  }

  @Override
  public synchronized void cellFinished(CellResult result, Progress progress) {
    String line = String.format(Locale.ROOT, "%s %5.1f%% %d/%d  elapsed %s  ETA %s  %s MAE %.4f",
        bar(progress.fraction()), 100 * progress.fraction(), progress.cellsDone(),
        progress.cellsTotal(), duration(progress.elapsed()),
        progress.eta() == null ? "?" : duration(progress.eta()), result.cellId(), result.mae());
    out.print(interactive ? "\r" + String.format(Locale.ROOT, "%-78s", line) + "\n" : line + "\n");
    out.flush();
  }

  @Override
  public synchronized void message(String text) {
    out.println((interactive ? "\r" : "") + "note: " + text);
    out.flush();
  }

  @Override
  public synchronized void studyFinished(StudyOutcome outcome) {
    Progress p = outcome.progress();
    out.println((interactive ? "\r" : "") + switch (outcome.status()) {
      case COMPLETED -> "Finished: " + p.cellsDone() + " cells in " + duration(p.elapsed());
      case CANCELLED -> "Stopped after " + p.cellsDone() + " of " + p.cellsTotal()
          + " cells; run the same command again to resume.";
      case INCOMPLETE -> "Incomplete: " + p.cellsDone() + " of " + p.cellsTotal() + " cells; "
          + (outcome.memory() == null ? 0 : outcome.memory().cells().size())
          + " did not fit in memory (see below)";
      case FAILED -> "Finished with errors: " + p.cellsDone() + " of " + p.cellsTotal() + " cells";
    });
    for (String failure : outcome.failures()) {
      out.println("  error: " + failure);
    }
    out.flush();
  }

  private static String bar(double fraction) {
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
  }

  static String duration(Duration d) {
    long s = d.toSeconds();
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
