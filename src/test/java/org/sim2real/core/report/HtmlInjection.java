package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For tests of anything that writes HTML from data (the HTML memo, exported reports): hostile
 * strings to put into every place data reaches (file names, column names, formulas, strategy
 * names, notes), and a check that the generated HTML contains none of them unescaped.
 *
 * <p>Usage: build the inputs with {@link #HOSTILE} values (each carries a unique marker such as
 * {@code s2r-xss-3}), generate the HTML, then {@code HtmlInjection.assertEscaped(html, true)}.
 */
public final class HtmlInjection {
  /** Markup that would run or restyle something if it reached the HTML unescaped. */
  public static final List<String> HOSTILE = List.of(
      "<script>alert('s2r-xss-1')</script>",
      "\"><img src=x onerror=alert('s2r-xss-2')>",
      "'><svg/onload=alert('s2r-xss-3')>",
      "</td></tr></table><iframe src=javascript:alert('s2r-xss-4')>",
      "<a href=\"javascript:alert('s2r-xss-5')\">click</a>",
      "</style><style>body{display:none}</style>s2r-xss-6",
      "<!-- s2r-xss-7 --><base href=//evil.example/>",
      "\" onmouseover=\"alert('s2r-xss-8')",
      "=HYPERLINK(\"http://evil.example\",\"s2r-xss-9\")");

  /**
   * Fragments that must never appear near a marker: an opened tag or a quote that closes an
   * attribute. ("onerror=alert" inside an escaped attribute value is inert text.)
   */
  private static final List<String> DANGEROUS = List.of("<script", "<img", "<svg", "<iframe",
      "<a href=\"javascript", "<base", "<style>body", "\" onmouseover=\"alert", "<!-- s2r-xss");

  private HtmlInjection() {}

  /**
   * Fails when any hostile value appears unescaped in {@code html}.
   *
   * @param requireEveryMarker also fail when a marker is missing altogether, which means the test
   *     did not put that value where data goes (a check that checks nothing)
   */
  public static void assertEscaped(String html, boolean requireEveryMarker) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String marker = "s2r-xss-" + (i + 1);
      int at = html.indexOf(marker);
      if (at < 0) {
        if (requireEveryMarker) {
          problems.add("marker " + marker + " is not in the HTML: was the value used at all?");
        }
        continue;
      }
      while (at >= 0) {
        String around = html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 40));
        String lower = around.toLowerCase(Locale.ROOT);
        for (String fragment : DANGEROUS) {
          if (lower.contains(fragment.toLowerCase(Locale.ROOT))) {
            problems.add("unescaped " + fragment + " near " + marker + ": ..." + around + "...");
          }
        }
        at = html.indexOf(marker, at + 1);
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }
}
