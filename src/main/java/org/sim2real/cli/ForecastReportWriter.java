package org.sim2real.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastCards;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.forecast.BandPoint;
import org.sim2real.core.scaling.forecast.CurveForecast;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.EquivalentExperimentPoint;
import org.sim2real.core.scaling.forecast.PredictionBand;

/** Plain-text rendering of forecasts for the {@code forecast} command. */
final class ForecastReportWriter {
  /** Rows of the band printed as text (the JSON has all of them). */
  private static final int BAND_ROWS = 8;

  private final PrintWriter out;
  private final ErrorMeasure error;

  ForecastReportWriter(PrintWriter out, ErrorMeasure error) {
    this.out = out;
    this.error = error;
  }

  void write(ScalingAnalysis analysis, List<ForecastCommand.Entry> entries) {
    out.println("Forecasts from " + analysis.source() + " (90% intervals from "
        + analysis.options().bootstrapResamples() + " bootstrap draws, seed "
        + analysis.options().seed() + "; beyond the measured sizes widened for extrapolation)");
    out.println("Errors: " + error.name() + (error.unit() == null
        ? " (no unit known: give one with --unit)" : " in " + error.unit()) + ".");
    for (int i = 0; i < entries.size(); i++) {
      out.println();
      writeEntry(analysis, analysis.curves().get(i), entries.get(i));
    }
    if (!analysis.notes().isEmpty()) {
      out.println();
      out.println("Notes:");
      analysis.notes().forEach(n -> out.println("  - " + n));
    }
  }

  private void writeEntry(ScalingAnalysis analysis, CurveAnalysis curve,
      ForecastCommand.Entry entry) {
    CurveForecast f = entry.forecast();
    out.println("== " + entry.label() + " ==");
    out.println(f.fitTrust().sentence());
    out.println("Law: " + entry.law() + (entry.window() == null ? ""
        : "  (fitted on n = " + Format.size(entry.window().low()) + " to "
            + Format.size(entry.window().high()) + ")"));
    DataNeedForecast need = f.dataNeed();
    List<ForecastCard> cards = ForecastCards.of(analysis, curve, f, error);
    if (need != null) {
      // the answer of the Forecast card and the memo, in the same words and rounding: beyond what
      // the data can tell (or 100x beyond the largest measured n) words, never a number of rows
      ForecastCard card = card(cards, ForecastCard.Kind.DATA_NEED);
      out.println("Data need: " + card.headline() + ".");
      out.println("  " + card.sentence());
      if (card.trust().level() != f.fitTrust().level()
          || !card.trust().reason().equals(f.fitTrust().reason())) {
        out.println("  This forecast: " + card.trust().sentence());
      }
    } else {
      out.println("Data need: no --target given.");
    }
    out.println("Transfer gap: " + f.gapSentence());
    writeGains(f.gains());
    out.println("Equivalent experiments: " + f.equivalentExperiments().sentence());
    if (f.equivalentExperiments().available()) {
      out.println("  This forecast: " + f.equivalentExperiments().trust().sentence());
    }
    for (EquivalentExperimentPoint p : f.equivalentExperiments().points()) {
      out.printf(Locale.ROOT, "  n = %9s  m_eq = %s%s%n", Format.size(p.n()),
          Format.sizeWithInterval(p.equivalentM()),
          p.extrapolated() ? "  (outside the measured m: E0(m) extrapolated)" : "");
    }
    if (f.marginalValue() != null) {
      out.println("Marginal value: " + f.marginalValue().sentence());
      out.println("  This forecast: " + f.marginalValue().trust().sentence());
    }
    if (f.budget().available() || f.spending() == null) {
      out.println("Budget: " + f.budget().sentence());
    } else {
      // no E(n, m), but what the budget buys as simulation on this curve's law
      out.println("Budget: " + card(cards, ForecastCard.Kind.BUDGET).sentence());
    }
    if (f.budget().available() || f.spending() != null) {
      out.println("  This forecast: " + card(cards, ForecastCard.Kind.BUDGET).trust().sentence());
    }
    PredictionBand band = f.band();
    if (band != null) {
      writeBand(band);
    }
  }

  private static ForecastCard card(List<ForecastCard> cards, ForecastCard.Kind kind) {
    return cards.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  private void writeGains(List<TransferGain> gains) {
    if (gains.isEmpty()) {
      out.println("Gain over scratch: no scratch baseline for this m.");
      return;
    }
    out.println("Gain over scratch E0(m) - E(n, m), measured:");
    for (TransferGain g : gains) {
      String flag = g.negativeTransfer() == NegativeTransfer.SIGNIFICANT ? "  NEGATIVE TRANSFER"
          : g.negativeTransfer() == NegativeTransfer.POSSIBLE ? "  possible negative transfer" : "";
      out.printf(Locale.ROOT, "  n = %9s  gain %s%s%n", Format.size(g.n()),
          Format.withInterval(g.gain()), flag);
    }
  }

  private void writeBand(PredictionBand band) {
    out.println("Bands (fitted law; * = beyond the measured sizes): the forecast band is what a"
        + " decision needs (it adds the chance that the law changes beyond the data), the mean"
        + " curve is the expected error as measured so far, a re-run is what repeating the study"
        + " would measure:");
    out.printf(Locale.ROOT, "  %14s   %-7s %-17s %-17s %s%n", "n",
        error.unit() == null ? "E" : "E (" + error.unit() + ")", "forecast 90%",
        "mean curve 90%", "a re-run 90%");
    List<BandPoint> points = band.points();
    int step = Math.max(1, (points.size() - 1) / (BAND_ROWS - 1));
    for (int i = 0; i < points.size(); i += step) {
      writeBandPoint(points.get(i));
    }
    if ((points.size() - 1) % step != 0) {
      writeBandPoint(points.get(points.size() - 1));
    }
  }

  private void writeBandPoint(BandPoint p) {
    out.printf(Locale.ROOT, "  n = %12s%s  %-7s %-17s %-17s %s%n", Format.size(p.n()),
        p.extrapolated() ? "*" : " ", Format.error(p.fitted()), FitReportWriter.range(p.forecast()),
        FitReportWriter.range(p.meanCurve()), FitReportWriter.range(p.rerun()));
  }
}
