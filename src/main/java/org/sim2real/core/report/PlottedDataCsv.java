package org.sim2real.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.SafeCsvWriter;
import org.sim2real.core.scaling.curve.Interval;

/**
 * The data a chart shows, as a spreadsheet-safe CSV (one row per {@link PlottedRow}), with the
 * law's three 90% bands each in two columns: forecast (the band drawn), mean curve and re-run.
 */
public final class PlottedDataCsv {
  public static final List<String> HEADER = List.of("series", "kind", "n", "mean", "lower", "upper",
      "fitted", "forecast_low", "forecast_high", "mean_curve_low", "mean_curve_high", "rerun_low",
      "rerun_high", "in_fit_window", "note");

  private PlottedDataCsv() {}

  public static String toCsv(List<PlottedRow> rows) {
    StringWriter text = new StringWriter();
    SafeCsvWriter csv = new SafeCsvWriter(text);
    try {
      csv.writeRow(HEADER);
      for (PlottedRow r : rows) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.series());
        cells.add(r.kind());
        cells.add(number(r.n()));
        for (double v : new double[] {r.mean(), r.lower(), r.upper(), r.fitted()}) {
          cells.add(number(v));
        }
        PlottedRow.Bands bands = r.bands();
        for (Interval band : List.of(bands.forecast(), bands.meanCurve(), bands.rerun())) {
          cells.add(number(band.lower()));
          cells.add(number(band.upper()));
        }
        cells.add(r.inFitWindow());
        cells.add(r.note());
        csv.writeRow(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** Writes the CSV atomically; failures are user-facing (folder not writable, disk full). */
  public static void write(List<PlottedRow> rows, Path file) {
    AtomicFiles.write(file, toCsv(rows).getBytes(StandardCharsets.UTF_8));
  }

  /** Empty for NaN, whole numbers without decimals, others with up to 9 significant digits. */
  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.9g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceFirst("\\.(e|$)", "$1");
  }
}
