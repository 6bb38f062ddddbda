package org.sim2real.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.ForecastCard;
import org.sim2real.core.report.ForecastCards;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.DataNeedForecast;
import org.sim2real.core.scaling.forecast.ForecastRequest;
import org.sim2real.core.scaling.forecast.Forecaster;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.FieldValidation;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.scaling.CurrentAnalysisLink;
import org.sim2real.ui.scaling.ScalingViewModel;
import org.testfx.framework.junit5.ApplicationTest;

/** The Forecast screen driven like a user would, headless, with scripted dialogs. */
class ForecastViewTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final Deque<Runnable> workers = new ArrayDeque<>();
  private final List<String> started = new ArrayList<>(); // titles of the tasks handed to the worker
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
  private final List<Path> opened = new ArrayList<>();
  private final List<String> status = new ArrayList<>();
  private CurrentAnalysis current;
  private ScalingViewModel scaling;
  private ForecastViewModel model;
  private ForecastView view;

  @Override
  public void start(Stage stage) {
    BackgroundTasks tasks = new BackgroundTasks(job -> {
      started.add(((BackgroundTasks.Job) job).title());
      workers.add(job);
    }, Runnable::run, Runnable::run);
    scaling = new ScalingViewModel(tasks);
    scaling.bootstrapProperty().set(200); // intervals without a long wait
    current = new CurrentAnalysis();
    CurrentAnalysisLink.publish(scaling, current);
    model = new ForecastViewModel(current, tasks, status::add,
        Clock.fixed(Instant.parse("2025-03-14T09:26:53Z"), ZoneOffset.UTC));
    view = new ForecastView(model, dialogs, theme, opened::add);
    stage.setScene(new Scene(view, 1200, 800));
    theme.get().applyTo(stage.getScene());
    stage.show();
  }

  @BeforeEach
  void noWorkLeftOver() {
    workers.clear();
  }

  /** Runs the background work the screens started (and what that starts), as the pool would. */
  private void finishBackgroundWork() {
    interact(() -> {
      while (!workers.isEmpty()) {
        workers.poll().run();
      }
    });
  }

  /** E(n) = 2 n^-0.3 + 0.2 with a scratch baseline, as a plain CSV. */
  private Path syntheticCsv() throws IOException {
    return write(TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(2.0, 0.3, 0.2, 11).withScratch(0.45, 500)), "curve.csv");
  }

  private Path gridCsv() throws IOException {
    return write(TeachingCurveGenerator.generate(
        TeachingCurveGenerator.logSpacedSizes(100, 100_000, 8), List.of(100, 300, 1000), 4, 0.02,
        8, (n, m) -> 5 * (0.05 + Math.pow(n, -0.3)) * Math.pow(m, -0.25),
        m -> 1.2 * Math.pow(m, -0.3) + 0.02), "grid.csv");
  }

  private Path write(LearningCurveTable table, String name) throws IOException {
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : table.observations()) {
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6f%n", o.strategy(), o.n(), o.m(),
          o.repetition(), o.error()));
    }
    return Files.writeString(dir.resolve(name), csv);
  }

  private void openTable(Path table) {
    dialogs.filesToOpen.add(table);
    clickOn("#forecastOpenTable");
    finishBackgroundWork();
  }

  private void typeTarget(String text) {
    interact(() -> lookup("#targetField").queryAs(TextField.class).setText(text));
    finishBackgroundWork();
  }

  private String value(ForecastCard.Kind kind) {
    return lookup("#" + kind.name() + "-value").queryAs(Text.class).getText();
  }

  private String label(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private boolean visible(String id) {
    for (Node n = lookup(id).query(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The data-need card computed independently from the analysis the screen shows. */
  private ForecastCard expectedDataNeed(double target) {
    ScalingAnalysis analysis = current.analysisProperty().get();
    CurveAnalysis curve = analysis.curves().get(0);
    return ForecastCards.of(analysis, curve,
        Forecaster.forecast(analysis, curve, ForecastRequest.forTarget(target)),
        ErrorMeasure.MAE).get(0);
  }

  @Test
  void emptyStateExplainsWhatTheScreenShowsAndHowToGetThere() {
    assertTrue(visible("#emptyState-FORECAST"));
    assertTrue(visible("#forecastOpenTable"));
    assertFalse(visible("#forecastCards"));
  }

  @Test
  void loadingATableShowsTheCardsWithTheirNumbersAndTrust() throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.25");
    assertTrue(visible("#forecastCards"));
    assertFalse(visible("#emptyState-FORECAST"));
    ForecastCard expected = expectedDataNeed(0.25);
    assertTrue(expected.value().startsWith("about "), expected.value());
    assertEquals(expected.value(), value(ForecastCard.Kind.DATA_NEED));
    assertEquals(expected.sentence(), label("#DATA_NEED-sentence"));
    assertEquals("Trust: " + expected.trust().level().label(), label("#DATA_NEED-trust"));
    for (ForecastCard.Kind kind : List.of(ForecastCard.Kind.EXPERIMENT_WORTH,
        ForecastCard.Kind.TEN_TIMES_MORE, ForecastCard.Kind.TRUST, ForecastCard.Kind.BUDGET)) {
      assertTrue(label("#" + kind.name() + "-trust").startsWith("Trust: "), kind.name());
      assertFalse(value(kind).isEmpty(), kind.name());
    }
    assertEquals(expected.band(), label("#DATA_NEED-band"));
    assertTrue(expected.band().startsWith("90% forecast interval: "), expected.band());
    assertEquals(expected.reach(), label("#DATA_NEED-reach"));
    assertTrue(visible("#DATA_NEED-band"));
    assertTrue(label("#TEN_TIMES_MORE-band").contains("a re-run of this study would measure"),
        label("#TEN_TIMES_MORE-band"));
    assertTrue(label("#TEN_TIMES_MORE-reach").startsWith("Extrapolated: 10x"),
        label("#TEN_TIMES_MORE-reach"));
    assertTrue(lookup("#TEN_TIMES_MORE-reach").query().getStyleClass().contains("extrapolated"));
    assertFalse(visible("#TRUST-band"), "the trust card has no number, so no band");
    assertTrue(label("#lawSentence").startsWith("Fitted law: "), label("#lawSentence"));
    assertTrue(label("#lawSentence").contains(" E(n) = "), label("#lawSentence"));
    assertTrue(label("#uncertaintySentence").startsWith("The 90% bands include "),
        label("#uncertaintySentence"));
    assertTrue(label("#windowSentence").startsWith("The law was fitted on n = "));
  }

  @Test
  void changingTheTargetChangesTheDataNeed() throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.25");
    String before = value(ForecastCard.Kind.DATA_NEED);
    clickOn("#targetField").eraseText(4).write("0.23");
    finishBackgroundWork();
    String after = value(ForecastCard.Kind.DATA_NEED);
    assertNotEquals(before, after);
    assertEquals(expectedDataNeed(0.23).value(), after);
    assertTrue(rows(after) > rows(before), before + " -> " + after + ": a lower target needs more");
    assertTrue(label("#DATA_NEED-sentence").contains("test MAE of 0.230"),
        label("#DATA_NEED-sentence"));
  }

  private static double rows(String value) {
    return Double.parseDouble(value.replace("about ", "").replace(",", ""));
  }

  @Test
  void anUnreachableTargetShowsTheFloorVerdict() throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.1");
    assertEquals("Unreachable", value(ForecastCard.Kind.DATA_NEED));
    String sentence = label("#DATA_NEED-sentence");
    assertTrue(sentence.contains("is unreachable with this kind of simulation alone: the floor C is"),
        sentence);
    assertTrue(sentence.contains("probability of that verdict"), sentence);
  }

  @Test
  void aTargetMoreThan100xBeyondTheDataHeadlinesInWordsWithTheReasonNeverANumber()
      throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.21");
    ScalingAnalysis analysis = current.analysisProperty().get();
    DataNeedForecast need = Forecaster.forecast(analysis, analysis.curves().get(0),
        ForecastRequest.forTarget(0.21)).dataNeed();
    assertTrue(need.extrapolationFactor() > 100, need.sentence());
    ForecastCard expected = expectedDataNeed(0.21);
    assertEquals("Cannot tell yet", value(ForecastCard.Kind.DATA_NEED));
    assertEquals("", lookup("#DATA_NEED-unit").queryAs(Text.class).getText());
    assertEquals("Trust: do not extrapolate", label("#DATA_NEED-trust"));
    assertEquals(expected.band(), label("#DATA_NEED-band"));
    assertTrue(label("#DATA_NEED-band").startsWith("Beyond any sensible extrapolation: needs about"
        + " "), label("#DATA_NEED-band"));
    String sentence = label("#DATA_NEED-sentence");
    assertTrue(sentence.startsWith("These data cannot tell how many simulation rows reach a test"
        + " MAE of 0.210. The target needs about " + Format.value(need.extrapolationFactor())
        + "x the largest measured n (100,000), and no forecast from these data reaches beyond"
        + " 100x."), sentence);
    assertTrue(sentence.indexOf(" simulation rows (90% forecast interval")
        > sentence.indexOf("For the record only, not to plan on: "),
        "the number of rows only in the detail, for the record: " + sentence);
  }

  @Test
  void anInvalidFieldClearsTheCardThatDependsOnItAtOnceAndSaysWhyInFull() throws IOException {
    openTable(gridCsv());
    typeTarget("45");
    assertEquals("Reached", value(ForecastCard.Kind.DATA_NEED), "45 is a valid (easy) target");
    String tenTimes = value(ForecastCard.Kind.TEN_TIMES_MORE);
    assertFalse(lookup("#writeMemo").query().isDisable());
    // the user goes on typing "45%": no answer for the 45 the field no longer holds, at once
    interact(() -> lookup("#targetField").queryAs(TextField.class).setText("45%"));
    assertEquals("Fix the target", value(ForecastCard.Kind.DATA_NEED));
    assertEquals("\"45%\" is not a number: type the target error itself, e.g. 0.40. This card"
        + " answers again once the target holds a valid number.", label("#DATA_NEED-sentence"));
    assertEquals(tenTimes, value(ForecastCard.Kind.TEN_TIMES_MORE), "the other cards stand");
    assertTrue(lookup("#writeMemo").query().isDisable(), "no memo of inputs not on screen");
    assertNull(current.targetProperty().get(), "the study has no target while it is not a number");
    finishBackgroundWork();
    assertEquals("Fix the target", value(ForecastCard.Kind.DATA_NEED), "nor after the forecast");
    assertTrue(lookup("#targetField").query().getStyleClass().contains("field-error"));
    // the field's message is shown in full: wrapped, never cut off
    Label problem = lookup("#targetProblem").queryAs(Label.class);
    assertTrue(problem.getText().startsWith("\"45%\" is not a number"), problem.getText());
    assertEquals(problem.getText(), ((Text) problem.lookup(".text")).getText(),
        "the message as drawn");
    Node whatIf = lookup("#whatIf").query();
    double problemBottom = problem.localToScene(problem.getBoundsInLocal()).getMaxY();
    double panelBottom = whatIf.localToScene(whatIf.getLayoutBounds()).getMaxY();
    assertTrue(problemBottom <= panelBottom, problemBottom + " > " + panelBottom
        + ": the message reaches out of its panel");
    // the budget card depends on the costs and the budget in the same way
    interact(() -> {
      model.costPerSimulationTextProperty().set("1");
      model.costPerExperimentTextProperty().set("50");
      model.budgetTextProperty().set("lots");
    });
    assertEquals("Fix the costs and the budget", value(ForecastCard.Kind.BUDGET));
    assertTrue(label("#BUDGET-sentence").startsWith("\"lots\" is not an amount"),
        label("#BUDGET-sentence"));
    assertEquals(label("#budgetProblem"), ((Text) lookup("#budgetProblem").queryAs(Label.class)
        .lookup(".text")).getText(), "the message as drawn");
    interact(() -> model.budgetTextProperty().set("10k"));
    typeTarget("0.3");
    assertFalse(value(ForecastCard.Kind.DATA_NEED).startsWith("Fix"));
    assertTrue(List.of("Simulation", "Experiments", "Cannot tell yet")
        .contains(value(ForecastCard.Kind.BUDGET)), value(ForecastCard.Kind.BUDGET));
    assertEquals("", label("#targetProblem"));
    assertFalse(lookup("#targetField").query().getStyleClass().contains("field-error"));
    assertFalse(lookup("#writeMemo").query().isDisable());
  }

  @Test
  void errorsCarryTheUnitTheStudysTargetColumnNames() throws IOException {
    // a results folder's design.json names the target column band_gap_eV
    Files.copy(Path.of("sample-data/bandgap/results/design.json"), dir.resolve("design.json"));
    openTable(syntheticCsv());
    typeTarget("0.25");
    assertEquals("Target test MAE (eV)", lookup(".field-label").queryAs(Label.class).getText());
    assertEquals("Simulation needed for MAE 0.25 eV", label("#DATA_NEED-title"));
    assertTrue(label("#DATA_NEED-sentence").contains("Below the floor C = ")
        && label("#DATA_NEED-sentence").matches(".*C = [0-9.]+ eV .*"), label("#DATA_NEED-sentence"));
    assertTrue(lookup("#TEN_TIMES_MORE-unit").queryAs(Text.class).getText().startsWith("  eV at "),
        lookup("#TEN_TIMES_MORE-unit").queryAs(Text.class).getText());
    typeTarget("45%");
    assertTrue(label("#targetProblem").endsWith("type the target error in eV, e.g. 0.40"),
        label("#targetProblem"));
  }

  @Test
  void theTargetIsTheStudysOneTargetSharedWithTheScalingStep() throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.25");
    assertEquals(0.25, current.targetProperty().get());
    assertEquals(0.25, scaling.targetProperty().get(), "the Scaling step has the same target");
    // set on the Scaling step (its field, its chart line): the Forecast step follows
    interact(() -> scaling.targetProperty().set(0.23));
    finishBackgroundWork();
    assertEquals("0.230", lookup("#targetField").queryAs(TextField.class).getText());
    assertEquals(expectedDataNeed(0.23).value(), value(ForecastCard.Kind.DATA_NEED));
    assertTrue(label("#DATA_NEED-sentence").contains("test MAE of 0.230"),
        label("#DATA_NEED-sentence"));
    typeTarget("");
    assertNull(scaling.targetProperty().get(), "cleared here, cleared there");
    assertEquals("Set a target", value(ForecastCard.Kind.DATA_NEED));
  }

  /** The reason on the validation mark of a field, as its tooltip shows it; empty without one. */
  private Optional<String> markReason(String field) {
    return lookup(field + " ." + FieldValidation.MARK_STYLE).tryQueryAs(Label.class)
        .filter(Node::isVisible).map(mark -> mark.getTooltip().getText());
  }

  private double top(String field) {
    Node node = lookup(field).query();
    return node.localToScene(node.getBoundsInLocal()).getMinY();
  }

  @Test
  void everyWhatIfFieldCarriesAValidationMarkWhileItsValueIsNotUsable() throws IOException {
    openTable(gridCsv());
    for (String field : List.of("#targetField", "#costSimField", "#costExpField",
        "#budgetField")) {
      assertEquals(Optional.empty(), markReason(field), field);
      interact(() -> lookup(field).queryAs(TextField.class).setText("-5"));
      String problem = label(field.replace("Field", "Problem"));
      assertFalse(problem.isEmpty(), field);
      assertEquals(Optional.of(problem), markReason(field), field);
      assertEquals(top("#targetField"), top("#costSimField"), 0.5,
          "the fields stay in line while a reason shows under " + field);
      interact(() -> lookup(field).queryAs(TextField.class).setText(""));
      assertEquals(Optional.empty(), markReason(field), field);
    }
  }

  @Test
  void costsAndABudgetGiveBudgetAdviceOnATableWithSeveralM() throws IOException {
    openTable(gridCsv());
    interact(() -> {
      model.costPerSimulationTextProperty().set("1");
      model.costPerExperimentTextProperty().set("50");
      model.budgetTextProperty().set("10k");
    });
    finishBackgroundWork();
    String advice = value(ForecastCard.Kind.BUDGET);
    assertTrue(advice.equals("Simulation") || advice.equals("Experiments"), advice);
    assertTrue(label("#BUDGET-sentence").startsWith("Spending the budget on 10,000 more"),
        label("#BUDGET-sentence"));
    // m_eq and the budget show their own grades and what they reach beyond, as computed
    for (ForecastCard.Kind kind : List.of(ForecastCard.Kind.EXPERIMENT_WORTH,
        ForecastCard.Kind.BUDGET)) {
      ForecastCard card = model.outcomeProperty().get().card(kind);
      assertEquals(card.value(), value(kind), kind.name());
      assertEquals(card.band(), label("#" + kind.name() + "-band"), kind.name());
      assertEquals(card.reach(), label("#" + kind.name() + "-reach"), kind.name());
      assertEquals("Trust: " + card.trust().level().label(), label("#" + kind.name() + "-trust"));
    }
    ForecastCard worth = model.outcomeProperty().get().card(ForecastCard.Kind.EXPERIMENT_WORTH);
    assertEquals(model.outcomeProperty().get().forecast().equivalentExperiments().trust(),
        worth.trust(), "m_eq carries its own grade, not the fit's");
    if (worth.doNotExtrapolate()) {
      assertEquals("Cannot tell yet", value(ForecastCard.Kind.EXPERIMENT_WORTH));
      assertTrue(label("#EXPERIMENT_WORTH-band").startsWith("What to measure: "),
          label("#EXPERIMENT_WORTH-band"));
    }
    assertTrue(label("#EXPERIMENT_WORTH-reach").startsWith("Extrapolated: the equivalent number"
        + " of experiments lies beyond the measured m"), label("#EXPERIMENT_WORTH-reach"));
  }

  @Test
  void severalCurvesOfferAChooserAndChoosingOneRecomputes() throws IOException {
    openTable(gridCsv());
    typeTarget("0.3");
    assertTrue(visible("#curveChooser"));
    @SuppressWarnings("unchecked")
    ComboBox<CurveKey> chooser = lookup("#curveChooser").queryAs(ComboBox.class);
    assertEquals(3, chooser.getItems().size());
    assertEquals(new CurveKey("transfer", 1000), chooser.getValue(), "largest m first");
    String atLargestM = label("#DATA_NEED-sentence");
    interact(() -> chooser.setValue(new CurveKey("transfer", 100)));
    finishBackgroundWork();
    assertNotEquals(atLargestM, label("#DATA_NEED-sentence"));
    assertEquals(100, model.outcomeProperty().get().curve().m());
  }

  /** Forecasts handed to the worker so far. */
  private long forecastsStarted() {
    return started.stream().filter("Forecasting"::equals).count();
  }

  @Test
  void typingQuicklyIsCoalesced() throws IOException {
    openTable(syntheticCsv());
    long before = forecastsStarted();
    interact(() -> {
      for (String t : List.of("0", "0.", "0.2", "0.25", "0.24", "0.245")) {
        model.targetTextProperty().set(t);
      }
    });
    finishBackgroundWork();
    assertTrue(forecastsStarted() - before <= 2,
        (forecastsStarted() - before) + " forecasts for one burst of typing");
    assertEquals(expectedDataNeed(0.245).value(), value(ForecastCard.Kind.DATA_NEED));
  }

  @Test
  void writeMemoAsksWhereAndWritesTheMemoInTheBackground() throws IOException {
    openTable(syntheticCsv());
    typeTarget("0.25");
    Path file = dir.resolve("out/plan.html");
    dialogs.filesToSave.add(file);
    clickOn("#writeMemo");
    finishBackgroundWork();
    assertTrue(dialogs.asked.contains("save: Write the Forecast Memo [forecast-memo.html]"),
        dialogs.asked.toString());
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains(org.sim2real.core.report.HtmlText.escape(
        label("#DATA_NEED-sentence"))), "the memo says what the screen showed");
    assertTrue(html.contains("2025-03-14T09:26:53Z"), "stamped with the date");
    assertEquals("Memo written to " + file, label("#memoMessage"));
    assertTrue(status.contains("Forecast memo written to " + file), status.toString());
    clickOn("#openMemo");
    assertEquals(List.of(file), opened);
  }

  @Test
  void aPdfMemoCanBeChosenAndANameWithoutExtensionBecomesHtml() throws IOException {
    openTable(syntheticCsv());
    dialogs.filesToSave.add(dir.resolve("plan.pdf"));
    clickOn("#writeMemo");
    finishBackgroundWork();
    byte[] pdf = Files.readAllBytes(dir.resolve("plan.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
    dialogs.filesToSave.add(dir.resolve("plain"));
    clickOn("#writeMemo");
    finishBackgroundWork();
    assertTrue(Files.isRegularFile(dir.resolve("plain.html")));
  }

  @Test
  void darkThemeRestylesTheScreen() {
    assertFalse(view.getStyleClass().contains("dark"));
    interact(() -> theme.set(Theme.DARK));
    assertTrue(view.getStyleClass().contains("dark"));
  }
}
