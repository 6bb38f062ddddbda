package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code backtest}: every forecast of the replayed analysis against what was measured later. */
class BacktestCommandTest extends CommandLineTest {
  @TempDir static Path dir;

  @BeforeAll
  static void writeStudy() throws Exception {
    BandGapReferenceFixture.writeCellsCsv(dir, 7);
  }

  @Test
  void listsEachReplayedForecastWithItsBandAndWhetherItHeld() {
    assertEquals(0, run("backtest", dir.toString(), "--bootstrap", "200"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("== finetune, m = 3683 =="), text);
    assertTrue(text.contains("fitted up to") && text.contains("forecast (90% band)"), text);
    // the classic back-test is one of the rows: fitted up to 46,416, forecast of 100,000
    assertTrue(text.matches("(?s).*\\s46,416\\s+100,000\\s+2\\.2x.*"), text);
    assertTrue(text.contains("held") && text.contains("MISSED BADLY"), text);
    assertTrue(text.contains("By how far the forecast reached: "), text);
  }

  @Test
  void jsonGivesEveryForecastAndTheCoverage() {
    assertEquals(0, run("backtest", dir.toString(), "--bootstrap", "200", "--json"),
        err.toString());
    JsonNode replay = JsonMapper.builder().build().readTree(out.toString()).get(0);
    assertEquals("finetune, m = 3683", replay.get("curve").asString());
    JsonNode tests = replay.get("replay").get("tests");
    assertTrue(tests.size() >= 10, tests.toString());
    int held = 0;
    for (JsonNode t : tests) {
      held += t.get("hit").asBoolean() ? 1 : 0;
      assertTrue(t.get("predictedN").asLong() > t.get("fittedUpToN").asLong());
    }
    assertEquals((double) held / tests.size(), replay.get("replay").get("coverage").asDouble(),
        1e-12);
  }
}
