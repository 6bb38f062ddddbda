package org.sim2real.core.scaling.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled extrapolation spread (resources/calibration/extrapolation.json) is what
 * {@link ExtrapolationCalibrationTool} computes from the calibration curves and the shipped demo
 * studies, to the precision the file holds: a change of the analysis or of the demos that moves it
 * needs {@code ExtrapolationCalibrationTool --write} (see its documentation).
 */
class ExtrapolationCalibrationTest {
  @Test
  void bundledCalibrationIsWhatTheToolComputesFromTheCalibrationCurvesAndTheDemos()
      throws Exception {
    Path samples = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("sample-data");
    ExtrapolationCalibrationTool.Result computed =
        ExtrapolationCalibrationTool.compute(ExtrapolationCalibrationTool.curves(samples), 2);
    ExtrapolationCalibration bundled = ExtrapolationCalibration.bundled();
    String rerun = " differs from a fresh run: run ExtrapolationCalibrationTool --write";
    assertEquals(fixed(computed.perDecade(), 6), fixed(bundled.perDecade(), 6), "perDecade" + rerun);
    assertEquals(fixed(computed.priorWeight(), 6), fixed(bundled.priorWeight(), 6),
        "priorWeight" + rerun);
    assertEquals(computed.backTests(), bundled.backTests(), "backTests" + rerun);
    assertEquals(fixed(computed.coverage(), 4), fixed(bundled.coverage(), 4), "coverage" + rerun);
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
