package org.sim2real.core.report;

import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The forecast memo as one self-contained HTML file: the chart inline as SVG (text stays text and
 * prints sharp), styles inline, no scripts and no external resources (a content security policy
 * forbids them as a second line of defence), laid out to print on one A4 or Letter page. Every
 * string that came from data (strategy names, file paths, titles, sentences that quote them) goes
 * through {@link HtmlText#escape}; only this class's own markup is written raw.
 */
public final class MemoHtml {
  /** Chart drawing size in SVG user units; the page scales it to the text width. */
  static final int CHART_WIDTH = 880;

  static final int CHART_HEIGHT = 460;

  private MemoHtml() {}

  public static String render(ForecastMemo memo) {
    StringBuilder html = new StringBuilder(64_000);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Sim2Real Scaling Workbench ")
        .append(e(memo.stamp().applicationVersion())).append("\">\n")
        .append("<title>").append(e(memo.title())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<main class=\"memo\">\n");
    header(html, memo);
    cards(html, memo.cards());
    sources(html, memo.sources());
    chart(html, memo);
    details(html, memo);
    stamp(html, memo.stamp());
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, ForecastMemo memo) {
    TrustAssessment trust = memo.forecast().fitTrust();
    ForecastCard trustCard = memo.card(ForecastCard.Kind.TRUST);
    String why = trustCard == null ? trust.reason() : trustCard.sentence();
    html.append("<header>\n<h1>").append(e(memo.title())).append("</h1>\n")
        .append("<p class=\"context\">Forecast memo for ").append(e(CurveKey.of(memo.curve()).label()))
        .append(" &middot; ").append(e(memo.stamp().generatedAt().substring(0, 10)))
        .append(" &middot; 90% intervals from ")
        .append(String.format(Locale.ROOT, "%,d", memo.stamp().bootstrapResamples()))
        .append(" bootstrap refits</p>\n")
        .append("<div class=\"trust-banner ").append(levelClass(trust.level())).append("\">")
        .append(badge(trust)).append("<span>").append(e(why)).append("</span></div>\n")
        .append("<p class=\"uncertainty\">").append(e(memo.uncertaintySentence()))
        .append("</p>\n</header>\n");
  }

  private static void cards(StringBuilder html, List<ForecastCard> cards) {
    long shown = cards.stream().filter(c -> c.kind() != ForecastCard.Kind.TRUST).count();
    // four cards go two by two: three in a row and one below would waste half a page
    html.append("<section class=\"cards").append(shown == 4 ? " two-by-two" : "").append("\">\n");
    for (ForecastCard card : cards) {
      if (card.kind() == ForecastCard.Kind.TRUST) {
        continue; // the banner above says it, with the same words
      }
      html.append("<article class=\"card\" id=\"card-")
          .append(card.kind().name().toLowerCase(Locale.ROOT)).append("\">\n<h2>")
          .append(e(card.title())).append("</h2>\n<p class=\"value\">")
          .append(e(card.value()));
      if (!card.unit().isEmpty()) {
        html.append(" <span class=\"unit\">").append(e(card.unit())).append("</span>");
      }
      html.append("</p>\n");
      if (!card.band().isEmpty()) {
        html.append("<p class=\"band\">").append(e(card.band())).append("</p>\n");
      }
      if (!card.reach().isEmpty()) {
        html.append("<p class=\"reach")
            .append(card.reach().startsWith("Extrapolated") ? " extrapolated" : "").append("\">")
            .append(e(card.reach())).append("</p>\n");
      }
      html.append("<p class=\"trust\">").append(badge(card.trust()))
          .append("</p>\n<p class=\"sentence\">")
          .append(e(card.sentence())).append("</p>\n</article>\n");
    }
    html.append("</section>\n");
  }

  /** "Which source to grow": the answer in words, then every source in a small table. */
  private static void sources(StringBuilder html, @Nullable SourceRanking sources) {
    if (sources == null) {
      return;
    }
    html.append("<section class=\"sources\" id=\"sources\">\n<h2>")
        .append(e(SourceRanking.TITLE)).append("</h2>\n<p class=\"verdict\"><strong>")
        .append(e(sources.value())).append("</strong> ").append(badge(sources.trust()))
        .append("</p>\n");
    if (!sources.band().isEmpty()) {
      html.append("<p class=\"band\">").append(e(sources.band())).append("</p>\n");
    }
    html.append("<p class=\"sentence\">").append(e(sources.sentence())).append("</p>\n")
        .append("<table>\n<thead><tr><th>Rank</th><th>Source</th><th>")
        .append(e("Error " + sources.where()))
        .append("</th>");
    if (sources.byBudget()) {
      html.append("<th>Rows bought</th>");
    }
    if (sources.withTarget()) {
      html.append("<th>n* for the target</th>");
    }
    html.append("<th>Trust</th></tr></thead>\n<tbody>\n");
    for (SourceRanking.Row row : sources.rows()) {
      html.append("<tr><td>").append(row.rank() == 0 ? "-" : String.valueOf(row.rank()))
          .append("</td><td>").append(e(row.source())).append("</td><td>")
          .append(e(row.error())).append("</td>");
      if (sources.byBudget()) {
        html.append("<td>").append(e(row.rows())).append("</td>");
      }
      if (sources.withTarget()) {
        html.append("<td>").append(e(row.requiredN())).append("</td>");
      }
      html.append("<td>").append(e(row.trust())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static void chart(StringBuilder html, ForecastMemo memo) {
    SVGGraphics2D g2 = new SVGGraphics2D(CHART_WIDTH, CHART_HEIGHT);
    g2.setDefsKeyPrefix("memo");
    memo.chart().chart().draw(g2, new Rectangle(CHART_WIDTH, CHART_HEIGHT));
    String svg = g2.getSVGElement("memo-chart", false,
        new ViewBox(0, 0, CHART_WIDTH, CHART_HEIGHT), PreserveAspectRatio.XMID_YMID,
        MeetOrSlice.MEET);
    html.append("<figure>\n<div class=\"chart\" role=\"img\" aria-label=\"")
        .append(e("Log-log chart of the test error against the simulation size n: "
            + memo.lawSentence()))
        .append("\">\n").append(svg).append("\n</div>\n<figcaption><strong>Fitted law:</strong> ")
        .append(e(memo.lawSentence()));
    List<String> parameters = memo.parameterSentences();
    if (!parameters.isEmpty()) {
      html.append(" with ").append(e(String.join("; ", parameters)));
    }
    html.append(".</figcaption>\n</figure>\n");
  }

  private static void details(StringBuilder html, ForecastMemo memo) {
    html.append("<section class=\"details\">\n<p>").append(e(memo.windowSentence())).append("</p>\n");
    String warning = memo.negativeTransferWarning();
    if (warning != null) {
      html.append("<p class=\"warning\"><strong>Warning:</strong> ").append(e(warning))
          .append("</p>\n");
    }
    if (!memo.otherCurves().isEmpty()) {
      html.append("<p class=\"muted\">").append(e(memo.otherCurves())).append("</p>\n");
    }
    html.append("</section>\n");
  }

  private static void stamp(StringBuilder html, ReproducibilityStamp stamp) {
    html.append("<footer class=\"stamp\">\n<h2>Reproducibility</h2>\n<dl>\n");
    row(html, "Application", "Sim2Real Scaling Workbench " + stamp.applicationVersion());
    row(html, "Source", stamp.source());
    row(html, "Design hash", stamp.designHash() == null ? stamp.designHashNote()
        : "SHA-256 " + stamp.designHash());
    for (ReproducibilityStamp.DataFile file : stamp.files()) {
      row(html, capitalized(file.role()), file.path() + "  "
          + (file.sha256() == null ? file.note() : "SHA-256 " + file.sha256()));
    }
    row(html, "Seeds", stamp.seedSentence().substring("Seeds: ".length()));
    row(html, "Date", stamp.generatedAt());
    html.append("</dl>\n</footer>\n");
  }

  private static void row(StringBuilder html, String term, String value) {
    html.append("<dt>").append(e(term)).append("</dt><dd>").append(e(value)).append("</dd>\n");
  }

  /** The coloured trust badge: the level in words, never colour alone. */
  static String badge(TrustAssessment trust) {
    return "<span class=\"badge " + levelClass(trust.level()) + "\" title=\""
        + e(trust.sentence()) + "\">Trust: " + e(trust.level().label()) + "</span>";
  }

  private static String levelClass(TrustLevel level) {
    return switch (level) {
      case GOOD -> "good";
      case CAUTION -> "caution";
      case DO_NOT_EXTRAPOLATE -> "stop";
    };
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String e(String text) {
    return HtmlText.escape(text);
  }

  /**
   * Screen: a page-wide sheet. Print: one page, margins the browser's page size allows for both A4
   * (210 x 297 mm) and Letter (216 x 279 mm), colours kept for the badges.
   */
  private static final String CSS = """
      @page { margin: 11mm; }
      * { box-sizing: border-box; }
      html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0; background: #eef0f3; color: #1d2330;
        font: 10pt/1.35 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
      .memo { max-width: 190mm; margin: 8mm auto; padding: 9mm 10mm; background: #fff;
        box-shadow: 0 1px 4px rgba(0,0,0,.15); }
      h1 { font-size: 16pt; margin: 0 0 1mm; line-height: 1.2; overflow-wrap: anywhere; }
      h2 { font-size: 9pt; margin: 0 0 1mm; color: #5b6473; font-weight: 600;
        overflow-wrap: anywhere; }
      p { margin: 0 0 1.5mm; overflow-wrap: anywhere; }
      .context { color: #5b6473; font-size: 9pt; }
      .uncertainty { font-size: 9pt; }
      .card .band { font-size: 8.5pt; margin-top: -1mm; }
      .card .reach { font-size: 8.5pt; color: #5b6473; }
      .card .reach.extrapolated { color: #8a4b00; font-weight: 600; }
      .trust-banner { display: flex; gap: 3mm; align-items: baseline; margin: 2mm 0 3mm;
        padding: 2mm 3mm; border-left: 2mm solid; border-radius: 1mm; background: #f6f7f9; }
      .trust-banner.good { border-color: #00785A; }
      .trust-banner.caution { border-color: #9A6700; background: #fdf7ea; }
      .trust-banner.stop { border-color: #B34700; background: #fcf0e8; }
      .badge { display: inline-block; white-space: nowrap; padding: .4mm 2mm; border-radius: 3mm;
        color: #fff; font-size: 8.5pt; font-weight: 700; vertical-align: middle; }
      .badge.good { background: #00785A; }
      .badge.caution { background: #9A6700; }
      .badge.stop { background: #B34700; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(52mm, 1fr));
        gap: 3mm; margin-bottom: 2mm; }
      .cards.two-by-two { grid-template-columns: repeat(2, 1fr); }
      .card { border: 0.3mm solid #d5d9df; border-radius: 1.5mm; padding: 2.5mm 3mm;
        break-inside: avoid; }
      .card .value { font-size: 17pt; font-weight: 700; margin: 0 0 1mm; line-height: 1.25; }
      .card .unit { font-size: 10pt; font-weight: 400; color: #5b6473; }
      .card .trust { margin: 0 0 1mm; }
      .card .sentence { font-size: 9pt; margin: 0; }
      .sources { margin: 0 0 2mm; break-inside: avoid; }
      .sources .verdict { font-size: 12pt; margin: 0 0 1mm; }
      .sources .band, .sources .sentence { font-size: 9pt; }
      .sources table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
      .sources th, .sources td { text-align: left; padding: .4mm 2mm .4mm 0;
        border-bottom: 0.2mm solid #d5d9df; }
      figure { margin: 0 0 2mm; break-inside: avoid; }
      .chart svg { display: block; width: 100%; height: auto; }
      figcaption { font-size: 9pt; overflow-wrap: anywhere; }
      .details { font-size: 9pt; }
      .warning { border-left: 1.5mm solid #D55E00; padding: 1mm 2mm; background: #fcf0e8; }
      .muted { color: #5b6473; }
      .stamp { border-top: 0.3mm solid #d5d9df; padding-top: 1.5mm; font-size: 7.5pt;
        color: #3c4350; break-inside: avoid; }
      .stamp dl { display: grid; grid-template-columns: max-content 1fr; gap: .2mm 3mm; margin: 0; }
      .stamp dt { font-weight: 600; }
      .stamp dd { margin: 0; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
        font-size: 7pt; overflow-wrap: anywhere; }
      @media print {
        body { background: #fff; }
        .memo { max-width: none; margin: 0; padding: 0; box-shadow: none; }
        .chart svg { max-height: 78mm; }
        .two-by-two ~ figure .chart svg { max-height: 66mm; }
        .trust-banner { font-size: 9pt; }
        .card .value { font-size: 15pt; }
        .card .sentence { font-size: 8.5pt; }
      }
      """;
}
