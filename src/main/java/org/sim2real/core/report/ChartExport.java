package org.sim2real.core.report;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.sim2real.core.io.AtomicFiles;

/**
 * Writes a chart as PNG, SVG or PDF, and a {@link ScalingChart}'s plotted data as CSV. Every file
 * is written atomically (a failed export never leaves half a file); write errors are {@link
 * org.sim2real.core.io.UserFacingException}s that say which file and what to check. Headless
 * (AWT only), so the CLI and the memo use it as well as the GUI.
 */
public final class ChartExport {
  /** The export formats with their file-chooser description and extension. */
  public enum Format {
    PNG("PNG image", "png"),
    SVG("SVG vector drawing", "svg"),
    PDF("PDF document", "pdf"),
    CSV("Plotted data (CSV)", "csv");

    private final String description;
    private final String extension;

    Format(String description, String extension) {
      this.description = description;
      this.extension = extension;
    }

    public String description() {
      return description;
    }

    public String extension() {
      return extension;
    }

    /** The format a file name asks for by its extension, or null. */
    public static @org.jspecify.annotations.Nullable Format ofFile(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (name.endsWith("." + f.extension)) {
          return f;
        }
      }
      return null;
    }
  }

  /** Default export size in pixels (points for PDF): wide enough for the legend's equations. */
  public static final int DEFAULT_WIDTH = 1000;

  public static final int DEFAULT_HEIGHT = 700;

  private ChartExport() {}

  /** Writes the chart, or its plotted data for CSV, in the given format. */
  public static void write(ScalingChart chart, Format format, Path file, int width, int height) {
    write(chart.chart(), chart.plottedRows(), format, file, width, height);
  }

  /** Writes a chart, or the rows it plots for CSV, in the given format. */
  public static void write(JFreeChart chart, List<PlottedRow> rows, Format format, Path file,
      int width, int height) {
    switch (format) {
      case PNG -> writePng(chart, file, width, height);
      case SVG -> writeSvg(chart, file, width, height);
      case PDF -> writePdf(chart, file, width, height);
      case CSV -> PlottedDataCsv.write(rows, file);
    }
  }

  public static void writePng(JFreeChart chart, Path file, int width, int height) {
    AtomicFiles.write(file, png(chart, width, height));
  }

  public static byte[] png(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
    return out.toByteArray();
  }

  public static void writeSvg(JFreeChart chart, Path file, int width, int height) {
    AtomicFiles.write(file, svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
  }

  /** The chart as an SVG document; text stays text, so names can be searched and edited. */
  public static String svg(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    chart.draw(g2, new Rectangle(width, height));
    return g2.getSVGDocument();
  }

  public static void writePdf(JFreeChart chart, Path file, int width, int height) {
    AtomicFiles.write(file, pdf(chart, width, height));
  }

  /** The chart as a one-page PDF of width x height points, text drawn as outlines. */
  public static byte[] pdf(JFreeChart chart, int width, int height) {
    checkSize(width, height);
    PDFDocument document = new PDFDocument();
    document.setTitle(chart.getTitle() == null ? "Scaling chart" : chart.getTitle().getText());
    document.setAuthor("Sim2Real Scaling Workbench " + AppInfo.version());
    Page page = document.createPage(new Rectangle(width, height));
    PDFGraphics2D g2 = page.getGraphics2D();
    // the PDF's standard fonts have no middle dot, superscript 2 or dash and print "?" for them:
    // text drawn as outlines looks exactly like the PNG (at the price of selectable text)
    g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    chart.draw((Graphics2D) g2, new Rectangle(width, height));
    return document.getPDFBytes();
  }

  /** The plotted data of a chart as CSV text. */
  public static String csv(List<PlottedRow> rows) {
    return PlottedDataCsv.toCsv(rows);
  }

  private static void checkSize(int width, int height) {
    if (width < 50 || height < 50 || width > 20_000 || height > 20_000) {
      throw new IllegalArgumentException(
          "chart size must lie between 50 and 20,000 pixels, got " + width + " x " + height);
    }
  }
}
