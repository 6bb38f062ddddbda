package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingJson;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forecast DIR_OR_TABLE --target T}: data need, gap, gain, m_eq, marginal value, budget. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Forecasts from the fitted law of every strategy and m, each with its 90%% interval and the"
          + " trust level: simulation size n* needed for a target error (or the verdict that the"
          + " floor C makes it unreachable, with its probability), transfer gap C, gain over scratch"
          + " per n with negative-transfer flags, equivalent experimental sample size m_eq, error"
          + " change for 10x more simulation, simulation-versus-experiment budget advice and the"
          + " prediction band."
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScalingInputOptions input = new ScalingInputOptions();

  @Mixin ForecastOptions questions = new ForecastOptions();

  @Option(names = "--band-points", paramLabel = "K", defaultValue = "50",
      description = "Points of the prediction band in --json (default ${DEFAULT-VALUE}).")
  int bandPoints;

  /** The JSON document: one entry per curve plus what could not be fitted. */
  record ForecastDocument(
      String source, FitOptions options, ForecastRequest request, List<Entry> forecasts,
      List<String> notes) {}

  /** One curve: its law and window (the context of the numbers) and its forecast. */
  record Entry(String label, String law, @Nullable FitWindow window, CurveForecast forecast) {}

  @Override
  public Integer call() {
    ForecastRequest request = questions.request(bandPoints);
    ScalingAnalysis analysis = input.analyze();
    List<Entry> entries = new ArrayList<>();
    CurveNames names = input.names();
    for (CurveAnalysis curve : analysis.curves()) {
      entries.add(new Entry(names.label(curve), curve.lawSentence(), curve.window(),
          Forecaster.forecast(analysis, curve, request)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (input.json) {
      out.println(ScalingJson.write(new ForecastDocument(analysis.source(), analysis.options(),
          request, entries, analysis.notes())));
    } else {
      ErrorMeasure error;
      try {
        error = ErrorMeasure.ofTable(input.input, input.errorColumn, questions.unit);
      } catch (IllegalArgumentException e) {
        throw new UserFacingException(e.getMessage() + " (see --help)", e);
      }
      new ForecastReportWriter(out, error).write(analysis, entries);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
