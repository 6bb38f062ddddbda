package org.sim2real.ui.scaling;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastCards;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ExcludedPoint;
import org.sim2real.core.scaling.fit.FitWindow;
import org.sim2real.core.scaling.fit.TrustAssessment;
import org.sim2real.core.scaling.forecast.CurveForecast;

/**
 * The controls beside the chart: which series to show, the fit window (with the points left out
 * and why), extrapolation and target, weighting and bootstrap resamples, and the fitted numbers
 * ({@link FitDetailsView}). Every control writes to the {@link ScalingViewModel}; nothing here
 * computes science.
 */
final class ScalingSidePanel extends VBox {
  private final ScalingViewModel model;
  private final VBox series = new VBox();
  private final ComboBox<Long> windowLow = sizeBox("windowLow");
  private final ComboBox<Long> windowHigh = sizeBox("windowHigh");
  private final Label windowSentence = text("windowSentence");
  private final Label leftOut = text("leftOutPoints");
  private final javafx.scene.control.TitledPane leftOutDetails =
      FitDetailsView.details("window", leftOut);
  private final Label needed = text("nNeeded");
  private final TextField extrapolate = new TextField();
  private final TextField target = new TextField();
  private final FitDetailsView details = new FitDetailsView();
  private boolean showingWindow;
  /** True while the target field is written from the study's target (not typed). */
  private boolean showingTarget;

  ScalingSidePanel(ScalingViewModel model) {
    this.model = model;
    getStyleClass().add("scaling-side");
    setId("scalingSidePanel");
    series.setId("seriesToggles");
    series.getStyleClass().add("series-toggles");
    Button propose = new Button("Propose");
    propose.setId("proposeWindow");
    propose.setTooltip(new Tooltip("Back to the workbench's proposal: the widest window of at"
        + " least 4 sizes whose fit passes the goodness-of-fit and back-test checks."));
    propose.setOnAction(e -> model.proposeWindow());
    windowLow.setOnAction(e -> windowEdited());
    windowHigh.setOnAction(e -> windowEdited());
    HBox windowRow = new HBox(6, new Label("n from"), windowLow, new Label("to"), windowHigh);
    windowRow.getStyleClass().add("control-row");
    extrapolate.setId("extrapolateTo");
    extrapolate.setPromptText("10x the largest n");
    target.setId("targetError");
    target.setPromptText("e.g. 0.40");
    CheckBox weighted = new CheckBox("Weighted fit (inverse variance of each mean)");
    weighted.setId("weightedFit");
    weighted.selectedProperty().bindBidirectional(model.weightedProperty());
    Spinner<Integer> resamples = new Spinner<>();
    resamples.setId("bootstrapResamples");
    resamples.setEditable(true);
    resamples.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
        20, 100_000, model.bootstrapProperty().get(), 100));
    resamples.valueProperty().addListener((obs, old, now) -> {
      if (now != null) {
        model.bootstrapProperty().set(now);
      }
    });
    resamples.setPrefWidth(110);
    GridPane forecastGrid = new GridPane();
    forecastGrid.getStyleClass().add("control-grid");
    forecastGrid.addRow(0, new Label("Extrapolate up to n"), extrapolate);
    forecastGrid.add(validated(extrapolate, NumberInput::size, model.extrapolateToProperty(),
        Format::size), 0, 1, 2, 1);
    forecastGrid.addRow(2, new Label("Target error"), target);
    forecastGrid.add(targetBinding(), 0, 3, 2, 1);
    GridPane settings = new GridPane();
    settings.getStyleClass().add("control-grid");
    settings.addRow(0, new Label("Bootstrap resamples"), resamples);
    HBox proposeRow = new HBox(8, propose);
    getChildren().addAll(
        section("Series"), lead("The curves the chart shows; untick one to hide it."), series,
        details,
        section("Forecast"), forecastGrid, needed,
        section("Fit window"), windowRow, proposeRow, windowSentence, leftOutDetails,
        section("Fit settings"), lead("How the law is fitted; the defaults suit most studies."),
        weighted, settings);
    model.curveKeys().addListener((ListChangeListener<CurveKey>) c -> rebuildSeries());
    model.hiddenCurves().addListener((SetChangeListener<CurveKey>) c -> syncSeries());
    model.primaryProperty().addListener((obs, old, now) -> showCurve(now));
    model.forecastProperty().addListener((obs, old, now) -> showForecast(now));
    windowLow.setItems(model.measuredSizes());
    windowHigh.setItems(model.measuredSizes());
    rebuildSeries();
    showCurve(null);
  }

  private static Label section(String title) {
    Label l = new Label(title);
    l.getStyleClass().add("section-title");
    return l;
  }

  /** The plain sentence a section starts with. */
  private static Label lead(String sentence) {
    Label l = new Label(sentence);
    l.getStyleClass().add("plain-text");
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private static Label text(String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add("detail-text");
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  private static ComboBox<Long> sizeBox(String id) {
    ComboBox<Long> box = new ComboBox<>();
    box.setId(id);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable Long n) {
        return n == null ? "" : Format.size(n);
      }

      @Override
      public @Nullable Long fromString(String s) {
        return null;
      }
    });
    box.setPrefWidth(118);
    return box;
  }

  /** The line under a field that says what is wrong with its text; the field marked meanwhile. */
  private static Label problemLine(TextField field, Function<String, NumberInput.Parsed> parse) {
    Label problem = new Label();
    problem.setId(field.getId() + "Problem");
    problem.getStyleClass().add("field-problem");
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE); // wraps onto more lines, never cut off
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    field.textProperty().addListener((obs, old, now) -> {
      NumberInput.Parsed p = parse.apply(now);
      problem.setText(p.problem());
      field.getStyleClass().remove("field-error");
      if (!p.valid()) {
        field.getStyleClass().add("field-error");
      }
    });
    return problem;
  }

  /** A text field committed on Enter or focus loss; bad input is marked and not committed. */
  private static Label validated(TextField field, Function<String, NumberInput.Parsed> parse,
      ObjectProperty<@Nullable Double> property, Function<Double, String> format) {
    Label problem = problemLine(field, parse);
    Runnable commit = () -> {
      NumberInput.Parsed p = parse.apply(field.getText());
      if (p.valid() && !java.util.Objects.equals(p.value(), property.get())) {
        property.set(p.value());
      }
    };
    field.setOnAction(e -> commit.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        commit.run();
      }
    });
    property.addListener((obs, old, now) -> {
      NumberInput.Parsed shown = parse.apply(field.getText());
      if (!java.util.Objects.equals(shown.value(), now)) {
        field.setText(now == null ? "" : format.apply(now));
      }
    });
    return problem;
  }

  /**
   * The target field: the study's one target (the Forecast step shows and changes the same),
   * taken as it is typed; a text that is not a number clears it, so that nothing answers for a
   * value the user did not mean. A target set elsewhere (the chart, the Forecast step, a project
   * opened) shows in the field. Returns the line that says what is wrong with the text.
   */
  private Label targetBinding() {
    Label problem = problemLine(target, NumberInput::error);
    target.textProperty().addListener((obs, old, now) -> {
      NumberInput.Parsed p = NumberInput.error(now);
      if (!showingTarget && !Objects.equals(p.value(), model.targetProperty().get())) {
        model.targetProperty().set(p.value()); // shows the answer through the listener below
      } else {
        showForecast(model.forecastProperty().get());
      }
    });
    model.targetProperty().addListener((obs, old, now) -> {
      NumberInput.Parsed shown = NumberInput.error(target.getText());
      if (!Objects.equals(shown.value(), now) && (now != null || shown.valid())) {
        showingTarget = true;
        try {
          target.setText(now == null ? "" : Format.error(now));
        } finally {
          showingTarget = false;
        }
      }
      showForecast(model.forecastProperty().get());
    });
    Double initial = model.targetProperty().get();
    if (initial != null) {
      showingTarget = true;
      target.setText(Format.error(initial));
      showingTarget = false;
    }
    return problem;
  }

  private void rebuildSeries() {
    series.getChildren().clear();
    for (CurveKey key : model.curveKeys()) {
      CheckBox box = new CheckBox(key.label());
      box.setId("series-" + key.strategy() + "-" + key.m());
      box.setSelected(!model.hiddenCurves().contains(key));
      box.selectedProperty().addListener((obs, was, shown) -> {
        if (shown) {
          model.hiddenCurves().remove(key);
        } else {
          model.hiddenCurves().add(key);
        }
      });
      box.setUserData(key);
      series.getChildren().add(box);
    }
  }

  private void syncSeries() {
    series.getChildren().forEach(n -> {
      if (n instanceof CheckBox box && box.getUserData() instanceof CurveKey key) {
        box.setSelected(!model.hiddenCurves().contains(key));
      }
    });
  }

  private void windowEdited() {
    if (showingWindow) {
      return;
    }
    Long low = windowLow.getValue();
    Long high = windowHigh.getValue();
    if (low == null || high == null) {
      return;
    }
    List<Long> sizes = model.measuredSizes();
    int from = sizes.indexOf(Math.min(low, high));
    int to = sizes.indexOf(Math.max(low, high));
    if (to - from < 2) {
      windowSentence.setText("A window needs at least 3 measured sizes: choose a wider one.");
      return;
    }
    model.chooseWindow(low, high);
  }

  private void showCurve(@Nullable CurveAnalysis curve) {
    details.show(curve);
    FitWindow window = curve == null ? null : curve.window();
    showingWindow = true;
    windowLow.setValue(window == null ? null : window.low());
    windowHigh.setValue(window == null ? null : window.high());
    showingWindow = false;
    windowSentence.setText(window == null ? "No fit window: " + (curve == null ? "no curve shown."
        : curve.trust().reason()) : window.sentence());
    // the sizes left out, each with its reason, are the window's details
    leftOutDetails.setVisible(window != null && !window.excluded().isEmpty());
    leftOutDetails.setManaged(leftOutDetails.isVisible());
    if (window == null || window.excluded().isEmpty()) {
      leftOut.setText("");
      if (window != null) {
        windowSentence.setText(windowSentence.getText() + " Every measured size is fitted.");
      }
    } else {
      StringBuilder text = new StringBuilder("Left out:");
      for (ExcludedPoint p : window.excluded()) {
        text.append("\n\u2022 n = ").append(Format.size(p.n())).append(": ").append(p.reason());
      }
      leftOut.setText(text.toString());
    }
    showForecast(model.forecastProperty().get());
  }

  /**
   * The data need with its interval, from the background forecast, in the words and rounding of
   * the Forecast step's card (the same rule: far beyond the data, words instead of a number).
   */
  private void showForecast(@Nullable CurveForecast forecast) {
    NumberInput.Parsed typed = NumberInput.error(target.getText());
    Double t = model.targetProperty().get();
    CurveAnalysis curve = model.primaryProperty().get();
    if (!typed.valid()) {
      needed.setText("No data need while the target is not a number: fix the target above.");
    } else if (t == null) {
      needed.setText("Type a target error (or set one on the chart) to see the n it needs.");
    } else if (forecast != null && forecast.dataNeed() != null
        && forecast.dataNeed().target() == t && curve != null
        && curve.strategy().equals(forecast.strategy()) && curve.m() == forecast.m()) {
      ForecastCard card = ForecastCards.dataNeed(curve, forecast, error());
      // the card's own grade: it may be lower than the fit's when it reaches far
      TrustAssessment grade = card.trust();
      // with several curves, say which one the answer is for
      String curveLabel = model.curveKeys().size() > 1 ? CurveKey.of(curve).label() + ". " : "";
      needed.setText(curveLabel + card.title() + ": " + card.headline() + ".\n" + card.sentence()
          + "\nTrust in this forecast: " + grade.level().label()
          + (card.sentence().contains(grade.reason()) ? "." : " \u2014 " + grade.reason()));
    } else if (curve == null || curve.fit() == null) {
      needed.setText("No fitted law, so no data need for target " + error().value(t) + ".");
    } else {
      needed.setText("Computing the data need for target " + error().value(t) + "...");
    }
  }

  /** The fitted error's name and unit ("test MAE", "eV"). */
  private ErrorMeasure error() {
    LoadedTable table = model.loadedProperty().get();
    return table == null ? ErrorMeasure.MAE : table.error();
  }

  /** While the target line is dragged: n* from the fitted law, the interval follows on release. */
  void showLiveNeed(double t, java.util.OptionalDouble nStar) {
    CurveAnalysis curve = model.primaryProperty().get();
    if (curve != null) {
      needed.setText(ForecastCards.liveDataNeed(curve, t, nStar, error()));
    }
  }

  FitDetailsView details() {
    return details;
  }
}
