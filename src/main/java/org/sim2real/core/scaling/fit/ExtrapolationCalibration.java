package org.sim2real.core.scaling.fit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sim2real.core.io.UntrustedJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled calibration of the extrapolation spread ({@link Extrapolation}), measured on a set
 * of reference curves (the demos' curves and synthetic curves: broken power laws, power laws with
 * floors) by rolling-origin back-tests of the whole analysis: s^2 = sum of (l^2 - v) over sum of f^2
 * (at least 0), where l is the log error of a prediction, v the variance of that log error that the
 * bootstrap already explains, and f the decades of extrapolation. The resource
 * {@code /calibration/extrapolation.json} is written by the calibration tool in src/test
 * ({@code ExtrapolationCalibrationTool}) and checked by a test against a fresh run.
 *
 * <p>A curve's own back-tests are pooled with it: the bundled value counts as {@code priorWeight}
 * squared decades of evidence.
 *
 * @param perDecade s of the calibration set
 * @param priorWeight weight of the bundled value, in squared decades of extrapolation
 * @param backTests number of back-test predictions behind it
 * @param coverage share of those predictions inside their widened 90% band (leave one curve out)
 */
public record ExtrapolationCalibration(
    double perDecade, double priorWeight, int backTests, double coverage) {

  public static final String RESOURCE = "/calibration/extrapolation.json";

  private static final ExtrapolationCalibration BUNDLED = load();

  public ExtrapolationCalibration {
    if (!(perDecade >= 0) || !(priorWeight > 0)) {
      throw new IllegalArgumentException("calibration needs perDecade >= 0 and priorWeight > 0");
    }
  }

  public static ExtrapolationCalibration bundled() {
    return BUNDLED;
  }

  /** The spread for a curve: the bundled value pooled with the curve's own back-tests. */
  public Extrapolation with(List<BackTest> own) {
    double excess = 0;
    double decades = 0;
    int used = 0;
    for (BackTest t : own) {
      double f = Math.log10((double) t.predictedN() / t.fittedUpToN());
      if (!(f > 0) || !Double.isFinite(t.logError()) || !Double.isFinite(t.logSpread())) {
        continue;
      }
      excess += t.logError() * t.logError() - t.logSpread() * t.logSpread();
      decades += f * f;
      used++;
    }
    double s2 = Math.max(0, priorWeight * perDecade * perDecade + excess) / (priorWeight + decades);
    return new Extrapolation(Math.sqrt(s2), decades / (priorWeight + decades), used);
  }

  /** The bundled value alone (what a back-test origin uses, so that it never sees later sizes). */
  public Extrapolation alone() {
    return new Extrapolation(perDecade, 0, 0);
  }

  private static ExtrapolationCalibration load() {
    try (InputStream in = ExtrapolationCalibration.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      JsonMapper mapper = UntrustedJson.mapperBuilder(false).build();
      JsonNode node = mapper.readTree(in);
      return new ExtrapolationCalibration(node.path("perDecade").asDouble(),
          node.path("priorWeight").asDouble(), node.path("backTests").asInt(),
          node.path("coverage").asDouble());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
