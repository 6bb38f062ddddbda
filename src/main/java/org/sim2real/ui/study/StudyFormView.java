package org.sim2real.ui.study;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.FeaturizerChoice;
import org.sim2real.ui.common.study.FormControls;
import org.sim2real.ui.common.study.StudyPreset;

/**
 * The Study screen's form: preset, features, model, strategies, the n schedule with its preview,
 * and the experiments (m values, repetitions, test split, seed). Built in code; every control is
 * bound to the {@link StudyFormModel}.
 */
final class StudyFormView extends VBox {
  /** Wide enough for the phase table (six columns) with its fields readable. */
  static final double MIN_WIDTH = 620;

  private final FormControls controls;

  StudyFormView(StudyFormModel form, FormControls controls, ObservableValue<Theme> theme) {
    this.controls = controls;
    setId("studyForm");
    // in a small window the form scrolls sideways rather than squeezing the phase table until
    // its fields show "0.00" for 0.001 and its length choices only "E..."
    setMinWidth(MIN_WIDTH);
    getStyleClass().add("study-form");
    getChildren().addAll(
        section("Preset", presetRow(form)),
        section("Features", features(form.featurizer())),
        section("Model", new ModelSettingsView(form, controls)),
        section("Transfer strategies", strategies(form)),
        section("Simulation sizes n", schedule(form.schedule(), form.session(), theme)),
        section("Experiments and repetitions", experiments(form)),
        section("Question (adaptive study)", question(form.adaptive())));
  }

  private Node presetRow(StudyFormModel form) {
    ComboBox<StudyPreset> presets = FormControls.combo(form.preset(), form.presets(),
        "presetChoice", "Fills the whole form; every setting stays editable (the design then"
            + " becomes custom).");
    HBox row = new HBox(8, FormControls.caption("Start from"), presets);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, row, FormControls.note(form.presetDescriptionProperty(),
        "presetDescription"));
  }

  private Node features(FeaturizerModel f) {
    ComboBox<FeaturizerChoice> kind = FormControls.combo(f.kind(), f.choices(), "featurizerChoice",
        "How a material becomes numbers: the kinds that read the detected representation.");
    HBox top = new HBox(8, FormControls.caption("Featurizer"), kind);
    top.setAlignment(Pos.CENTER_LEFT);
    TextField length = controls.text(f.fingerprintLength(), "fingerprintLength", 6,
        "Bins of the folded count fingerprint (16 to 1,048,576; 1024 by default).");
    HBox smiles = new HBox(8, FormControls.caption("Fingerprint length"), length,
        FormControls.check(f.includeFingerprint(), "Fingerprint", "includeFingerprint",
            "Include the count-based circular fingerprint."),
        FormControls.check(f.includeDescriptors(), "Descriptors", "includeDescriptors",
            "Include the CDK molecular descriptors."));
    smiles.setAlignment(Pos.CENTER_LEFT);
    BooleanBinding smilesShown = f.smilesSettingsShown();
    smiles.visibleProperty().bind(smilesShown);
    smiles.managedProperty().bind(smilesShown);
    HBox scaling = new HBox(16,
        FormControls.check(f.standardizeFeatures(), "Standardize features", "standardizeFeatures",
            "Scale every feature to mean 0 and deviation 1, with statistics of the training rows"
                + " only. Off in the reference protocol."),
        FormControls.check(f.standardizeTargets(), "Standardize targets", "standardizeTargets",
            "Train on standardized targets (statistics of the training rows); errors are always"
                + " reported in the target's own units."));
    return new VBox(6, top, FormControls.note(f.explanationProperty(), "featurizerExplanation"),
        smiles, FormControls.errorLabel(f.fingerprintLength().errorProperty(), "fingerprintError"),
        FormControls.errorLabel(f.includeFingerprint().errorProperty(), "smilesPartsError"),
        scaling);
  }

  private Node strategies(StudyFormModel form) {
    VBox box = new VBox(4);
    for (TransferStrategy s : StudyFormModel.STRATEGY_HELP.keySet()) {
      String help = StudyFormModel.STRATEGY_HELP.get(s);
      CheckBox check = FormControls.check(form.strategy(s), help.substring(0, help.indexOf(':')),
          "strategy-" + s.name(), help);
      check.setMinWidth(Region.USE_PREF_SIZE);
      Label why = FormControls.note(help.substring(help.indexOf(':') + 2));
      HBox row = new HBox(8, check, why);
      row.setAlignment(Pos.CENTER_LEFT);
      BooleanBinding offered = form.offered(s);
      row.visibleProperty().bind(offered);
      row.managedProperty().bind(offered);
      box.getChildren().addAll(row,
          FormControls.errorLabel(form.strategy(s).errorProperty(), "strategyError-" + s.name()));
    }
    CheckBox scratch = new CheckBox("Scratch baseline");
    scratch.setId("strategy-SCRATCH");
    scratch.setSelected(true);
    scratch.setDisable(true);
    scratch.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, scratch, FormControls.note(StudyFormModel.SCRATCH_HELP.substring(
        StudyFormModel.SCRATCH_HELP.indexOf(':') + 2)));
    row.setAlignment(Pos.CENTER_LEFT);
    box.getChildren().add(row);
    return box;
  }

  private Node schedule(ScheduleModel s, DesignSession session, ObservableValue<Theme> theme) {
    TextField min = controls.text(s.min(), "sizeMin", 7, "The smallest n.");
    TextField max = controls.text(s.max(), "sizeMax", 10,
        "The largest n; empty for all usable simulation rows.");
    max.promptTextProperty().bind(s.maxPromptProperty());
    TextField count = controls.text(s.count(), "sizeCount", 3, "How many sizes.");
    CheckBox log = FormControls.check(s.logSpacing(), "Log spacing", "sizeLogSpacing",
        "Spread the sizes evenly in log n (the usual learning-curve schedule); off spreads them"
            + " evenly in n.");
    HBox generator = new HBox(8, FormControls.caption("From"), min, FormControls.caption("to"),
        max, FormControls.caption("count"), count, log);
    generator.setAlignment(Pos.CENTER_LEFT);
    SizeRangeSlider range = new SizeRangeSlider(s, session);
    HBox.setHgrow(range, Priority.ALWAYS);
    HBox rangeRow = new HBox(8, FormControls.caption("Range"), range);
    rangeRow.setAlignment(Pos.CENTER_LEFT);
    SchedulePreview preview = new SchedulePreview(s.previewProperty(),
        Bindings.createObjectBinding(() -> {
          Integer rows = session.facts().simulationRows();
          return rows == null ? 0 : rows;
        }, session.factsProperty()), theme);
    TextField list = controls.text(s.sizes(), "sizeList", 40,
        "The n values, separated by commas; edit freely (it becomes a custom list). Empty: the"
            + " automatic schedule.");
    list.setPromptText("automatic: 10 log-spaced sizes up to all usable simulation rows");
    list.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(list, Priority.ALWAYS);
    HBox listRow = new HBox(8, FormControls.caption("n values"), list);
    listRow.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, generator, rangeRow,
        FormControls.errorLabel(ModelSettingsView.errors(List.of(s.min(), s.max(), s.count()),
            List.of("From", "To", "Count")), "generatorError"),
        preview, listRow, FormControls.errorLabel(s.sizes().errorProperty(), "sizeListError"),
        FormControls.note(s.sizesNoteProperty(), "sizesNote"));
  }

  private Node experiments(StudyFormModel form) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    ScheduleModel s = form.schedule();
    TextField ms = controls.text(s.experimentalSizes(), "experimentalSizes", 20,
        "Experimental training sizes m, separated by commas; empty: all training rows.");
    ms.promptTextProperty().bind(s.experimentalPromptProperty());
    grid.addRow(0, FormControls.caption("m values"), ms);
    grid.add(FormControls.errorLabel(s.experimentalSizes().errorProperty(), "experimentalError"),
        1, 1);
    grid.addRow(2, FormControls.caption("Repetitions"), controls.text(form.repetitions(),
        "repetitions", 5, "Each cell is repeated with other seeds (another simulation subset,"
            + " experimental draw and initialization); points are means with 90% intervals."));
    grid.add(FormControls.errorLabel(form.repetitions().errorProperty(), "repetitionsError"),
        1, 3);

    ToggleGroup test = new ToggleGroup();
    RadioButton fraction = new RadioButton("Hold out");
    fraction.setId("testByFraction");
    fraction.setToggleGroup(test);
    RadioButton file = new RadioButton("Separate test file");
    file.setId("testByFile");
    file.setToggleGroup(test);
    TextField share = controls.text(form.testFraction(), "testFraction", 5,
        "Share of the experimental rows held out as the fixed test set, e.g. 0.2 or 20%.");
    Button choose = new Button("Choose\u2026");
    choose.setId("chooseTestFile");
    choose.setOnAction(e -> form.chooseTestFile());
    Label fileName = new Label();
    fileName.setId("testFileName");
    fileName.textProperty().bind(form.testFileProperty());
    ObservableValue<String> testFile = form.testFileProperty();
    Runnable sync = () -> test.selectToggle(testFile.getValue().isEmpty() ? fraction : file);
    testFile.addListener((obs, old, f) -> sync.run());
    sync.run();
    fraction.setOnAction(e -> {
      if (!testFile.getValue().isEmpty()) {
        form.useTestFraction();
      }
    });
    file.setOnAction(e -> {
      form.chooseTestFile();
      sync.run();
    });
    share.disableProperty().bind(file.selectedProperty());
    HBox testRow = new HBox(8, fraction, share, FormControls.caption("of the experiments"), file,
        choose, fileName);
    testRow.setAlignment(Pos.CENTER_LEFT);
    grid.addRow(4, FormControls.caption("Test set"), testRow);
    grid.add(FormControls.errorLabel(form.testFraction().errorProperty(), "testFractionError"),
        1, 5);
    grid.addRow(6, FormControls.caption("Seed"), controls.text(form.seed(), "seed", 8,
        "Master seed: the same design and seed give the same numbers."));
    grid.add(FormControls.errorLabel(form.seed().errorProperty(), "seedError"), 1, 7);
    return grid;
  }

  /**
   * An adaptive study: instead of every cell of the grid, the run measures in waves the cells that
   * narrow the answer to one question most per CPU-second, and stops at the precision wanted.
   */
  private Node question(AdaptiveQuestionModel q) {
    Label purpose = new Label("Ask one question and the run measures only the cells that answer"
        + " it best per CPU-second, in waves, until the precision you want (or the budget, or a"
        + " verdict that no forecast can be given). The cells are those of the grid above.");
    purpose.getStyleClass().add("form-note");
    purpose.setWrapText(true);
    purpose.setMinHeight(Region.USE_PREF_SIZE);
    ComboBox<AdaptiveQuestionModel.Choice> choice = new ComboBox<>();
    choice.setId("adaptiveQuestion");
    choice.getItems().setAll(AdaptiveQuestionModel.Choice.values());
    choice.valueProperty().bindBidirectional(q.choiceProperty());
    choice.setOnAction(e -> q.apply());
    choice.setTooltip(new Tooltip("What the study should answer; 'Nothing' runs every cell."));
    TextField value = questionField(q.valueProperty(), "adaptiveValue", 8, q::apply,
        "The target error (for n*), the size n (for the error at n), or the budget in the unit"
            + " of the sources' costs per row (for which source to grow).");
    Label valueCaption = new Label();
    valueCaption.textProperty().bind(q.valueCaption());
    valueCaption.setLabelFor(value);
    TextField precision = questionField(q.precisionProperty(), "adaptivePrecision", 6, q::apply,
        "How precise the answer must be; see the hint beside the field.");
    TextField budget = questionField(q.budgetCellsProperty(), "adaptiveBudget", 6, q::apply,
        "The most cells the study may measure (empty: the whole grid at most).");
    TextField minutes = questionField(q.budgetMinutesProperty(), "adaptiveBudgetMinutes", 6,
        q::apply, "The most CPU-minutes its cells may take, measured from the cells' recorded"
            + " times (empty: no limit but the grid).");
    var asks = q.choiceProperty().isNotEqualTo(AdaptiveQuestionModel.Choice.GRID);
    var hasValue = asks.and(q.choiceProperty().isNotEqualTo(AdaptiveQuestionModel.Choice.FLOOR));
    for (Node n : new Node[] {value, valueCaption}) {
      n.visibleProperty().bind(hasValue);
      n.managedProperty().bind(hasValue);
    }
    HBox first = new HBox(8, FormControls.caption("Ask"), choice, valueCaption, value);
    first.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label();
    hint.getStyleClass().add("form-note");
    hint.textProperty().bind(q.precisionHint());
    precision.setMinWidth(Region.USE_PREF_SIZE); // a long hint must not squeeze the field away
    HBox second = new HBox(8, FormControls.caption("Precision"), precision, hint);
    second.setAlignment(Pos.CENTER_LEFT);
    HBox third = new HBox(8, FormControls.caption("Budget"), budget, new Label("cells  or"),
        minutes, new Label("CPU-minutes (either may be empty)"));
    third.setAlignment(Pos.CENTER_LEFT);
    for (Node n : new Node[] {second, third}) {
      n.visibleProperty().bind(asks);
      n.managedProperty().bind(asks);
    }
    Label problem = FormControls.errorLabel(q.problemProperty(), "adaptiveError");
    return new VBox(6, purpose, first, second, third, problem);
  }

  private static TextField questionField(javafx.beans.property.StringProperty text, String id,
      int columns, Runnable apply, String tip) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(columns);
    field.textProperty().bindBidirectional(text);
    field.setOnAction(e -> apply.run());
    field.focusedProperty().addListener((obs, was, now) -> {
      if (!now) {
        apply.run();
      }
    });
    field.setTooltip(new Tooltip(tip));
    return field;
  }

  private static VBox section(String title, Node content) {
    Label heading = new Label(title);
    heading.getStyleClass().add("section-title");
    VBox box = new VBox(8, heading, content);
    box.getStyleClass().add("form-section");
    return box;
  }
}
