package org.sim2real.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;

/**
 * Renders the charts to look at (not a test): {@code java ... ChartPreview OUTDIR [RESULTS]}.
 * Writes the band-gap chart (light and dark), the synthetic chart with a target, a broken power
 * law, the grid and the m chart, and the scaling chart of a results folder when one is given.
 */
public final class ChartPreview {
  private ChartPreview() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
    Files.createDirectories(dir);
    ScalingAnalysis bandGap = ChartFixtures.bandGap();
    ScalingChartOptions options = ScalingChartOptions.defaults().withError("MAE", "eV");
    ChartExport.writePng(ScalingChartFactory.create(bandGap, options).chart(),
        dir.resolve("chart-bandgap.png"), 1000, 700);
    ChartExport.writePng(ScalingChartFactory.create(bandGap, options.withTheme(ChartTheme.DARK)
        .withTargetError(0.38)).chart(), dir.resolve("chart-bandgap-dark.png"), 1000, 700);
    ScalingAnalysis synthetic = ChartFixtures.synthetic();
    CurveAnalysis curve = synthetic.curves().get(0);
    var forecast = Forecaster.forecast(synthetic, curve,
        ForecastRequest.forTarget(0.23).withBandMaxN(1e7));
    ChartExport.writePng(ScalingChartFactory.create(synthetic,
        Map.of(CurveKey.of(curve), forecast), ScalingChartOptions.defaults().withTargetError(0.23)
            .withExtrapolateTo(1e7)).chart(), dir.resolve("chart-synthetic.png"), 1000, 700);
    ScalingAnalysis grid = org.sim2real.core.scaling.fit.ScalingAnalyzer.analyze(ChartFixtures.grid(),
        ChartFixtures.OPTIONS);
    ChartExport.writePng(ScalingChartFactory.create(grid, ScalingChartOptions.defaults()).chart(),
        dir.resolve("chart-grid.png"), 1000, 700);
    ChartExport.writePng(ErrorVsMChartFactory.create(grid, ScalingChartOptions.defaults())
        .orElseThrow().chart(), dir.resolve("chart-m.png"), 1000, 700);
    ChartExport.writePng(ScalingChartFactory.create(ChartFixtures.broken(),
        ScalingChartOptions.defaults()).chart(), dir.resolve("chart-broken.png"), 1000, 700);
    if (args.length > 1) {
      ScalingAnalysis study = org.sim2real.core.scaling.fit.ScalingAnalyzer.analyze(
          org.sim2real.core.scaling.curve.StudyResults.read(Path.of(args[1]), null),
          org.sim2real.core.scaling.fit.FitOptions.defaults());
      ChartExport.writePng(ScalingChartFactory.create(study, ScalingChartOptions.defaults()
          .withError("MAE", "eV")).chart(), dir.resolve("chart-study.png"), 1000, 700);
      java.util.Set<CurveKey> others = new java.util.HashSet<>();
      study.curves().stream().skip(1).forEach(c -> others.add(CurveKey.of(c)));
      ChartExport.writePng(ScalingChartFactory.create(study, ScalingChartOptions.defaults()
          .withError("MAE", "eV").withHiddenCurves(others)).chart(),
          dir.resolve("chart-study-first.png"), 1000, 700);
    }
    System.out.println("written to " + dir);
  }
}
