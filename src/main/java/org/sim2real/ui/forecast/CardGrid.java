package org.sim2real.ui.forecast;

import java.util.List;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Lays the forecast cards out in as many equal columns as the screen has room for (at most
 * three, each at least the cards' minimum width), the cards stretched to the column width. A grid
 * whose cards are told their width, not a flow pane: a card's height depends on its width (the
 * sentences wrap), and a flow pane would ask it at the wrong width and cut the text off.
 */
final class CardGrid extends GridPane {
  private static final int MAX_COLUMNS = 3;
  private static final double GAP = 14;

  private final List<? extends Region> cards;
  private final double minCardWidth;
  private int columns = -1;

  /**
   * @param minCardWidth the narrowest a card may get
   */
  CardGrid(List<? extends Region> cards, double minCardWidth) {
    this.cards = List.copyOf(cards);
    this.minCardWidth = minCardWidth;
    setHgap(GAP);
    setVgap(GAP);
    arrange(MAX_COLUMNS);
    widthProperty().addListener((obs, old, now) -> fit(now.doubleValue()));
  }

  int columnsFor(double width) {
    int fit = (int) Math.floor((width + GAP) / (minCardWidth + GAP));
    return Math.max(1, Math.min(MAX_COLUMNS, fit));
  }

  private void fit(double width) {
    int count = columnsFor(width);
    double cardWidth = Math.max(minCardWidth, (width - GAP * (count - 1)) / count);
    for (Region card : cards) {
      card.setPrefWidth(Math.floor(cardWidth));
    }
    arrange(count);
  }

  private void arrange(int count) {
    if (count == columns) {
      return;
    }
    columns = count;
    getChildren().clear();
    int index = 0;
    for (Region card : cards) {
      if (card.isManaged()) {
        add(card, index % count, index / count);
        index++;
      } else {
        getChildren().add(card);
      }
    }
  }

  /** Re-places the cards after some were shown or hidden. */
  void refresh() {
    int count = columns;
    columns = -1;
    arrange(count);
  }
}
