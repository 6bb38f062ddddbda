package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code fit} and {@code forecast} commands on the band-gap reference (repetitions synthesized
 * from the published means and intervals, see core.scaling.curve.BandGapReferenceFixture) and on a
 * generated (n, m) grid.
 */
class ScalingCommandsTest extends CommandLineTest {
  @TempDir static Path dir;
  private static Path bandGap;
  private static Path grid;

  @BeforeAll
  static void writeTables() throws IOException {
    bandGap = Files.createDirectories(dir.resolve("bandgap-study"));
    org.sim2real.core.scaling.curve.BandGapReferenceFixture.writeCellsCsv(bandGap, 7);
    LearningCurveTable table = TeachingCurveGenerator.generate(
        TeachingCurveGenerator.logSpacedSizes(100, 100_000, 10), List.of(100, 300, 1000, 3000), 5,
        0.02, 8, (n, m) -> 5 * (0.05 + Math.pow(n, -0.3)) * Math.pow(m, -0.25),
        m -> 1.2 * Math.pow(m, -0.3) + 0.02);
    StringBuilder csv = new StringBuilder("strategy,m,n,rep,error\n");
    for (Observation o : table.observations()) {
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6f%n", o.strategy(), o.m(), o.n(),
          o.repetition(), o.error()));
    }
    grid = Files.writeString(dir.resolve("grid.csv"), csv);
  }

  private JsonNode json() {
    return JsonMapper.builder().build().readTree(out.toString());
  }

  private void assertOneLineUserError(int code) {
    assertEquals(ExitCodes.USER_ERROR, code, out.toString());
    String message = err.toString().strip();
    assertTrue(message.startsWith("error: "), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void fitOnTheBandGapStudyShowsWindowOnsetNegativeTransferAndLowTrust() {
    assertEquals(0, run("fit", bandGap.toString(), "--bootstrap", "300"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("== finetune, m = 3683 =="), text);
    // the window starts at 4,642, before the regime is established (onset 10,000): caution at best
    assertTrue(text.contains("Trust: caution.") || text.contains("Trust: do not extrapolate."),
        text);
    assertTrue(text.contains("Fit window n = 4,642 to 100,000"), text);
    assertTrue(text.contains("left out n = 2,154: negative transfer"), text);
    // 4,642 beats scratch by a hair: with 300 draws it may or may not count
    assertTrue(text.contains("Regime onset n = 10,000") || text.contains("Regime onset n = 4,642"),
        text);
    assertTrue(text.contains("Back-test: Replayed as if the study had stopped earlier"), text);
    assertTrue(text.contains("Intervals are 90% bootstrap intervals over repetitions only"), text);
    assertTrue(text.contains("NEGATIVE TRANSFER"), text);
    assertTrue(text.contains("Model comparison (AICc"), text);
    assertTrue(text.contains("exponential saturation"), text);
    assertTrue(text.contains("R2 in log space"), text);
    assertTrue(text.contains("alpha  = "), text);
    assertTrue(text.contains("E0(m) cannot be fitted"), text);
  }

  @Test
  void fitJsonCarriesTheSameContentAndNoRawDraws() {
    assertEquals(0, run("fit", bandGap.resolve("cells.csv").toString(), "--json", "--bootstrap",
        "200", "--seed", "3"), err.toString());
    JsonNode curve = json().get("curves").get(0);
    assertEquals("finetune", curve.get("strategy").asString());
    assertTrue(curve.get("trust").get("level").asString().matches("CAUTION|DO_NOT_EXTRAPOLATE"));
    assertEquals(10000, curve.get("regime").get("onset").asLong());
    assertEquals(4642, curve.get("window").get("low").asLong());
    assertEquals("SIGNIFICANT", curve.get("regime").get("gains").get(4).get("negativeTransfer")
        .asString());
    assertTrue(curve.get("backTests").get("sentence").asString().startsWith("Replayed"));
    assertTrue(curve.get("backTests").get("tests").size() > 0);
    assertTrue(curve.get("backTests").has("coverage"));
    assertTrue(curve.get("extrapolation").get("sentence").asString().contains("per decade"));
    assertEquals(100000, curve.get("window").get("high").asLong());
    assertTrue(curve.get("law").asString().startsWith("E(n) = "));
    assertTrue(curve.get("parameters").size() >= 3);
    assertFalse(curve.has("draws"));
    assertEquals(3, json().get("options").get("seed").asLong());
  }

  @Test
  void userWindowAndStrategyOptionsAreApplied() {
    assertEquals(0, run("fit", bandGap.toString(), "--window", "10000:", "--strategy", "finetune",
        "--bootstrap", "100", "--weighted"), err.toString());
    assertTrue(out.toString().contains("Chosen by the user: n = 10,000 to 100,000 (4 sizes)"),
        out.toString());
    assertTrue(out.toString().contains("inverse-variance weighted"));
  }

  @Test
  void forecastGivesDataNeedWithIntervalAndTrust() {
    assertEquals(0, run("forecast", bandGap.toString(), "--target", "0.38", "--bootstrap", "300"),
        err.toString());
    String text = out.toString();
    assertTrue(text.contains("Trust: caution.") || text.contains("Trust: do not extrapolate."),
        text);
    // the Forecast card's answer, in its rounding and words
    assertTrue(text.matches("(?s).*\nData need: about [0-9,]+ simulation rows \\(90% forecast"
        + " interval: [0-9,]+ to [0-9,a-z]+\\)\\. Extrapolated: .*"), text);
    assertTrue(text.contains("  To reach a test MAE of 0.380 you need about "), text);
    assertTrue(text.contains("Errors: test MAE (no unit known: give one with --unit)."), text);
    assertTrue(text.contains("Transfer gap C = "), text);
    assertTrue(text.contains("n =     2,154  gain -0.0120"), text);
    assertTrue(text.contains("Growing n 10x"), text);
    assertTrue(text.contains("m_eq cannot be estimated without several m"), text);
    assertTrue(text.contains("Growing n 10x from 100,000 to 1,000,000"), text);
    assertTrue(text.contains("forecast 90%") && text.contains("mean curve 90%")
        && text.contains("a re-run 90%"), text);
    assertTrue(text.contains("This forecast: Trust:"), text);
  }

  @Test
  void forecastFarBeyondTheDataAnswersInWordsNotWithANumber() {
    // n* for 0.30 lies about 190x beyond the largest measured n: more than 100x, never a number
    assertEquals(0, run("forecast", bandGap.toString(), "--target", "0.30", "--bootstrap", "300",
        "--strategy", "finetune"), err.toString());
    String text = out.toString();
    String answer = text.lines().filter(l -> l.startsWith("Data need: ")).findFirst().orElseThrow();
    assertTrue(answer.startsWith("Data need: Cannot tell yet (What to measure: simulation sizes"
        + " up to about n = "), answer);
    assertFalse(answer.matches(".*about [0-9,]+ simulation rows.*"), "no rows as the answer: "
        + answer);
    assertTrue(text.matches("(?s).*  These data cannot tell how many simulation rows reach a test"
        + " MAE of 0.300\\. The target needs about [0-9.]+x the largest measured n \\(100,000\\),"
        + " and no forecast from these data reaches beyond 100x\\. To find out, measure"
        + " simulation sizes up to about n = .*"), text);
    assertFalse(text.contains("Target 0.300 needs n* = "), text);
  }

  @Test
  void forecastAndFitOnAResultsFolderGiveTheErrorsInTheUnitOfTheTargetColumn() throws IOException {
    Path study = Files.createDirectories(dir.resolve("bandgap-with-design"));
    org.sim2real.core.scaling.curve.BandGapReferenceFixture.writeCellsCsv(study, 7);
    Files.copy(Path.of("sample-data/bandgap/results/design.json"), study.resolve("design.json"));
    assertEquals(0, run("forecast", study.toString(), "--target", "0.38", "--bootstrap", "100",
        "--strategy", "finetune"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("Errors: test MAE in eV."), text);
    assertTrue(text.contains("  To reach a test MAE of 0.380 eV you need about "), text);
    assertTrue(text.contains("E (eV)"), "the band's column: " + text);
    out.getBuffer().setLength(0);
    assertEquals(0, run("forecast", study.toString(), "--target", "0.38", "--bootstrap", "100",
        "--strategy", "finetune", "--unit", "meV"), err.toString());
    assertTrue(out.toString().contains("Errors: test MAE in meV."), "--unit overrides");
    out.getBuffer().setLength(0);
    assertEquals(0, run("fit", study.toString(), "--bootstrap", "100"), err.toString());
    assertTrue(out.toString().contains(" are in eV."), out.toString());
  }

  @Test
  void forecastBelowTheFloorIsUnreachableInTextAndJson() {
    assertEquals(0, run("forecast", bandGap.toString(), "--target", "0.1", "--json",
        "--window", "4642:100000", "--bootstrap", "300"), err.toString());
    JsonNode need = json().get("forecasts").get(0).get("forecast").get("dataNeed");
    assertEquals("UNREACHABLE", need.get("verdict").asString());
    assertTrue(need.get("probabilityUnreachable").asDouble() > 0.5);
    assertTrue(need.get("requiredN").get("value").isNull(), "NaN is written as null");
    assertTrue(need.get("sentence").asString().contains("unreachable by simulation alone"));
    assertTrue(need.get("trust").get("level").asString().matches("CAUTION|DO_NOT_EXTRAPOLATE"),
        need.toString());
    assertEquals(50, json().get("forecasts").get(0).get("forecast").get("band").get("points").size());
  }

  @Test
  void gridTableGivesTheTwoDimensionalLawScratchCurveMeqAndBudgetAdvice() {
    assertEquals(0, run("fit", grid.toString(), "--bootstrap", "200"), err.toString());
    assertTrue(out.toString().contains("== Two-dimensional law, transfer =="), out.toString());
    assertTrue(out.toString().contains("== Scratch learning curve (experiments only) =="));
    out.getBuffer().setLength(0);
    assertEquals(0, run("forecast", grid.toString(), "--target", "0.05", "--cost-sim", "1",
        "--cost-exp", "100", "--budget", "100000", "--bootstrap", "200"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("pretraining is worth m_eq = "), text);
    assertTrue(text.contains("experiments buy the larger drop"), text);
  }

  @Test
  void userErrorsAreOneLineWithExitCodeTwo() throws IOException {
    assertOneLineUserError(run("fit", dir.resolve("missing.csv").toString()));
    assertTrue(err.toString().contains("does not exist"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("fit", bandGap.toString(), "--window", "abc"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("fit", bandGap.toString(), "--bootstrap", "5"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("fit", bandGap.toString(), "--strategy", "nope"));
    assertTrue(err.toString().contains("finetune"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("forecast", bandGap.toString(), "--budget", "10"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("forecast", bandGap.toString(), "--target", "-1"));
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("fit", bandGap.toString(), "--window", "200:300"));
    err.getBuffer().setLength(0);
    Path bad = Files.writeString(dir.resolve("bad.csv"), "n,mae\n100,0.5\n2oo,0.4\n");
    assertOneLineUserError(run("fit", bad.toString()));
    assertTrue(err.toString().contains("bad.csv line 3, column 1 (n)"), err.toString());
  }

  @Test
  void helpListsTheScalingCommands() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("fit"));
    assertTrue(out.toString().contains("forecast"));
    out.getBuffer().setLength(0);
    assertEquals(0, run("forecast", "--help"));
    assertTrue(out.toString().contains("--cost-sim"));
  }
}
