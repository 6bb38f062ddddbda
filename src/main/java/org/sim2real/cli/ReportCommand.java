package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastMemo;
import org.sim2real.core.report.MemoFormat;
import org.sim2real.core.report.MemoSettings;
import org.sim2real.core.report.ReproducibilityStamp;
import org.sim2real.core.report.ReproducibilityStamps;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingJson;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report DIR_OR_TABLE --out memo.html}: the one-page forecast memo for a lab manager. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a one-page forecast memo (HTML or PDF, chosen by the extension of --out): the"
          + " log-log chart with the fitted law, scratch baseline and extrapolation band, the"
          + " headline numbers in plain language (simulation needed for --target, what the"
          + " simulation data is worth in experiments, what 10x more simulation buys, budget"
          + " advice), the trust level of every number and a reproducibility stamp (version,"
          + " design hash, SHA-256 of the data files, seeds, date)."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScalingInputOptions input = new ScalingInputOptions();

  @Mixin ForecastOptions questions = new ForecastOptions();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "The memo file: .html (self-contained, prints on one page) or .pdf.")
  Path out = Path.of("memo.html");

  @Option(names = "--pdf",
      description = "Also write a PDF next to an HTML memo (same name, .pdf).")
  boolean alsoPdf;

  @Option(names = "--m", paramLabel = "M",
      description = "Experimental size of the curve to report (default: the largest m).")
  @Nullable Integer m;

  @Option(names = "--title", paramLabel = "TEXT", description = "Heading of the memo.")
  @Nullable String title;

  /** What --json prints: the memo's answers and stamp, and the files written. */
  record Summary(String title, String curve, String law, List<ForecastCard> cards,
      String window, @Nullable String negativeTransfer, ReproducibilityStamp stamp,
      List<String> written) {}

  @Override
  public Integer call() {
    List<Path> files = outputs();
    MemoSettings settings = settings();
    ScalingAnalysis analysis = input.analyze();
    ReproducibilityStamp stamp = ReproducibilityStamps.collect(input.input, analysis.options(),
        Clock.systemDefaultZone());
    ForecastMemo memo = ForecastMemo.build(analysis, settings, stamp);
    List<String> written = new ArrayList<>();
    for (Path file : files) {
      MemoFormat format = MemoFormat.ofFile(file);
      if (format != null) {
        format.write(memo, file);
        written.add(file.toString());
      }
    }
    PrintWriter console = spec.commandLine().getOut();
    if (input.json) {
      console.println(ScalingJson.write(new Summary(memo.title(),
          input.names().label(memo.curve()), memo.lawSentence(), memo.cards(), memo.windowSentence(),
          memo.negativeTransferWarning(), stamp, written)));
    } else {
      console.println(memo.forecast().fitTrust().sentence());
      ForecastCard need = memo.card(ForecastCard.Kind.DATA_NEED);
      if (need != null) {
        console.println(need.title() + ": " + need.headline() + ". Trust: "
            + need.trust().level().label() + ".");
        console.println(need.sentence());
      }
      written.forEach(f -> console.println("Memo written to " + f));
    }
    console.flush();
    return ExitCodes.OK;
  }

  private List<Path> outputs() {
    MemoFormat format = MemoFormat.ofFile(out);
    if (format == null) {
      throw new UserFacingException("--out " + out + ": the memo is written as .html or .pdf;"
          + " give a file name ending in one of them");
    }
    List<Path> files = new ArrayList<>(List.of(out));
    if (alsoPdf && format == MemoFormat.HTML) {
      files.add(MemoFormat.PDF.sibling(out));
    }
    return files;
  }

  private MemoSettings settings() {
    ForecastRequest request = questions.request(50);
    try {
      ErrorMeasure error = ErrorMeasure.ofTable(input.input, input.errorColumn, questions.unit);
      return new MemoSettings(title, input.names().inResults(input.strategy), m, request, error);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage() + " (see --help)", e);
    }
  }
}
