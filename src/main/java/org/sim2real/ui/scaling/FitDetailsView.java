package org.sim2real.ui.scaling;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The numbers behind the chart for one curve. Each section leads with one plain sentence that is
 * always shown; its statistics sit behind a "Details" expander, closed at first: the grade's
 * concerns; the law's formula and D, alpha, C (and n_b) with 90% intervals, a parameter held at
 * its bound saying so; how much the bands widen beyond the data, with the analysis's notes;
 * goodness of fit and the other law forms (AICc); the rolling back-test; by how much transfer is
 * worse than scratch where it is.
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
  private final Label fitLead = label("fitFormLead", "plain-text");
  private final Label goodness = label("fitGoodness", "detail-text");
  private final Label comparison = label("fitComparison", "detail-text");
  private final Label backTestLead = label("fitBackTestLead", "plain-text");
  private final Label backTest = label("fitBackTest", "detail-text");
  private final Label lawBackTests = label("fitLawBackTests", "detail-text");
  private final Label regime = label("fitRegime", "plain-text");
  private final Label negative = label("fitNegativeTransfer", "detail-text");
  private final TitledPane trustDetails = details("trust", concerns);
  private final TitledPane lawDetails = details("law", law, parameters);
  private final TitledPane uncertaintyDetails = details("uncertainty", extrapolation, notes);
  private final TitledPane fitDetails = details("fit", goodness, comparison);
  private final TitledPane backTestDetails = details("backTest", backTest, lawBackTests);
  private final TitledPane regimeDetails = details("regime", negative);

  FitDetailsView() {
    getStyleClass().add("fit-details");
    parameters.setId("parameterTable");
    parameters.getStyleClass().add("parameter-table");
    ColumnConstraints name = new ColumnConstraints();
    ColumnConstraints value = new ColumnConstraints();
    value.setHalignment(HPos.RIGHT);
    parameters.getColumnConstraints().addAll(name, value, new ColumnConstraints());
    getChildren().addAll(heading, trust, trustDetails,
        subtitle("Law"), lawShape, lawDetails,
        subtitle("Uncertainty"), uncertainty, uncertaintyDetails,
        subtitle("Fit and law form"), fitLead, fitDetails,
        subtitle("Back-test"), backTestLead, backTestDetails,
        subtitle("Regime"), regime, regimeDetails);
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

  /** A closed "Details" expander with the statistics of one section. */
  static TitledPane details(String section, Node... content) {
    VBox box = new VBox(4, content);
    box.getStyleClass().add("fit-details-content");
    TitledPane pane = new TitledPane("Details", box);
    pane.setId(section + "Details");
    pane.getStyleClass().add("fit-details-pane");
    pane.setExpanded(false);
    pane.setAnimated(false);
    return pane;
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
    trust.setText(curve.fit() == null ? "No law fitted. " + grade.reason()
        : "Trust: " + grade.level().label() + " \u2014 " + FitSentences.meaning(grade.level()));
    trust.getStyleClass().add(trustStyle(grade.level()));
    // the grade's reason names sizes, predictions and intervals: it is the first of the details
    String why = curve.fit() == null ? "" : "Why: " + grade.reason();
    String every = bullets(grade.level() == TrustLevel.GOOD && grade.concerns().isEmpty()
        ? "" : "Every concern:", grade.concerns());
    concerns.setText(why.isEmpty() || every.isEmpty() ? why + every : why + "\n" + every);
    lawShape.setText(LawDescriptions.shapeSentence(curve));
    law.setText(curve.fit() == null ? "" : LawDescriptions.lawWithForm(curve));
    addRow(0, "parameter", "value", "90% interval", true);
    int row = 1;
    for (ParameterEstimate p : curve.parameters()) {
      boolean bound = FitSentences.atBound(curve.fit(), p);
      addRow(row++, p.name(), value(p) + (bound ? " (at its bound)" : ""), interval(p, bound),
          false);
    }
    if (curve.fit() != null && curve.fit().form() == LawForm.BROKEN_POWER_LAW) {
      law.setText(law.getText() + "\nD is that of the tail D\u00b7n^-alpha + C; n_b is the break.");
    }
    uncertainty.setText(LawDescriptions.uncertaintySentence(curve));
    Extrapolation spread = curve.extrapolation();
    extrapolation.setText(spread == null ? "" : spread.sentence());
    notes.setText(bullets("Notes:", curve.notes()));
    fitLead.setText(FitSentences.fitSentence(curve));
    goodness.setText(curve.goodness() == null ? "No goodness of fit without a law."
        : "Goodness: " + curve.goodness().sentence());
    ModelComparison models = curve.comparison();
    comparison.setText(models == null ? "" : models.sentence());
    backTestLead.setText(FitSentences.backTestSentence(curve.backTests()));
    backTest.setText(curve.backTests().sentence());
    lawBackTests.setText(lawRecord(curve));
    regime.setText(FitSentences.regimeSentence(curve));
    negative.setText(FitSentences.negativeTransfer(curve.regime().negativeTransfer()));
    for (Label l : List.of(concerns, law, extrapolation, notes, comparison, lawBackTests,
        negative)) {
      l.setManaged(!l.getText().isEmpty());
      l.setVisible(!l.getText().isEmpty());
    }
    // an expander with nothing in it is left out
    hideWhenEmpty(trustDetails, concerns);
    hideWhenEmpty(uncertaintyDetails, extrapolation, notes);
    hideWhenEmpty(regimeDetails, negative);
  }

  private static void hideWhenEmpty(TitledPane pane, Label... labels) {
    boolean empty = java.util.Arrays.stream(labels).allMatch(l -> l.getText().isEmpty());
    pane.setVisible(!empty);
    pane.setManaged(!empty);
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

  private static String interval(ParameterEstimate p, boolean atBound) {
    Interval i = p.interval();
    if (!i.isKnown()) {
      return "none";
    }
    if (atBound && Format.value(i.lower()).equals(Format.value(i.upper()))) {
      return "none: every refit stays at the bound";
    }
    return p.name().equals("n_b") ? Format.size(i.lower()) + " to " + Format.size(i.upper())
        : Format.value(i.lower()) + " to " + Format.value(i.upper());
  }

  static String trustStyle(TrustLevel level) {
    return switch (level) {
      case GOOD -> "trust-good";
      case CAUTION -> "trust-caution";
      case DO_NOT_EXTRAPOLATE -> "trust-stop";
    };
  }
}
