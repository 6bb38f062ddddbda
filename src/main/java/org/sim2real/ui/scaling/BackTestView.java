package org.sim2real.ui.scaling;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.BackTestChart;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.LawDescriptions;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.fit.BackTest;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.RollingBackTest;
import org.sim2real.ui.common.chart.ChartPane;

/**
 * "How well would this have forecast?": the finished study replayed as if it had stopped at each
 * smaller largest n, every forecast of a later size against what was measured there. Plain words
 * and the coverage first, then the chart ({@link BackTestChart}) and a table with one row per
 * forecast; selecting a row (mouse or arrow keys) marks that forecast and where it was fitted up
 * to on the chart. When there is nothing to replay it says why.
 */
final class BackTestView extends VBox {
  static final String INTRODUCTION = "If the study had stopped at an earlier size, the workbench"
      + " would have fitted its law there and forecast the sizes measured later. Each whisker is"
      + " one such forecast with its 90% forecast band, next to the mean measured later (dark"
      + " dots): a green square where the measured mean fell inside the band, an orange diamond"
      + " where it did not. An honest 90% band holds about 9 forecasts in 10.";

  private final Label heading = text("backTestHeading", "section-title");
  private final Label coverage = text("backTestCoverage", "plain-text");
  private final Label lawRecord = text("backTestLawRecord", "detail-text");
  private final Label empty = text("backTestEmpty", "empty-state-text");
  private final ChartPane chart = new ChartPane();
  private final TableView<BackTest> table = new TableView<>();
  private final SplitPane split = new SplitPane(chart, table);
  private @Nullable BackTestChart shown;

  BackTestView() {
    setId("backTestView");
    getStyleClass().add("back-test-view");
    Label introduction = text("backTestIntroduction", "plain-text");
    introduction.setText(INTRODUCTION);
    chart.setId("backTestChart");
    chart.setEditable(false);
    table.setId("backTestTable");
    table.setPlaceholder(new Label("No forecasts to compare."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().setAll(
        column("Fitted up to n", 95, t -> Format.size(t.fittedUpToN())),
        column("Forecast of n", 95, t -> Format.size(t.predictedN())),
        column("Reach", 55, t -> Format.value(t.extrapolationFactor()) + "x"),
        column("Forecast (90% band)", 175, BackTestView::forecast),
        column("Measured", 75, t -> Format.error(t.measured())),
        resultColumn());
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      if (shown != null) {
        shown.select(now);
      }
    });
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.62);
    StackPane body = new StackPane(split, empty);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(heading, introduction, coverage, lawRecord, body);
    show(null, null);
  }

  private static Label text(String id, String style) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private static TableColumn<BackTest, String> column(String title, double width,
      Function<BackTest, String> value) {
    TableColumn<BackTest, String> c = new TableColumn<>(title);
    c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    c.setSortable(false);
    c.setPrefWidth(width);
    c.setMinWidth(Math.min(width, 70));
    return c;
  }

  /** "0.683 (0.620 to 0.748)": the column's title says what the interval is. */
  static String forecast(BackTest t) {
    Interval band = t.predictedInterval();
    return Format.error(t.predicted()) + (band.isKnown() || Double.isInfinite(band.upper())
        ? " (" + Format.error(band.lower()) + " to " + Format.error(band.upper()) + ")"
        : " (no band)");
  }

  /** "held", "missed" or "missed badly", in the chart's colours (and in words: never colour alone). */
  private static TableColumn<BackTest, String> resultColumn() {
    TableColumn<BackTest, String> c = column("Result", 95, BackTestView::result);
    c.setCellFactory(col -> new TableCell<>() {
      @Override
      protected void updateItem(@Nullable String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("trust-good", "trust-stop");
        setText(empty || item == null ? null : item);
        if (!empty && item != null) {
          getStyleClass().add(item.equals("held") ? "trust-good" : "trust-stop");
        }
      }
    });
    return c;
  }

  static String result(BackTest t) {
    return t.hit() ? "held" : t.severe() ? "missed badly" : "missed";
  }

  /** Shows the back-test of a curve with its chart; nulls show why there is none. */
  void show(@Nullable CurveAnalysis curve, @Nullable BackTestChart backTestChart) {
    shown = backTestChart;
    RollingBackTest tests = curve == null ? RollingBackTest.NONE : curve.backTests();
    heading.setText(curve == null ? "How well would this have forecast?"
        : "How well would this have forecast? " + CurveKey.of(curve).label());
    boolean any = curve != null && !tests.isEmpty() && backTestChart != null;
    coverage.setText(any ? tests.sentence() : "");
    lawRecord.setText(curve == null || curve.fit() == null || curve.lawBackTests().isEmpty() ? ""
        : "The trust grade and the widening of the forecast band rest on the "
            + LawDescriptions.formName(curve.fit().form()) + "'s own recent forecasts: "
            + curve.lawBackTests().hits() + " of " + curve.lawBackTests().tests().size()
            + " held.");
    empty.setText(any ? "" : curve == null ? "No curve shown: open a table or tick a series."
        : curve.fit() == null ? "No law was fitted to this curve, so there is nothing to replay: "
            + curve.trust().reason() : tests.sentence() + " This curve's window has "
            + (curve.window() == null ? "no" : String.valueOf(curve.window().sizes().size()))
            + " sizes.");
    for (var node : new javafx.scene.Node[] {coverage, lawRecord}) {
      node.setManaged(!((Label) node).getText().isEmpty());
      node.setVisible(!((Label) node).getText().isEmpty());
    }
    split.setVisible(any);
    empty.setVisible(!any);
    table.setItems(FXCollections.observableArrayList(any ? tests.tests() : java.util.List.of()));
    if (any) {
      chart.showPlain(backTestChart.chart());
    }
  }

  ChartPane chartPane() {
    return chart;
  }

  TableView<BackTest> table() {
    return table;
  }

  @Nullable BackTestChart chart() {
    return shown;
  }
}
