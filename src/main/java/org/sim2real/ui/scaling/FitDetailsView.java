package org.sim2real.ui.scaling;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.LawDescriptions;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.Extrapolation;
import org.sim2real.core.scaling.fit.LawForm;
import org.sim2real.core.scaling.fit.ModelComparison;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The numbers behind the chart for one curve, each section led by one plain sentence with the
 * numbers after it: the grade with every concern; the law's shape, its formula and D, alpha, C
 * (and n_b) with 90% intervals; which sources of uncertainty the bands include and how much they
 * widen beyond the data, with the analysis's notes; goodness of fit and the other law forms; the
 * rolling back-test; the regime and negative transfer.
 */
final class FitDetailsView extends VBox {
  private final Label heading = label("fitHeading", "section-title");
  private final Label trust = label("fitTrust", "trust-text");
  private final Label concerns = label("fitConcerns", "detail-text");
  private final Label lawShape = label("fitLawShape", "plain-text");
  private final Label law = label("fitLaw", "detail-text");
  private final GridPane parameters = new GridPane();
  private final Label uncertainty = label("fitUncertainty", "plain-text");
  private final Label extrapolation = label("fitExtrapolation", "detail-text");
  private final Label notes = label("fitNotes", "detail-text");
  private final Label goodness = label("fitGoodness", "detail-text");
  private final Label comparison = label("fitComparison", "detail-text");
  private final Label backTest = label("fitBackTest", "detail-text");
  private final Label lawBackTests = label("fitLawBackTests", "detail-text");
  private final Label regime = label("fitRegime", "detail-text");
  private final Label negative = label("fitNegativeTransfer", "detail-text");

  FitDetailsView() {
    getStyleClass().add("fit-details");
    parameters.setId("parameterTable");
    parameters.getStyleClass().add("parameter-table");
    ColumnConstraints name = new ColumnConstraints();
    ColumnConstraints value = new ColumnConstraints();
    value.setHalignment(HPos.RIGHT);
    parameters.getColumnConstraints().addAll(name, value, new ColumnConstraints());
    getChildren().addAll(heading, trust, concerns,
        subtitle("Law"), lawShape, law, parameters,
        subtitle("Uncertainty"), uncertainty, extrapolation, notes,
        subtitle("Fit and law form"), plain("How closely the law follows the points, and"
            + " whether another form describes them better."), goodness, comparison,
        subtitle("Back-test"), plain("The analysis replayed as if the study had stopped at each"
            + " earlier size: did its forecasts hold what was measured later?"), backTest,
        lawBackTests,
        subtitle("Regime"), regime, negative);
    show(null);
  }

  private static Label label(String id, String style) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private static Label subtitle(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("subsection-title");
    return l;
  }

  private static Label plain(String text) {
    Label l = label(null, "plain-text");
    l.setText(text);
    return l;
  }

  void show(@Nullable CurveAnalysis curve) {
    parameters.getChildren().clear();
    trust.getStyleClass().removeAll("trust-good", "trust-caution", "trust-stop");
    // without a curve only the heading is left: sections without numbers would say nothing
    getChildren().forEach(n -> {
      n.setVisible(curve != null || n == heading);
      n.setManaged(curve != null || n == heading);
    });
    if (curve == null) {
      heading.setText("Fitted law");
      return;
    }
    heading.setText("Fitted law: " + CurveKey.of(curve).label());
    TrustAssessment grade = curve.trust();
    trust.setText((curve.fit() == null ? "No law fitted. " : "Trust: "
        + grade.level().label() + " \u2014 ") + grade.reason());
    trust.getStyleClass().add(trustStyle(grade.level()));
    concerns.setText(bullets(grade.level() == TrustLevel.GOOD && grade.concerns().isEmpty()
        ? "" : "Every concern:", grade.concerns()));
    lawShape.setText(LawDescriptions.shapeSentence(curve));
    law.setText(curve.fit() == null ? "" : LawDescriptions.lawWithForm(curve));
    addRow(0, "parameter", "value", "90% interval", true);
    int row = 1;
    for (ParameterEstimate p : curve.parameters()) {
      addRow(row++, p.name(), value(p), interval(p), false);
    }
    if (curve.fit() != null && curve.fit().form() == LawForm.BROKEN_POWER_LAW) {
      law.setText(law.getText() + "\nD is that of the tail D\u00b7n^-alpha + C; n_b is the break.");
    }
    uncertainty.setText(LawDescriptions.uncertaintySentence(curve));
    Extrapolation spread = curve.extrapolation();
    extrapolation.setText(spread == null ? "" : spread.sentence());
    notes.setText(bullets("Notes:", curve.notes()));
    goodness.setText(curve.goodness() == null ? "No goodness of fit without a law."
        : "Goodness: " + curve.goodness().sentence());
    ModelComparison models = curve.comparison();
    comparison.setText(models == null ? "" : models.sentence());
    backTest.setText(curve.backTests().sentence());
    lawBackTests.setText(lawRecord(curve));
    regime.setText(curve.regime().sentence());
    negative.setText(negativeTransfer(curve.regime().negativeTransfer()));
    for (Label l : List.of(concerns, law, extrapolation, notes, comparison, lawBackTests)) {
      l.setManaged(!l.getText().isEmpty());
      l.setVisible(!l.getText().isEmpty());
    }
  }

  /** What the grade and the widening rest on: the law form's own recent forecasts. */
  private static String lawRecord(CurveAnalysis curve) {
    RollingBackTest record = curve.lawBackTests();
    if (curve.fit() == null || record.isEmpty()) {
      return "";
    }
    return "The grade and the widening beyond the data rest on the "
        + LawDescriptions.formName(curve.fit().form()) + "'s own recent forecasts: "
        + record.hits() + " of " + record.tests().size() + " held.";
  }

  private static String bullets(String title, List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(title);
    items.forEach(i -> text.append("\n\u2022 ").append(i));
    return text.toString();
  }

  private void addRow(int row, String name, String value, String interval, boolean header) {
    Label[] cells = {new Label(name), new Label(value), new Label(interval)};
    for (int c = 0; c < cells.length; c++) {
      cells[c].getStyleClass().add(header ? "parameter-header" : "parameter-cell");
      cells[c].setId("parameter-" + row + "-" + c);
      // in a narrow panel the names and values keep their width; the interval wraps instead
      if (c < 2) {
        cells[c].setMinWidth(Region.USE_PREF_SIZE);
      } else {
        cells[c].setWrapText(true);
      }
      parameters.add(cells[c], c, row);
    }
  }

  /** Sizes (n_b) as sizes, the others with three significant digits. */
  private static String value(ParameterEstimate p) {
    return p.name().equals("n_b") ? Format.size(p.value()) : Format.value(p.value());
  }

  private static String interval(ParameterEstimate p) {
    Interval i = p.interval();
    if (!i.isKnown()) {
      return "none";
    }
    return p.name().equals("n_b") ? Format.size(i.lower()) + " to " + Format.size(i.upper())
        : Format.value(i.lower()) + " to " + Format.value(i.upper());
  }

  static String negativeTransfer(List<TransferGain> gains) {
    if (gains.isEmpty()) {
      return "Negative transfer: none (transfer is nowhere worse than scratch).";
    }
    StringBuilder text = new StringBuilder("Negative transfer (worse than scratch) at ");
    for (int i = 0; i < gains.size(); i++) {
      TransferGain g = gains.get(i);
      text.append(i == 0 ? "" : "; ").append("n = ").append(Format.size(g.n())).append(" by ")
          .append(Format.value(-g.gain().value()))
          .append(g.negativeTransfer() == NegativeTransfer.SIGNIFICANT ? " (beyond its interval)"
              : " (within its interval: possible)");
    }
    return text.append('.').toString();
  }

  static String trustStyle(TrustLevel level) {
    return switch (level) {
      case GOOD -> "trust-good";
      case CAUTION -> "trust-caution";
      case DO_NOT_EXTRAPOLATE -> "trust-stop";
    };
  }
}
