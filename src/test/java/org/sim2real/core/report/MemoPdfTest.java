package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/** The PDF memo: a PDF, exactly one page, whatever the title and paths. */
class MemoPdfTest {
  private static final Pattern PAGE = Pattern.compile("/Type /Page[^s]");

  @TempDir Path dir;

  private static int pages(byte[] pdf) {
    Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  private ForecastMemo memo(MemoSettings settings) throws IOException {
    Path table = MemoFixtures.syntheticCsv(dir);
    ScalingAnalysis analysis = MemoFixtures.analyze(table);
    return ForecastMemo.build(analysis, settings,
        ReproducibilityStamps.collect(table, analysis.options(), MemoFixtures.CLOCK));
  }

  @Test
  void pdfStartsWithPdfAndHasExactlyOnePage() throws IOException {
    Path file = dir.resolve("memo.pdf");
    MemoFormat.ofFile(file).write(memo(MemoSettings.forTarget(0.25)), file);
    byte[] pdf = Files.readAllBytes(file);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    assertEquals(1, pages(pdf));
  }

  @Test
  void aLongTitleWithCostsStillFitsOnePage() throws IOException {
    String title = "A very long memo title (with parentheses) ".repeat(4).strip();
    MemoSettings settings = new MemoSettings(title, null, null,
        ForecastRequest.forTarget(0.15).withCosts(2, 300, 50_000), new ErrorMeasure("MAE", "eV"));
    byte[] pdf = MemoPdf.render(memo(settings));
    assertEquals(1, pages(pdf));
  }

  @Test
  void unbalancedParenthesesInDataCannotBreakTheTextObjects() throws IOException {
    MemoSettings settings = new MemoSettings("x) Tj ET 0 0 m 600 800 l S BT (", null, null,
        ForecastRequest.forTarget(0.25), ErrorMeasure.MAE);
    String pdf = contentStreams(MemoPdf.render(memo(settings)));
    int at = pdf.indexOf("x\\) Tj ET 0 0 m");
    assertTrue(at > 0 && pdf.charAt(at - 1) == '(', "escaped literal");
    assertFalse(pdf.contains("(x) Tj ET 0 0 m"), "no injected operators");
  }

  @Test
  void aNumberGradedDoNotExtrapolateIsPrintedAsWordsWithWhatToMeasure() throws IOException {
    ForecastMemo memo = memo(new MemoSettings(null, null, null, ForecastRequest.forTarget(0.218),
        new ErrorMeasure("MAE", "eV")));
    ForecastCard need = memo.card(ForecastCard.Kind.DATA_NEED);
    assertEquals("Cannot tell yet", need.value(), need.sentence());
    ForecastCard ten = memo.card(ForecastCard.Kind.TEN_TIMES_MORE);
    String pdf = contentStreams(MemoPdf.render(memo));
    assertTrue(pdf.contains("(Cannot tell yet)"), "the data need's headline in words");
    assertTrue(pdf.contains("(What to measure: "), "what to measure under it");
    assertTrue(pdf.contains("(" + ten.value() + " "), "the 10x number");
    assertTrue(pdf.contains("(90% forecast band of"), "named band");
    assertTrue(pdf.contains("(The 90% bands include "), "the sources of uncertainty");
  }

  @Test
  void theSourcesSectionIsPrintedWithItsTableAndTheMemoKeepsOnePage() throws IOException {
    ForecastMemo memo = memo(new MemoSettings(null, null, null, ForecastRequest.forTarget(0.3),
        new ErrorMeasure("MAE", "eV"))).withSources(SourceRankingTest.lowBeatsHighAtABudget());
    byte[] bytes = MemoPdf.render(memo);
    String pdf = contentStreams(bytes);
    assertTrue(pdf.contains("(WHICH SOURCE TO GROW)"), "the section's title");
    assertTrue(pdf.contains("(Grow low)"), "the verdict");
    assertTrue(pdf.contains("(Rows bought)") && pdf.contains("(n* for the target)"),
        "the columns of a budget and a target");
    assertTrue(pdf.contains("(100,000)") && pdf.contains("(400,000)"), "the rows bought");
    assertEquals(1, pages(bytes));
    assertFalse(contentStreams(MemoPdf.render(memo(MemoSettings.forTarget(0.3))))
        .contains("(WHICH SOURCE TO GROW)"), "no section for one source");
  }

  /** The page content streams, inflated (JFreePDF compresses them). */
  private static String contentStreams(byte[] pdf) {
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    StringBuilder text = new StringBuilder();
    int at = raw.indexOf("stream");
    while (at >= 0) {
      int start = raw.indexOf('\n', at) + 1;
      int end = raw.indexOf("endstream", start);
      if (start <= 0 || end < 0) {
        break;
      }
      Inflater inflater = new Inflater();
      inflater.setInput(pdf, start, end - start);
      byte[] buffer = new byte[1 << 16];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
      } catch (DataFormatException e) {
        text.append(raw, start, end); // not compressed
      } finally {
        inflater.end();
      }
      at = raw.indexOf("stream", end + "endstream".length());
    }
    return text.toString();
  }

  @Test
  void pdfTextIsAsciiWithTypographyTransliterated() {
    assertEquals("0.4 - 0.5 ~ alpha >= 2 x 3 * e Zurich ?",
        PdfText.ascii("0.4 \u2013 0.5 \u2248 \u03b1 \u2265 2 \u00d7 3 \u00b7 e Z\u00fcrich \u4e2d"));
    assertEquals("a\\(b\\)c\\\\", PdfText.literal("a(b)c\\"));
  }

  @Test
  void wrappingKeepsLinesWithinTheWidthAndBreaksOverlongWords() {
    List<String> lines = PdfText.wrap("aaa bbb ccc " + "x".repeat(25), String::length, 10);
    assertEquals(List.of("aaa bbb", "ccc", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"), lines);
  }
}
