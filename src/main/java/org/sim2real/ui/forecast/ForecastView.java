package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.MemoFormat;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.EmptyStateView;
import org.sim2real.ui.common.FileType;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WorkbenchStep;

/**
 * The Forecast screen: plain-language cards (simulation needed for a target, what the simulation
 * data is worth in experiments, what 10x more buys, the trust from the back-test, budget advice),
 * what-if inputs checked as they are typed, and "Write Memo..." for the one-page memo. For
 * results of two or more simulation sources, "Which source to grow" heads the cards, with the
 * domain shift of every source under it. Before there is a fit it says what it will show and how
 * to get there.
 */
public final class ForecastView extends StackPane {
  static final FileType LEARNING_CURVES = new FileType("Learning-curve table (CSV)",
      List.of("*.csv", "*.tsv", "*.txt"));
  static final FileType HTML = new FileType(MemoFormat.HTML.description(), List.of("*.html"));
  static final FileType PDF = new FileType(MemoFormat.PDF.description(), List.of("*.pdf"));

  private final ForecastViewModel model;
  private final DialogService dialogs;
  private final @Nullable Consumer<Path> fileOpener;
  private final Map<ForecastCard.Kind, ForecastCardView> cards =
      new EnumMap<>(ForecastCard.Kind.class);
  private @Nullable CardGrid cardGrid;
  private final Label law = new Label();
  private final Label uncertainty = new Label();
  private final Label window = new Label();
  private final Label negativeTransfer = new Label();
  private final ObservableValue<Theme> theme;

  /**
   * @param fileOpener opens a written memo with the system's viewer, or null when there is none
   */
  public ForecastView(ForecastViewModel model, DialogService dialogs,
      ObservableValue<Theme> theme, @Nullable Consumer<Path> fileOpener) {
    this.model = model;
    this.dialogs = dialogs;
    this.fileOpener = fileOpener;
    this.theme = theme;
    setId("forecastView");
    getStyleClass().add("forecast-view");
    Theme.styleView(this, theme, "/ui/forecast.css");
    ScrollPane empty = emptyState();
    ScrollPane content = new ScrollPane(content());
    content.setFitToWidth(true);
    content.getStyleClass().add("step-scroll");
    var hasAnalysis = model.current().analysisProperty().isNotNull();
    content.visibleProperty().bind(hasAnalysis);
    empty.visibleProperty().bind(hasAnalysis.not());
    getChildren().addAll(empty, content);
    model.outcomeProperty().addListener((obs, old, now) -> show(now));
    show(model.outcomeProperty().get());
    theme.addListener((obs, old, now) -> applyTheme(now));
    applyTheme(theme.getValue());
  }

  private ScrollPane emptyState() {
    Label what = EmptyStateView.text(
        "This screen reads the fitted scaling law forward, in plain words: how"
        + " many simulation rows reach a target error (or that the floor C makes it unreachable),"
        + " what the current simulation data is worth in experiments, what 10x more simulation"
        + " buys, and how far the law can be trusted according to its back-test. Every number"
        + " comes with its 90% interval and a trust badge; one click writes a one-page memo.");
    Label how = EmptyStateView.text(
        "To get there, run a study (Study and Run steps): its results appear"
        + " here and in the Scaling step. Or open a learning-curve table from elsewhere: a CSV"
        + " with a column n and an error column (mae, error or rmse), optionally m, strategy"
        + " and repetition.");
    Button open = new Button("Open a Learning-Curve Table...");
    open.setId("forecastOpenTable");
    open.setOnAction(e -> chooseTable());
    ProgressIndicator loading = new ProgressIndicator();
    loading.setPrefSize(20, 20);
    loading.visibleProperty().bind(model.current().busyProperty());
    HBox actions = new HBox(10, open, loading);
    actions.setAlignment(Pos.CENTER_LEFT);
    Label problem = new Label();
    problem.setId("forecastEmptyProblem");
    problem.getStyleClass().add("forecast-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.current().problemProperty());
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    return EmptyStateView.scrolling(WorkbenchStep.FORECAST,
        new VBox(12, what, how, actions, problem));
  }


  private VBox content() {
    Label title = new Label("Forecast");
    title.getStyleClass().add("forecast-title");
    ComboBox<CurveKey> curve = new ComboBox<>(model.curves());
    curve.setId("curveChooser");
    curve.valueProperty().bindBidirectional(model.selectedCurveProperty());
    curve.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable CurveKey key) {
        return key == null ? "" : key.label();
      }

      @Override
      public @Nullable CurveKey fromString(String text) {
        return null;
      }
    });
    curve.setTooltip(new Tooltip("The learning curve (strategy and number of experiments m)"
        + " to forecast."));
    Label single = new Label();
    single.setId("curveLabel");
    single.getStyleClass().add("muted");
    single.textProperty().bind(Bindings.createStringBinding(
        () -> model.selectedCurveProperty().get() == null ? ""
            : model.selectedCurveProperty().get().label(), model.selectedCurveProperty()));
    var several = Bindings.size(model.curves()).greaterThan(1);
    curve.visibleProperty().bind(several);
    curve.managedProperty().bind(several);
    single.visibleProperty().bind(several.not());
    single.managedProperty().bind(several.not());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("forecastBusy");
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(model.busyProperty().or(model.current().busyProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button writeMemo = new Button("Write Memo...");
    writeMemo.setId("writeMemo");
    writeMemo.setTooltip(new Tooltip("A one-page memo (HTML or PDF) with the chart, these"
        + " answers, their trust and a reproducibility stamp."));
    // a memo of the screen while a field is wrong would print answers for inputs not on screen
    writeMemo.disableProperty().bind(model.outcomeProperty().isNull()
        .or(model.memo().writingProperty()).or(model.inputsValidProperty().not()));
    writeMemo.setOnAction(e -> chooseMemoFile());
    HBox header = new HBox(10, title, curve, single, busy, spacer, writeMemo);
    header.setAlignment(Pos.CENTER_LEFT);

    for (ForecastCard.Kind kind : ForecastCard.Kind.values()) {
      cards.put(kind, new ForecastCardView(kind));
    }
    // "Which source to grow" (a study of several sources) heads the answers, the domain shift
    // of every source right under it: a valuation that disagrees with the parity needs explaining
    ForecastCardView sourcesCard = cards.get(ForecastCard.Kind.SOURCES);
    sourcesCard.setMaxWidth(Double.MAX_VALUE);
    DomainShiftView domainShift = new DomainShiftView(model.domainShift(), theme, model::showDomainShift);
    VBox sources = new VBox(8, sourcesCard, domainShift);
    sources.setId("sourcesSection");
    sources.getStyleClass().add("sources-section");
    sources.managedProperty().bind(sourcesCard.managedProperty());
    sources.visibleProperty().bind(sourcesCard.visibleProperty());
    cardGrid = new CardGrid(cards.values().stream()
        .filter(c -> c != sourcesCard).toList(), ForecastCardView.MIN_WIDTH);
    cardGrid.setId("forecastCards");
    law.setId("lawSentence");
    uncertainty.setId("uncertaintySentence");
    window.setId("windowSentence");
    negativeTransfer.setId("negativeTransfer");
    negativeTransfer.getStyleClass().add("negative-transfer");
    for (Label label : List.of(law, uncertainty, window, negativeTransfer)) {
      label.setWrapText(true);
      label.setMaxWidth(1100);
    }
    Label problem = new Label();
    problem.setId("forecastProblem");
    problem.getStyleClass().add("forecast-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problemProperty());
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    // the memo's outcome right under its button, where the user looks after clicking it
    VBox content = new VBox(header, memoLine(), new WhatIfFields(model), problem, sources,
        cardGrid, law, uncertainty, window, negativeTransfer);
    content.getStyleClass().add("forecast-content");
    return content;
  }

  private HBox memoLine() {
    Label message = new Label();
    message.setId("memoMessage");
    message.getStyleClass().add("muted");
    message.setWrapText(true);
    message.textProperty().bind(model.memo().messageProperty());
    HBox line = new HBox(6, message);
    line.setAlignment(Pos.CENTER_RIGHT);
    line.visibleProperty().bind(message.textProperty().isNotEmpty());
    line.managedProperty().bind(line.visibleProperty());
    Consumer<Path> opener = fileOpener;
    if (opener != null) {
      Hyperlink open = new Hyperlink("Open");
      open.setId("openMemo");
      open.visibleProperty().bind(model.memo().writtenProperty().isNotNull());
      open.setOnAction(e -> {
        Path file = model.memo().writtenProperty().get();
        if (file != null) {
          opener.accept(file);
        }
      });
      line.getChildren().add(open);
    }
    return line;
  }

  private void show(@Nullable ForecastOutcome outcome) {
    for (Map.Entry<ForecastCard.Kind, ForecastCardView> e : cards.entrySet()) {
      e.getValue().show(outcome == null ? null : outcome.card(e.getKey()));
    }
    if (cardGrid != null) {
      cardGrid.refresh();
    }

    law.setText(outcome == null ? "" : "Fitted law: " + outcome.law());
    uncertainty.setText(outcome == null ? "" : outcome.uncertainty());
    window.setText(outcome == null ? "" : outcome.window());
    String warning = outcome == null ? null : outcome.negativeTransfer();
    negativeTransfer.setText(warning == null ? "" : warning);
    negativeTransfer.setVisible(warning != null);
    negativeTransfer.setManaged(warning != null);
  }

  private void chooseTable() {
    Path file = dialogs.chooseFileToOpen("Open a Learning-Curve Table", null,
        List.of(LEARNING_CURVES, FileType.ANY));
    if (file != null) {
      model.current().open(file);
    }
  }

  private void chooseMemoFile() {
    CurrentAnalysis.Source source = model.current().sourceProperty().get();
    Path directory = source == null ? null : source.file().toAbsolutePath().getParent();
    Path file = dialogs.chooseFileToSave("Write the Forecast Memo", directory,
        "forecast-memo.html", List.of(HTML, PDF));
    if (file != null) {
      model.writeMemo(file);
    }
  }

  private void applyTheme(Theme now) {
    getStyleClass().remove("dark");
    if (now == Theme.DARK) {
      getStyleClass().add("dark");
    }
  }
}
