package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.w3c.dom.Document;

/** Each export format rendered headless and checked for what a reader of the file gets. */
class ChartExportTest {
  private static ScalingChart chart;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    chart = ScalingChartFactory.create(ChartFixtures.bandGap(),
        ScalingChartOptions.defaults().withTargetError(0.38));
  }

  @Test
  void pngDecodesWithTheRequestedSize() throws Exception {
    Path file = dir.resolve("chart.png");
    ChartExport.write(chart, ChartExport.Format.PNG, file, 640, 480);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(640, image.getWidth());
    assertEquals(480, image.getHeight());
    // not a blank canvas: the plot draws several distinct colours
    long colours = java.util.stream.IntStream.range(0, 640 * 480)
        .map(i -> image.getRGB(i % 640, i / 640)).distinct().limit(50).count();
    assertTrue(colours >= 50, "only " + colours + " colours");
  }

  @Test
  void svgIsXmlAndContainsTheSeriesNames() throws Exception {
    Path file = dir.resolve("chart.svg");
    ChartExport.write(chart, ChartExport.Format.SVG, file, 900, 600);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // JFreeSVG writes a DOCTYPE: allowed, but nothing external is ever fetched
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Document svg = factory.newDocumentBuilder().parse(file.toFile());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    String text = svg.getDocumentElement().getTextContent();
    assertTrue(text.contains("finetune, m = 3683: mean, 90% interval"), text);
    assertTrue(text.contains("scratch 0.516"), text);
    assertTrue(text.contains("fit: "), text);
  }

  @Test
  void pdfStartsWithTheMagicNumberAndHasAPage() throws Exception {
    Path file = dir.resolve("chart.pdf");
    ChartExport.write(chart, ChartExport.Format.PDF, file, 900, 600);
    byte[] pdf = Files.readAllBytes(file);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF-"), text.substring(0, 20));
    assertTrue(text.contains("/Type /Page"), "no page object");
    assertTrue(text.matches("(?s).*/MediaBox \\[0(\\.0)? 0(\\.0)? 900(\\.0)? 600(\\.0)?\\].*"),
        "page is not 900 x 600");
    assertTrue(text.stripTrailing().endsWith("%%EOF"));
  }

  @Test
  void csvHasTheHeaderAndOneRowPerPlottedNumber() throws Exception {
    Path file = dir.resolve("chart.csv");
    ChartExport.write(chart, ChartExport.Format.CSV, file, 900, 600);
    List<String> lines = Files.readAllLines(file);
    assertEquals(String.join(",", PlottedDataCsv.HEADER), lines.get(0));
    assertEquals(chart.plottedRows().size() + 1, lines.size());
    assertTrue(lines.get(1).startsWith("\"finetune, m = 3683\",measured,100,0.529"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("target,target,,0.38,")), lines.toString());
  }

  @Test
  void csvNeutralizesSeriesNamesThatASpreadsheetWouldRun() {
    String csv = PlottedDataCsv.toCsv(List.of(new PlottedRow("=HYPERLINK(1)", "measured", 10, 0.5,
        Double.NaN, Double.NaN, Double.NaN, PlottedRow.Bands.NONE, "", "")));
    assertTrue(csv.lines().toList().get(1).startsWith("'=HYPERLINK(1),measured,10,0.5,,"), csv);
  }

  @Test
  void formatIsRecognizedFromTheFileName() {
    assertEquals(ChartExport.Format.SVG, ChartExport.Format.ofFile(Path.of("a/Chart.SVG")));
    assertEquals(null, ChartExport.Format.ofFile(Path.of("chart.txt")));
  }

  @Test
  void unwritableTargetIsAUserFacingErrorNamingTheFile() throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path target = blocker.resolve("chart.png");
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> ChartExport.write(chart, ChartExport.Format.PNG, target, 300, 200));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
  }

  @Test
  void absurdSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ChartExport.png(chart.chart(), 10, 10));
    assertTrue(ImageIO.getImageReadersByFormatName("png").hasNext());
    assertTrue(new ByteArrayInputStream(ChartExport.png(chart.chart(), 60, 60)).available() > 0);
  }
}
