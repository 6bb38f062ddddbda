package org.sim2real.ui.forecast;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.scaling.fit.TrustAssessment;

/**
 * One answer of the Forecast screen: title, a large value with its unit, the band of that value
 * named for what it is (or what to measure, when the value is words), "Extrapolated" when it lies
 * beyond the measured n or m, the trust badge of this number (its level in words, coloured), and
 * the full sentence.
 */
final class ForecastCardView extends VBox {
  /** The narrowest a card gets; wider screens stretch the cards. */
  static final double MIN_WIDTH = 300;

  private final Label title = new Label();
  private final Text value = new Text();
  private final Text unit = new Text();
  private final Label band = new Label();
  private final Label reach = new Label();
  private final Label badge = new Label();
  private final Label sentence = new Label();

  ForecastCardView(ForecastCard.Kind kind) {
    String id = kind.name();
    setId("card-" + id);
    getStyleClass().add("forecast-card");
    setMinWidth(MIN_WIDTH);
    setPrefWidth(MIN_WIDTH);
    setMaxHeight(Double.MAX_VALUE);
    title.getStyleClass().add("card-title");
    title.setWrapText(true);
    title.setId(id + "-title");
    value.getStyleClass().add("card-value");
    value.setId(id + "-value");
    unit.getStyleClass().add("card-unit");
    unit.setId(id + "-unit");
    // a text flow wraps "about 180,000 simulation rows" at the card's edge instead of cutting it
    TextFlow number = new TextFlow(value, unit);
    band.getStyleClass().add("card-band");
    band.setId(id + "-band");
    band.setWrapText(true);
    reach.getStyleClass().add("card-reach");
    reach.setId(id + "-reach");
    reach.setWrapText(true);
    for (Label optional : new Label[] {band, reach}) {
      optional.managedProperty().bind(optional.textProperty().isNotEmpty());
      optional.visibleProperty().bind(optional.managedProperty());
    }
    badge.getStyleClass().add("trust-badge");
    badge.setId(id + "-trust");
    sentence.getStyleClass().add("card-sentence");
    sentence.setId(id + "-sentence");
    sentence.setWrapText(true);
    getChildren().addAll(title, number, band, reach, badge, sentence);
  }

  void show(@Nullable ForecastCard card) {
    setVisible(card != null);
    setManaged(card != null);
    if (card == null) {
      return;
    }
    title.setText(card.title());
    value.setText(card.value());
    unit.setText(card.unit().isEmpty() ? "" : "  " + card.unit());
    band.setText(card.band());
    reach.setText(card.reach());
    reach.getStyleClass().remove("extrapolated");
    if (card.reach().startsWith("Extrapolated")) {
      reach.getStyleClass().add("extrapolated");
    }
    sentence.setText(card.sentence());
    TrustAssessment trust = card.trust();
    badge.setText("Trust: " + trust.level().label());
    badge.setTooltip(new Tooltip(trust.sentence()));
    String level = switch (trust.level()) {
      case GOOD -> "trust-good";
      case CAUTION -> "trust-caution";
      case DO_NOT_EXTRAPOLATE -> "trust-stop";
    };
    badge.getStyleClass().removeAll("trust-good", "trust-caution", "trust-stop");
    badge.getStyleClass().add(level);
    // the trust card's value is the level itself: in the level's colour
    value.getStyleClass().removeAll("trust-good", "trust-caution", "trust-stop");
    if (card.kind() == ForecastCard.Kind.TRUST) {
      value.getStyleClass().add(level);
    }
  }
}
