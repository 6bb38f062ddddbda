package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code backtest DIR_OR_TABLE}: how well the workbench would have forecast this study had it
 * stopped earlier, forecast by forecast, with the coverage of the bands.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replays the analysis as if the study had stopped at each smaller largest n (the window, law"
          + " form and law it would have chosen there, seeing no later size) and lists each"
          + " forecast of a later measured size against what was measured, with its 90%% band and"
          + " whether the band held it; then the share that held, overall and by how far the"
          + " forecast reached. This is the evidence behind a forecast's trust grade."
    })
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScalingInputOptions input = new ScalingInputOptions();

  @Override
  public Integer call() {
    ScalingAnalysis analysis = input.analyze();
    PrintWriter out = spec.commandLine().getOut();
    if (input.json) {
      out.println(ScalingJson.write(analysis.curves().stream()
          .map(c -> new Replay(c.label(), c.backTests(), c.lawBackTests())).toList()));
    } else {
      write(out, analysis);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The JSON form of one curve's replay. */
  record Replay(String curve, RollingBackTest replay, RollingBackTest lawForm) {}

  static void write(PrintWriter out, ScalingAnalysis analysis) {
    out.println("Back-test of " + analysis.source() + ": every forecast the analysis would have"
        + " made had the study stopped earlier, against what was measured later.");
    for (CurveAnalysis c : analysis.curves()) {
      out.println();
      out.println("== " + c.label() + " ==");
      RollingBackTest replay = c.backTests();
      out.println(replay.sentence());
      if (replay.isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "  %12s  %12s  %7s  %-22s %-26s %-8s %s%n", "fitted up to",
          "forecast of", "reach", "law form", "forecast (90% band)", "measured", "");
      for (BackTest t : replay.tests()) {
        out.printf(Locale.ROOT, "  %12s  %12s  %6.1fx  %-22s %-26s %-8s %s%n",
            Format.size(t.fittedUpToN()), Format.size(t.predictedN()), t.extrapolationFactor(),
            t.form().label(), Format.error(t.predicted()) + FitReportWriter.interval(
                t.predictedInterval()).replace(" (90%: ", " (").replace(" to ", "..")
                .replace(")", ")"),
            Format.error(t.measured()), t.hit() ? "held" : t.severe() ? "MISSED BADLY" : "missed");
      }
      out.println("  By how far the forecast reached: " + String.join("; ", List.of(
          bucket(replay, 1, 2), bucket(replay, 2, 5), bucket(replay, 5, Double.POSITIVE_INFINITY))));
      RollingBackTest law = c.lawBackTests();
      if (!law.isEmpty()) {
        out.println("  The current law's form (" + c.fit().form().label() + ") from the latest"
            + " earlier sizes: " + law.hits() + " of " + law.tests().size() + " held; its trust"
            + " grade and extrapolation spread rest on these.");
      }
    }
  }

  private static String bucket(RollingBackTest replay, double from, double to) {
    List<BackTest> in = replay.tests().stream()
        .filter(t -> t.extrapolationFactor() >= from && t.extrapolationFactor() < to).toList();
    String range = Double.isInfinite(to) ? Format.value(from) + "x and more"
        : Format.value(from) + "x to " + Format.value(to) + "x";
    if (in.isEmpty()) {
      return range + ": none";
    }
    long held = in.stream().filter(BackTest::hit).count();
    return range + ": " + held + " of " + in.size() + " held";
  }
}
