package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fit DIR_OR_TABLE}: the scaling law of every strategy and m, with honest uncertainty. */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Fits E(n) = D*n^-alpha + C per strategy and m with 90%% bootstrap intervals: fit window and"
          + " left-out points, regime onset, negative transfer, AICc comparison with a pure power"
          + " law and an exponential saturation, R2 in log space, residuals, back-test and a trust"
          + " level; the scratch learning curve E0(m) and the two-dimensional law E(n, m) when the"
          + " table allows them."
    })
final class FitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScalingInputOptions input = new ScalingInputOptions();

  @Override
  public Integer call() {
    ScalingAnalysis analysis = input.analyze();
    PrintWriter out = spec.commandLine().getOut();
    if (input.json) {
      out.println(ScalingJson.write(analysis));
    } else {
      new FitReportWriter(out, ErrorMeasure.ofTable(input.input, input.errorColumn, null),
          input.names()).write(analysis);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
