package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The HTML injection check catches raw data in HTML and accepts HtmlText-escaped data. */
class HtmlInjectionTest {
  private static String page(boolean escape) {
    StringBuilder html = new StringBuilder("<html><body><table>");
    for (String value : HtmlInjection.HOSTILE) {
      html.append("<tr><td title=\"").append(escape ? HtmlText.escape(value) : value)
          .append("\">").append(escape ? HtmlText.escape(value) : value).append("</td></tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  @Test
  void escapedDataPassesTheCheck() {
    HtmlInjection.assertEscaped(page(true), true);
  }

  @Test
  void rawDataFailsTheCheck() {
    assertThrows(AssertionFailedError.class, () -> HtmlInjection.assertEscaped(page(false), true));
  }

  @Test
  void aReportThatNeverShowsTheDataFailsWhenMarkersAreRequired() {
    assertThrows(AssertionFailedError.class,
        () -> HtmlInjection.assertEscaped("<html><body>nothing</body></html>", true));
  }
}
