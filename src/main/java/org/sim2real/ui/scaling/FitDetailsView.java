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
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ModelComparison;
import org.sim2real.core.scaling.fit.NegativeTransfer;
import org.sim2real.core.scaling.fit.ParameterEstimate;
import org.sim2real.core.scaling.fit.TransferGain;
import org.sim2real.core.scaling.fit.TrustLevel;

/**
 * The numbers behind the chart for one curve: D, alpha and C with their 90% intervals, R2 in log
 * space, the AICc winner, the back-test, the trust level (coloured), the regime onset and negative
 * transfer in words.
 */
final class FitDetailsView extends VBox {
  private final Label heading = label("fitHeading", "section-title");
  private final GridPane parameters = new GridPane();
  private final Label goodness = label("fitGoodness", "detail-text");
  private final Label comparison = label("fitComparison", "detail-text");
  private final Label backTest = label("fitBackTest", "detail-text");
  private final Label trust = label("fitTrust", "trust-text");
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
    getChildren().addAll(heading, trust, parameters, goodness, comparison, backTest, regime,
        negative);
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

  void show(@Nullable CurveAnalysis curve) {
    parameters.getChildren().clear();
    trust.getStyleClass().removeAll("trust-good", "trust-caution", "trust-stop");
    if (curve == null) {
      heading.setText("Fitted law");
      List.of(goodness, comparison, backTest, trust, regime, negative).forEach(l -> l.setText(""));
      return;
    }
    heading.setText("Fitted law: " + CurveKey.of(curve).label());
    trust.setText((curve.fit() == null ? "No law fitted. " : "Trust: "
        + curve.trust().level().label() + " \u2014 ") + curve.trust().reason());
    trust.getStyleClass().add(trustStyle(curve.trust().level()));
    addRow(0, "parameter", "value", "90% interval", true);
    int row = 1;
    for (ParameterEstimate p : curve.parameters()) {
      addRow(row++, p.name(), Format.value(p.value()), interval(p.interval()), false);
    }
    goodness.setText(curve.goodness() == null ? "" : "Goodness: " + curve.goodness().sentence());
    ModelComparison models = curve.comparison();
    comparison.setText(models == null ? "" : models.sentence());
    BackTest test = curve.backTest();
    backTest.setText(test == null ? "Back-test: not possible (too few sizes in the window)."
        : test.sentence());
    regime.setText(curve.regime().sentence());
    negative.setText(negativeTransfer(curve.regime().negativeTransfer()));
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

  private static String interval(Interval i) {
    return i.isKnown() ? Format.value(i.lower()) + " to " + Format.value(i.upper()) : "none";
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
