package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/**
 * Hostile strings in every place data reaches the HTML memo: strategy names (read from a CSV
 * table), the title, the error unit and the data paths of a study design. (The reliability
 * branch adds a shared helper, core.report.HtmlInjection, with the same idea; this test keeps its
 * own check until that lands.)
 */
class MemoEscapingTest {
  /** Markup that would run or restyle something if it reached the HTML unescaped. */
  static final List<String> HOSTILE = List.of(
      "<script>alert('memo-xss-1')</script>",
      "\"><img src=x onerror=alert('memo-xss-2')>",
      "'><svg/onload=alert('memo-xss-3')>",
      "</td></article><iframe src=javascript:alert('memo-xss-4')>",
      "<a href=\"javascript:alert('memo-xss-5')\">click</a>",
      "</style><style>body{display:none}</style>memo-xss-6",
      "<!-- memo-xss-7 --><base href=//evil.example/>");

  private static final List<String> DANGEROUS = List.of("<script", "<img", "<svg/", "<iframe",
      "<a href=\"javascript", "<base", "<style>body", "<!-- memo");

  @TempDir Path dir;

  @Test
  void hostileStrategyNamesTitlesUnitsAndPathsAreEscaped() throws IOException {
    List<Observation> rows = new ArrayList<>();
    LearningCurveTable clean = MemoFixtures.syntheticTable();
    for (int i = 0; i < 5; i++) {
      String name = HOSTILE.get(i);
      for (Observation o : clean.observations()) {
        rows.add(o.isBaseline() ? (i == 0 ? o : null)
            : new Observation(name, o.m(), o.n(), o.repetition(), o.error() * (1 + 0.01 * i)));
      }
    }
    rows.removeIf(java.util.Objects::isNull);
    Path root = dir.resolve("study");
    Path results = MemoFixtures.resultsFolder(root, HOSTILE.get(6), "a".repeat(64));
    MemoFixtures.write(LearningCurveTable.of("hostile", rows), results.resolve("cells.csv"));
    ScalingAnalysis analysis = MemoFixtures.analyze(results);
    MemoSettings settings = new MemoSettings(HOSTILE.get(5), null, null,
        ForecastRequest.forTarget(0.25).withCosts(1, 50, 1000),
        new ErrorMeasure("MAE", "<b>eV"));
    ForecastMemo memo = ForecastMemo.build(analysis, settings,
        ReproducibilityStamps.collect(results, analysis.options(), MemoFixtures.CLOCK));

    String html = MemoHtml.render(memo);

    assertEscaped(html);
    assertTrue(html.contains("&lt;b&gt;eV"), "the unit is escaped, not dropped");
  }

  @Test
  void trustBadgesEscapeTheReasonInTheirTooltip() {
    String badge = MemoHtml.badge(new TrustAssessment(TrustLevel.CAUTION, HOSTILE.get(1),
        List.of()));
    assertFalse(badge.contains("\"><img"), badge);
    assertTrue(badge.contains("title=\"Trust: caution. &quot;&gt;&lt;img"), badge);
  }

  /** Fails when a marker appears with live markup around it, or a marker is missing. */
  static void assertEscaped(String html) {
    List<String> problems = new ArrayList<>();
    for (int i = 1; i <= HOSTILE.size(); i++) {
      String marker = "memo-xss-" + i;
      int at = html.indexOf(marker);
      if (at < 0) {
        problems.add(marker + " is not in the HTML: was the value used at all?");
      }
      while (at >= 0) {
        String around = html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 40))
            .toLowerCase(Locale.ROOT);
        for (String fragment : DANGEROUS) {
          if (around.contains(fragment)) {
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
