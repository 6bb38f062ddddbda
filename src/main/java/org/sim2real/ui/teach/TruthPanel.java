package org.sim2real.ui.teach;

import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.DataNeedVerdict;

/**
 * The numbers under the chart: truth against fit for D, alpha, C and n*(T) with the fit's 90%
 * intervals and a check mark where the interval holds the truth; beside it the data-need forecast
 * against the true n*, and the fit's trust and back-test.
 */
final class TruthPanel extends GridPane {
  private static final double GAP = 24;
  private static final double TRUTH_WIDTH = 300;
  private static final double FORECAST_MIN_WIDTH = 220;

  private final GridPane table = new GridPane();
  private final Label state = text("fitState", "detail-text");
  private final Label need = text("needForecast", "detail-text");
  private final Label trueNeed = text("needTruth", "detail-text");
  private final Label backTest = text("teachBackTest", "detail-text");
  private final Label truthTitle = section("Truth against the fit");
  private @Nullable List<TruthCheck> shownChecks;
  private boolean shownWithTruth = true;

  TruthPanel() {
    setHgap(GAP);
    setVgap(12);
    getStyleClass().add("teach-results");
    setId("teachResults");
    table.setId("truthTable");
    table.getStyleClass().add("truth-table");
    ColumnConstraints name = new ColumnConstraints();
    ColumnConstraints right = new ColumnConstraints();
    right.setHalignment(HPos.RIGHT);
    ColumnConstraints right2 = new ColumnConstraints();
    right2.setHalignment(HPos.RIGHT);
    table.getColumnConstraints().addAll(name, right, right2, new ColumnConstraints(),
        new ColumnConstraints());
    VBox needBox = new VBox(4, need, trueNeed);
    needBox.setId("needBox");
    Tooltip.install(table, new Tooltip("\u2713 the truth lies inside the fit's 90% interval;"
        + " \u2717 it does not. That happens in some draws: press New Draw and count."));
    VBox truth = new VBox(4, truthTitle, state, table);
    truth.setId("truthBox");
    truth.setMinWidth(TRUTH_WIDTH);
    VBox forecast = new VBox(4, section("Data need for the target"), needBox,
        section("Trust and the back-test"), backTest);
    forecast.setId("forecastBox");
    forecast.setMinWidth(FORECAST_MIN_WIDTH);
    ColumnConstraints truthColumn = new ColumnConstraints(TRUTH_WIDTH, 400, 400);
    ColumnConstraints forecastColumn = new ColumnConstraints();
    forecastColumn.setHgrow(Priority.ALWAYS);
    getColumnConstraints().addAll(truthColumn, forecastColumn);
    add(truth, 0, 0);
    add(forecast, 1, 0);
    // beside the table while there is room; in a narrow window below it, instead of pushing the
    // Teach screen past the window's edge (a grid, unlike a flow pane, wraps the labels inside)
    widthProperty().addListener((obs, old, width) -> {
      boolean beside = width.doubleValue() - snappedLeftInset() - snappedRightInset()
          >= TRUTH_WIDTH + GAP + FORECAST_MIN_WIDTH;
      GridPane.setConstraints(forecast, beside ? 1 : 0, beside ? 0 : 1);
      truthColumn.setMaxWidth(beside ? 400 : Double.MAX_VALUE);
    });
    show(TeachingSetup.defaults(), TeachViewModel.DEFAULT_TARGET, null,
        "Press Run Synthetic Study to simulate the study.", true);
  }

  /** As narrow as the table: the forecast then goes below it. */
  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + TRUTH_WIDTH + snappedRightInset();
  }

  /**
   * @param setup the settings now, shown until the first fit
   * @param target the target error now, shown until the first fit
   * @param result the latest fit, or null before the first run
   * @param status what the fit is doing (study running, quick fit, full fit)
   * @param withTruth false hides every true value (the truth column, the checks against it and
   *     the true n*), for a class that is to guess the truth from the points first
   */
  void show(TeachingSetup setup, double target, @Nullable TeachResult result, String status,
      boolean withTruth) {
    state.setText(status);
    truthTitle.setText(withTruth ? "Truth against the fit" : "The fit (the truth is hidden)");
    // the fit's own truth: while a slider moves it may lag the slider by one fit, never mix
    List<TruthCheck> checks = result != null ? result.checks()
        : TruthCheck.of(setup, null, null, target);
    // while the study fills in, only the status changes
    if (!checks.equals(shownChecks) || withTruth != shownWithTruth) {
      shownChecks = checks;
      shownWithTruth = withTruth;
      showChecks(checks, withTruth);
    }
    showNeed(result, withTruth);
    showTrust(result == null ? null : result.curve());
  }

  private void showChecks(List<TruthCheck> checks, boolean withTruth) {
    table.getChildren().clear();
    if (!withTruth) {
      // the fit alone: no truth column and no marks, which would tell where the truth lies
      addRow(0, new String[] {"", "fitted", "90% interval"}, "truth-header", "");
      int row = 1;
      for (TruthCheck check : checks) {
        addRow(row++, new String[] {label(check), check.fittedText(), check.intervalText()},
            "truth-cell", "");
      }
      return;
    }
    addRow(0, new String[] {"", "truth", "fitted", "90% interval", ""}, "truth-header", "");
    int row = 1;
    for (TruthCheck check : checks) {
      String mark = check.status() == TruthCheck.Status.INSIDE ? "truth-inside"
          : check.status() == TruthCheck.Status.OUTSIDE ? "truth-outside" : "truth-none";
      addRow(row++, new String[] {label(check), check.truthText(), check.fittedText(),
          check.intervalText(), check.status().mark()}, "truth-cell", mark);
    }
  }

  private static String label(TruthCheck check) {
    return check.name().equals("n*") ? "n* (target)" : check.name();
  }

  private void addRow(int row, String[] cells, String style, String markStyle) {
    for (int c = 0; c < cells.length; c++) {
      Label cell = new Label(cells[c]);
      cell.getStyleClass().add(style);
      cell.setId("truth-" + row + "-" + c);
      cell.setMinWidth(Region.USE_PREF_SIZE);
      if (c == cells.length - 1 && !markStyle.isEmpty()) {
        cell.getStyleClass().add(markStyle);
      }
      table.add(cell, c, row);
    }
  }

  private void showNeed(@Nullable TeachResult result, boolean withTruth) {
    if (result == null) {
      need.setText("The forecast appears once the study has run.");
      trueNeed.setText("");
      return;
    }
    double t = result.target();
    TeachingSetup truth = result.setup();
    DataNeedForecast forecast = result.dataNeed();
    need.setText(forecast == null ? "Forecast: none without a fitted law."
        : "Forecast from the fit: " + forecast.sentence() + lawCrossing(forecast));
    if (!withTruth) {
      trueNeed.setText("The true n* is hidden: tick Show the truth to compare.");
      return;
    }
    OptionalDouble nStar = truth.trueRequiredN(t);
    trueNeed.setText(nStar.isPresent()
        ? "Truth: n* = " + Format.size(nStar.getAsDouble()) + " simulations reach T = "
            + Format.value(t) + " (" + ratio(nStar.getAsDouble() / truth.nMax())
            + " the largest n of the study)."
        : "Truth: T = " + Format.value(t) + " is at or below the true floor C = "
            + Format.value(truth.c()) + ": unreachable by simulation alone.");
  }

  /**
   * A target some measured mean already reached has two answers: the first measured size below
   * it, and where the fitted law crosses it (the n* of the chart and the table). Both are named,
   * and which is which, so that the screen does not seem to contradict itself.
   */
  static String lawCrossing(DataNeedForecast forecast) {
    double n = forecast.requiredN().value();
    if (forecast.verdict() != DataNeedVerdict.ALREADY_REACHED || !Double.isFinite(n)) {
      return "";
    }
    return " The fitted law crosses it at n* = " + Format.size(n) + " (the n* of the chart and"
        + " the table): the law smooths the noise of the measured means.";
  }

  private static String ratio(double r) {
    return r >= 1 ? Format.value(r) + "x" : "below";
  }

  private void showTrust(@Nullable CurveAnalysis curve) {
    BackTest test = curve == null ? null : curve.backTest();
    String trust = curve == null || curve.fit() == null ? ""
        : "Trust: " + curve.trust().level().label() + " \u2014 " + curve.trust().reason() + " ";
    backTest.setText(curve == null ? "" : trust + (test == null
        ? "Back-test not possible yet: the fit window has too few sizes." : test.sentence()));
  }

  private static Label section(String title) {
    Label l = new Label(title);
    l.getStyleClass().add("section-title");
    return l;
  }

  private static Label text(String id, String style) {
    return text(id, style, "");
  }

  private static Label text(String id, String style, String content) {
    Label l = new Label(content);
    l.setId(id);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    // every line of it: where the step is short it scrolls, rather than ending the text in "..."
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }
}
