package org.sim2real.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input and fit options shared by {@code fit} and {@code forecast}. */
final class ScalingInputOptions {
  @Parameters(index = "0", paramLabel = "DIR_OR_TABLE",
      description = "A study output directory (its cells.csv is read) or a CSV learning-curve table"
          + " with columns n and an error column (mae, error or rmse), optionally m, strategy and"
          + " repetition/rep/seed.")
  Path input = Path.of(".");

  @Option(names = "--window", paramLabel = "LO:HI",
      description = "Fit only sizes LO <= n <= HI (either end may be empty: 5000: or :100000)."
          + " Default: the workbench proposes a window.")
  @Nullable String window;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
      description = "Bootstrap resamples of repetitions for every interval (default ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the bootstrap resamples (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--weighted",
      description = "Weight points by the inverse variance of their mean (default: unweighted,"
          + " like the reference).")
  boolean weighted;

  @Option(names = "--error-column", paramLabel = "NAME",
      description = "Error column to fit (default: mae, else error, else rmse).")
  @Nullable String errorColumn;

  @Option(names = "--strategy", paramLabel = "NAME",
      description = "Analyze only this transfer strategy (default: all); in a study whose design"
          + " names its primary simulation, finetune@NAME is its curve.")
  @Nullable String strategy;

  @Option(names = "--json", description = "Print the same content as JSON.")
  boolean json;

  ScalingAnalysis analyze() {
    FitOptions options;
    try {
      options = FitOptions.defaults().withBootstrap(bootstrap, seed).withWeighted(weighted);
      if (window != null) {
        long[] bounds = parseWindow(window);
        options = options.withWindow(bounds[0], bounds[1]);
      }
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage() + " (see --help)", e);
    }
    LearningCurveTable table = StudyResults.read(input, errorColumn);
    return ScalingAnalyzer.analyze(table, options, names().inResults(strategy));
  }

  /** How the curves are named in what the command prints. */
  CurveNames names() {
    return CurveNames.of(input);
  }

  static long[] parseWindow(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon != text.lastIndexOf(':')) {
      throw new UserFacingException("--window must be LO:HI, e.g. 5000:100000, got '" + text + "'");
    }
    long low = parseSize(text.substring(0, colon), 1, text);
    long high = parseSize(text.substring(colon + 1), Long.MAX_VALUE, text);
    if (high < low) {
      throw new UserFacingException("--window " + text + ": LO must not exceed HI");
    }
    return new long[] {low, high};
  }

  private static long parseSize(String part, long empty, String whole) {
    String s = part.strip().replace(",", "").replace("_", "");
    if (s.isEmpty()) {
      return empty;
    }
    try {
      double v = Double.parseDouble(s.toLowerCase(Locale.ROOT));
      if (!(v >= 1) || v != Math.rint(v) || v > 9e18) {
        throw new NumberFormatException();
      }
      return (long) v;
    } catch (NumberFormatException e) {
      throw new UserFacingException("--window " + whole + ": '" + part
          + "' is not a positive whole number of simulation rows");
    }
  }
}
