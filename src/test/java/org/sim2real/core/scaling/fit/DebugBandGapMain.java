package org.sim2real.core.scaling.fit;

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.sim2real.core.scaling.curve.*;
import org.sim2real.core.scaling.forecast.*;

/** Temporary: band-gap cuts from residual dumps (not a test). */
public final class DebugBandGapMain {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    List<Observation> obs = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString().replace(".txt", "");
        String[] parts = name.split("_");
        String strategy = parts[0];
        long n = Long.parseLong(parts[1].substring(2));
        int m = Integer.parseInt(parts[2].substring(2));
        int r = Integer.parseInt(parts[3].substring(2));
        List<String> lines = Files.readAllLines(f);
        float[] res = new float[lines.size()];
        double sum = 0;
        for (int i = 0; i < res.length; i++) { res[i] = Float.parseFloat(lines.get(i)); sum += Math.abs(res[i]); }
        obs.add(new Observation(strategy, m, n, r, sum / res.length));
        rows.put(new RowErrors.CellKey(strategy, m, n, r), res);
      }
    }
    LearningCurveTable full = LearningCurveTable.of("bandgap", obs)
        .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, rows));
    double measured100k = full.curve("finetune", 3683).orElseThrow().mean(9);
    for (long cut : new long[] {4642, 10000, 21544, 46416, 100000}) {
      List<Observation> kept = obs.stream().filter(o -> o.n() <= cut).toList();
      Map<RowErrors.CellKey, float[]> keptRows = new HashMap<>();
      rows.forEach((k, v) -> { if (k.n() <= cut) keptRows.put(k, v); });
      LearningCurveTable t = LearningCurveTable.of("bandgap<=" + cut, kept)
          .withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, keptRows));
      ScalingAnalysis study = ScalingAnalyzer.analyze(t, FitOptions.defaults());
      CurveAnalysis c = study.curves().get(0);
      CurveForecast f = Forecaster.forecast(study, c, ForecastRequest.forTarget(null).withBandMaxN(100000));
      BandPoint at = PredictionBand.at(c, 100000);
      TrustAssessment tr = Forecaster.forecastTrust(c.trust(), 100000.0 / cut, 100000.0 / cut, Double.NaN);
      System.out.printf("cut %d: %s | %s%n   at 100k %.4f forecast %s mean %s measured %.4f -> %s | grade %s: %s%n   extrap %s%n   backtests %s%n   notes %s%n",
          cut, c.lawSentence(), c.window().sentence(), at.fitted(), at.forecast(), at.meanCurve(), measured100k,
          at.forecast().contains(measured100k) ? "HIT" : "MISS", tr.level(), tr.reason(), c.extrapolation(), c.backTests().sentence(), c.notes());
    }
  }
}
