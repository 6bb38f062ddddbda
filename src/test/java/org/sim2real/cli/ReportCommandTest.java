package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.BandGapReferenceFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code report} command: files written, formats by extension, exit codes. */
class ReportCommandTest extends CommandLineTest {
  @TempDir static Path dir;
  private static Path study;

  @BeforeAll
  static void writeResults() throws IOException {
    study = Files.createDirectories(dir.resolve("bandgap-study"));
    BandGapReferenceFixture.writeCellsCsv(study, 7);
  }

  @Test
  void writesTheHtmlMemoAndWithPdfAlsoThePdf() throws IOException {
    Path html = dir.resolve("out/memo.html");
    int code = run("report", study.toString(), "--out", html.toString(), "--pdf",
        "--target", "0.35", "--unit", "eV", "--bootstrap", "200", "--title", "Band gap plan");
    assertEquals(ExitCodes.OK, code, err.toString());
    String text = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(text.contains("<h1>Band gap plan</h1>"), "title");
    // n* about 9x beyond the data, from a window that starts before the regime is established:
    // graded do not extrapolate, so words first, the number only for the record
    assertTrue(text.contains("These data cannot tell how many simulation rows reach a test MAE"
        + " of 0.350 eV."), "headline in words");
    assertTrue(text.contains("to reach a test MAE of 0.350 eV you need about "), "the number");
    byte[] pdf = Files.readAllBytes(dir.resolve("out/memo.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    String console = out.toString();
    assertTrue(console.startsWith("Trust: caution.")
        || console.startsWith("Trust: do not extrapolate."), console);
    assertTrue(console.contains("Simulation needed for MAE 0.350 eV: Cannot tell yet (What to"
        + " measure: "), console);
    assertTrue(console.contains("Memo written to " + html), console);
    assertTrue(console.contains("memo.pdf"), console);
  }

  @Test
  void pdfOutAloneWritesOnlyThePdf() {
    Path pdf = dir.resolve("only/memo.pdf");
    assertEquals(ExitCodes.OK, run("report", study.toString(), "-o", pdf.toString(),
        "--bootstrap", "100"), err.toString());
    assertTrue(Files.isRegularFile(pdf));
    assertFalse(Files.exists(dir.resolve("only/memo.html")));
  }

  @Test
  void jsonPrintsTheCardsAndTheStamp() {
    Path html = dir.resolve("json/memo.html");
    assertEquals(ExitCodes.OK, run("report", study.toString(), "-o", html.toString(),
        "--bootstrap", "100", "--target", "0.3", "--json"), err.toString());
    JsonNode json = JsonMapper.builder().build().readTree(out.toString());
    assertEquals("DATA_NEED", json.get("cards").get(0).get("kind").asString());
    assertEquals("Cannot tell yet", json.get("cards").get(0).get("value").asString(),
        out.toString());
    assertTrue(json.get("cards").get(0).get("band").asString().startsWith("What to measure: "),
        out.toString());
    assertTrue(json.get("cards").get(0).get("reach").asString().startsWith("Extrapolated: "),
        out.toString());
    assertEquals("do not extrapolate",
        json.get("cards").get(0).get("trust").get("level").asString().replace('_', ' ')
            .toLowerCase(java.util.Locale.ROOT), "the far extrapolation is flagged");
    assertEquals(html.toString(), json.get("written").get(0).asString());
    assertTrue(json.get("stamp").get("files").get(0).get("sha256").asString().length() == 64);
  }

  @Test
  void unknownExtensionIsAUserError() {
    assertOneLineUserError(run("report", study.toString(), "--out",
        dir.resolve("memo.docx").toString()), "the memo is written as .html or .pdf");
  }

  @Test
  void missingInputIsAUserError() {
    assertOneLineUserError(run("report", dir.resolve("nowhere").toString(), "--out",
        dir.resolve("x.html").toString()), "does not exist");
  }

  @Test
  void unknownCurveIsAUserError() {
    assertOneLineUserError(run("report", study.toString(), "--out",
        dir.resolve("x.html").toString(), "--m", "12", "--bootstrap", "100"),
        "has no curve for any strategy at m = 12; it has finetune (m = 3683)");
  }

  @Test
  void partialCostsAreAUserError() {
    assertOneLineUserError(run("report", study.toString(), "--out",
        dir.resolve("x.html").toString(), "--budget", "100"), "needs all three");
  }

  @Test
  void missingOutIsAUserError() {
    assertEquals(ExitCodes.USER_ERROR, run("report", study.toString()));
    assertTrue(err.toString().contains("--out"), err.toString());
  }

  @Test
  void unwritableOutIsAUserError() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    int code = run("report", study.toString(), "--out", file.resolve("memo.html").toString(),
        "--bootstrap", "100");
    assertEquals(ExitCodes.USER_ERROR, code, err.toString());
  }
}
