package org.sim2real.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * The forecast memo as a one-page A4 PDF, drawn with Graphics2D on JFreePDF (already used for the
 * chart exports, so no new dependency). The text uses the PDF standard fonts and stays searchable
 * (hence ASCII, see {@link PdfText}); the chart is drawn with its text as outlines so its symbols
 * survive. The layout is measured first: the chart takes the room the text leaves (within limits),
 * and if an unusually long title or path still overflows, the whole page is scaled down rather
 * than spilling onto a second page.
 */
public final class MemoPdf {
  static final float PAGE_WIDTH = 595; // A4 in points
  static final float PAGE_HEIGHT = 842;
  static final float MARGIN = 36;
  static final float WIDTH = PAGE_WIDTH - 2 * MARGIN;
  static final float MIN_CHART = 250;
  static final float MAX_CHART = 300;
  private static final float GAP = 8;
  private static final Color TEXT = new Color(0x1d2330);
  private static final Color MUTED = new Color(0x5b6473);
  private static final Color RULE = new Color(0xd5d9df);
  private static final Color WARNING = ChartTheme.NEGATIVE_TRANSFER;

  private final Graphics2D g2;
  private final ForecastMemo memo;
  private boolean drawing;
  private float y;

  private MemoPdf(Graphics2D g2, ForecastMemo memo) {
    this.g2 = g2;
    this.memo = memo;
  }

  public static byte[] render(ForecastMemo memo) {
    PDFDocument document = new PDFDocument();
    document.setTitle(PdfText.ascii(memo.title()));
    document.setAuthor("Sim2Real Scaling Workbench " + PdfText.ascii(AppInfo.version()));
    Page page = document.createPage(new Rectangle((int) PAGE_WIDTH, (int) PAGE_HEIGHT));
    PDFGraphics2D g2 = page.getGraphics2D();
    MemoPdf layout = new MemoPdf(g2, memo);
    float available = PAGE_HEIGHT - 2 * MARGIN;
    float text = layout.run(false, 0);
    float chart = Math.max(MIN_CHART, Math.min(MAX_CHART, available - text));
    float total = text + chart;
    double scale = total > available ? available / total : 1;
    g2.translate(MARGIN + (1 - scale) * WIDTH / 2, MARGIN);
    g2.scale(scale, scale);
    layout.run(true, chart);
    return document.getPDFBytes();
  }

  /** Lays the memo out from y = 0; draws only when asked. Returns the height used. */
  private float run(boolean draw, float chartHeight) {
    drawing = draw;
    y = 0;
    text(memo.title(), bold(16), TEXT, WIDTH, 0);
    y += 2;
    text("Forecast memo for " + CurveKey.of(memo.curve()).label() + " - "
        + memo.stamp().generatedAt().substring(0, 10) + " - 90% intervals from "
        + String.format(Locale.ROOT, "%,d", memo.stamp().bootstrapResamples())
        + " bootstrap refits", plain(9), MUTED, WIDTH, 0);
    y += 6;
    trustBanner();
    y += 4;
    text(memo.uncertaintySentence(), plain(9), TEXT, WIDTH, 0);
    y += GAP;
    cards();
    y += GAP;
    if (memo.sources() != null) {
      sources(memo.sources());
      y += GAP;
    }
    chart(chartHeight);
    y += 4;
    text("Fitted law: " + memo.lawSentence() + (memo.parameterSentences().isEmpty() ? ""
        : " with " + String.join("; ", memo.parameterSentences())) + ".", plain(9), TEXT,
        WIDTH, 0);
    y += 4;
    text(memo.windowSentence(), plain(9), TEXT, WIDTH, 0);
    String warning = memo.negativeTransferWarning();
    if (warning != null) {
      y += 3;
      float top = y;
      text("Warning: " + warning, bold(9), WARNING, WIDTH - 8, 8);
      fill(new Rectangle2D.Float(0, top - 1, 3, y - top + 2), WARNING);
    }
    if (!memo.otherCurves().isEmpty()) {
      y += 3;
      text(memo.otherCurves(), plain(8), MUTED, WIDTH, 0);
    }
    y += GAP;
    stamp();
    return y;
  }

  private void trustBanner() {
    TrustAssessment trust = memo.forecast().fitTrust();
    ForecastCard card = memo.card(ForecastCard.Kind.TRUST);
    String why = card == null ? trust.reason() : card.sentence();
    float top = y;
    y += 5;
    float badgeWidth = badge(trust, 10, y);
    text(why, plain(9), TEXT, WIDTH - badgeWidth - 22, badgeWidth + 18);
    y += 4;
    fill(new Rectangle2D.Float(0, top, 4, y - top), color(trust));
  }

  private void cards() {
    List<ForecastCard> shown = memo.cards().stream()
        .filter(c -> c.kind() != ForecastCard.Kind.TRUST).toList();
    int columns = shown.size() == 4 ? 2 : Math.max(1, shown.size());
    float width = (WIDTH - GAP * (columns - 1)) / columns;
    for (int row = 0; row * columns < shown.size(); row++) {
      float top = y;
      float bottom = top;
      for (int col = 0; col < columns && row * columns + col < shown.size(); col++) {
        y = top;
        card(shown.get(row * columns + col), col * (width + GAP), width);
        bottom = Math.max(bottom, y);
      }
      for (int col = 0; col < columns && row * columns + col < shown.size(); col++) {
        stroke(new RoundRectangle2D.Float(col * (width + GAP), top, width, bottom - top, 6, 6));
      }
      y = bottom + GAP;
    }
    y -= GAP;
  }

  private void card(ForecastCard card, float x, float width) {
    float inner = width - 16;
    y += 6;
    text(card.title(), bold(8), MUTED, inner, x + 7);
    y += 2;
    text(card.value() + (card.unit().isEmpty() ? "" : " " + card.unit()), bold(14), TEXT, inner,
        x + 7);
    if (!card.band().isEmpty()) {
      text(card.band(), plain(8), TEXT, inner, x + 7);
    }
    if (!card.reach().isEmpty()) {
      text(card.reach(), card.reach().startsWith("Extrapolated") ? bold(8) : plain(8), MUTED,
          inner, x + 7);
    }
    y += 2;
    badge(card.trust(), x + 7, y);
    y += 15;
    text(card.sentence(), plain(8), TEXT, inner, x + 7);
    y += 6;
  }

  /** "Which source to grow": the verdict with its badge, the sentence, a table of the sources. */
  private void sources(SourceRanking sources) {
    text(SourceRanking.TITLE.toUpperCase(Locale.ROOT), bold(8), MUTED, WIDTH, 0);
    y += 2;
    float top = y;
    text(sources.value(), bold(12), TEXT, WIDTH - 130, 0);
    float after = y;
    y = top;
    badge(sources.trust(), (float) width(PdfText.ascii(sources.value()), bold(12)) + 8, top + 1);
    y = Math.max(after, top + 14);
    if (!sources.band().isEmpty()) {
      text(sources.band(), plain(8), TEXT, WIDTH, 0);
    }
    y += 1;
    text(sources.sentence(), plain(8), TEXT, WIDTH, 0);
    y += 3;
    List<String> header = new java.util.ArrayList<>(List.of("Rank", "Source",
        "Error " + sources.where()));
    List<Float> widths = new java.util.ArrayList<>(List.of(28f, 70f, 0f));
    if (sources.byBudget()) {
      header.add("Rows bought");
      widths.add(62f);
    }
    if (sources.withTarget()) {
      header.add("n* for the target");
      widths.add(120f);
    }
    header.add("Trust");
    widths.add(78f);
    float fixed = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
    widths.set(2, WIDTH - fixed - 4 * (widths.size() - 1));
    tableRow(header, widths, bold(7));
    for (SourceRanking.Row row : sources.rows()) {
      List<String> cells = new java.util.ArrayList<>(List.of(
          row.rank() == 0 ? "-" : String.valueOf(row.rank()), row.source(), row.error()));
      if (sources.byBudget()) {
        cells.add(row.rows());
      }
      if (sources.withTarget()) {
        cells.add(row.requiredN());
      }
      cells.add(row.trust());
      tableRow(cells, widths, plain(7));
    }
  }

  /** One line of a table: each cell wrapped in its column; the row as high as its tallest. */
  private void tableRow(List<String> cells, List<Float> widths, Font font) {
    float top = y;
    float bottom = top;
    float x = 0;
    for (int i = 0; i < cells.size(); i++) {
      y = top;
      text(cells.get(i), font, TEXT, widths.get(i), x);
      bottom = Math.max(bottom, y);
      x += widths.get(i) + 4;
    }
    y = bottom + 1;
    if (drawing) {
      g2.setPaint(RULE);
      g2.setStroke(new BasicStroke(0.4f));
      g2.draw(new Rectangle2D.Float(0, y, WIDTH, 0));
    }
    y += 2;
  }

  private void chart(float height) {
    if (drawing) {
      Graphics2D chartGraphics = (Graphics2D) g2.create();
      // outlines instead of standard-font text: the chart's symbols are not ASCII
      chartGraphics.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE,
          PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
      chartGraphics.translate(0, y);
      // drawn at the size its fonts were made for, then scaled to the text width
      double scale = WIDTH / MemoHtml.CHART_WIDTH;
      chartGraphics.scale(scale, scale);
      memo.chart().chart().draw(chartGraphics,
          new Rectangle2D.Double(0, 0, MemoHtml.CHART_WIDTH, height / scale));
      chartGraphics.dispose();
    }
    y += height;
  }

  private void stamp() {
    if (drawing) {
      g2.setPaint(RULE);
      g2.setStroke(new BasicStroke(0.6f));
      g2.draw(new Rectangle2D.Float(0, y, WIDTH, 0));
    }
    y += 4;
    text("REPRODUCIBILITY", bold(7), MUTED, WIDTH, 0);
    ReproducibilityStamp stamp = memo.stamp();
    stampLine("Application", "Sim2Real Scaling Workbench " + stamp.applicationVersion());
    stampLine("Source", stamp.source());
    stampLine("Design hash", stamp.designHash() == null ? stamp.designHashNote()
        : "SHA-256 " + stamp.designHash());
    for (ReproducibilityStamp.DataFile file : stamp.files()) {
      stampLine(file.role().substring(0, 1).toUpperCase(Locale.ROOT) + file.role().substring(1),
          file.path() + "  "
          + (file.sha256() == null ? file.note() : "SHA-256 " + file.sha256()));
    }
    stampLine("Seeds", stamp.seedSentence().substring("Seeds: ".length()));
    stampLine("Date", stamp.generatedAt());
  }

  private void stampLine(String term, String value) {
    float top = y;
    text(term, bold(7), TEXT, 88, 0);
    float after = y;
    y = top;
    text(value, mono(7), TEXT, WIDTH - 92, 92);
    y = Math.max(y, after);
  }

  /** Draws a trust badge with its top-left at (x, top); returns its width. */
  private float badge(TrustAssessment trust, float x, float top) {
    Font font = bold(8);
    String label = "Trust: " + trust.level().label();
    float width = (float) width(label, font) + 10;
    if (drawing) {
      fill(new RoundRectangle2D.Float(x, top, width, 12, 12, 12), color(trust));
      g2.setFont(font);
      g2.setPaint(Color.WHITE);
      g2.drawString(PdfText.literal(label), x + 5, top + 9f);
    }
    return width;
  }

  /** Wrapped text at x with its first line's top at y; advances y. */
  private void text(String text, Font font, Color color, float width, float x) {
    float lineHeight = font.getSize2D() * 1.28f;
    for (String line : PdfText.wrap(PdfText.ascii(text), s -> width(s, font), width)) {
      if (drawing) {
        g2.setFont(font);
        g2.setPaint(color);
        g2.drawString(PdfText.literal(line), x, y + font.getSize2D());
      }
      y += lineHeight;
    }
  }

  private void fill(java.awt.Shape shape, Color color) {
    if (drawing) {
      g2.setPaint(color);
      g2.fill(shape);
    }
  }

  private void stroke(java.awt.Shape shape) {
    if (drawing) {
      g2.setPaint(RULE);
      g2.setStroke(new BasicStroke(0.7f));
      g2.draw(shape);
    }
  }

  /**
   * A font with Helvetica's widths for measuring what the PDF's Helvetica will draw: the JDK's
   * SansSerif is DejaVu Sans on Linux, about 10% wider, which would leave badges too wide.
   */
  private static final String MEASURE_FAMILY = metricFamily();

  private static String metricFamily() {
    List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames(Locale.ROOT));
    for (String family : List.of("Helvetica", "Arial", "Liberation Sans", "Nimbus Sans")) {
      if (installed.contains(family)) {
        return family;
      }
    }
    return Font.SANS_SERIF;
  }

  /** Width in points with fractional glyph advances (whole-pixel ones add up to 5% error). */
  private static double width(String text, Font font) {
    Font measured = font.getName().equals(Font.SANS_SERIF)
        ? new Font(MEASURE_FAMILY, font.getStyle(), font.getSize()) : font;
    return measured.getStringBounds(text, MEASURING).getWidth();
  }

  private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

  private static Color color(TrustAssessment trust) {
    return ChartTheme.LIGHT.trustColor(trust.level());
  }

  // whole point sizes only: JFreePDF writes Font.getSize(), so 8.5 would print as 8
  private static Font plain(int size) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, size);
  }

  private static Font bold(int size) {
    return new Font(Font.SANS_SERIF, Font.BOLD, size);
  }

  private static Font mono(int size) {
    return new Font(Font.MONOSPACED, Font.PLAIN, size);
  }
}
