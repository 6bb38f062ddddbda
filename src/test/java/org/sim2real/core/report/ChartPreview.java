package org.sim2real.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;

/**
 * Renders the charts to look at (not a test): {@code java ... ChartPreview OUTDIR}. Writes the
 * band-gap chart (light and dark), the synthetic chart with a target, the grid and the m chart.
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
    System.out.println("written to " + dir);
  }
}
