package org.sim2real.cli;

import java.io.PrintWriter;
import org.sim2real.core.study.adaptive.WaveLines;
import org.sim2real.core.study.adaptive.WaveListener;
import org.sim2real.core.study.adaptive.WaveReport;

/**
 * Prints an adaptive study's waves: the answer so far with its interval, the chosen cells with the
 * reason, the compute spent and projected, and the verdict.
 */
final class WavePrinter implements WaveListener {
  private final PrintWriter out;

  WavePrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void wave(WaveReport report) {
    WaveLines.of(report).forEach(out::println);
    out.flush();
  }
}
