package org.sim2real.ui.study;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sim2real.core.model.Activation;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.FormControls;

/**
 * The model part of the Study screen: the learner, then either the MLP's architecture and the
 * learning rate and length of each phase, or the chosen tabular model's settings.
 */
final class ModelSettingsView extends VBox {
  private final FormControls controls;

  ModelSettingsView(StudyFormModel form, FormControls controls) {
    this.controls = controls;
    getStyleClass().add("form-block");
    ComboBox<ModelChoice> model = FormControls.combo(form.model(),
        FXCollections.observableArrayList(ModelChoice.values()), "modelChoice",
        "The learner of every phase. The MLP supports fine-tuning and frozen features; tree and"
            + " kernel models use the simulation model's prediction (as a feature or a delta).");
    HBox top = new HBox(8, FormControls.caption("Model"), model);
    top.setAlignment(Pos.CENTER_LEFT);

    VBox mlp = mlpSettings(form.mlp());
    BooleanBinding isMlp = Bindings.createBooleanBinding(
        () -> form.model().get() == ModelChoice.MLP, form.model().valueProperty());
    mlp.visibleProperty().bind(isMlp);
    mlp.managedProperty().bind(isMlp);
    getChildren().addAll(top, mlp);
    for (ModelChoice choice : new ModelChoice[] {ModelChoice.GRADIENT_BOOSTING,
        ModelChoice.RANDOM_FOREST, ModelChoice.GAUSSIAN_PROCESS}) {
      GridPane grid = tabularSettings(form.tabular(), choice);
      BooleanBinding shown = Bindings.createBooleanBinding(
          () -> form.model().get() == choice, form.model().valueProperty());
      grid.visibleProperty().bind(shown);
      grid.managedProperty().bind(shown);
      getChildren().add(grid);
    }
  }

  private VBox mlpSettings(MlpSettingsModel m) {
    GridPane shape = new GridPane();
    shape.getStyleClass().add("form-grid");
    TextField hidden = controls.text(m.hiddenLayers(), "hiddenLayers", 10,
        "Widths of the hidden layers from input to output, e.g. 256, 128 (the reference)."
            + " Every phase uses this architecture.");
    ComboBox<Activation> activation = FormControls.combo(m.activation(),
        FXCollections.observableArrayList(Activation.values()), "activation",
        "Activation of the hidden layers; the output layer is linear.");
    TextField batch = controls.text(m.batchSize(), "batchSize", 5,
        "Rows per Adam step in every phase (the reference: 128).");
    shape.addRow(0, FormControls.caption("Hidden layers"), hidden,
        FormControls.caption("Activation"), activation, FormControls.caption("Batch size"), batch);
    Label shapeErrors = FormControls.errorLabel(errors(List.of(m.hiddenLayers(), m.batchSize()),
        List.of("Hidden layers", "Batch size")), "shapeError");

    GridPane phases = new GridPane();
    phases.getStyleClass().addAll("form-grid", "phase-grid");
    phases.addRow(0, header("Phase"), header("Learning rate"), header("Length"),
        header("Epochs"), header("Min steps"), header("Max steps"));
    int row = 1;
    for (MlpPhase phase : MlpPhase.values()) {
      MlpSettingsModel.PhaseFields f = m.phase(phase);
      String id = phase.name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
      Label name = FormControls.caption(phase.label());
      name.setTooltip(FormControls.wrapping(phase.label() + ": " + phase.detail() + "."));
      ComboBox<TrainingLengths.Kind> kind = FormControls.combo(f.lengthKind(),
          FXCollections.observableArrayList(TrainingLengths.Kind.values()), id + "Length",
          "Epochs: whole passes over the training rows. Step budget: epochs clipped to"
              + " [min steps, max steps] Adam steps, as the reference pretrains. Step budget"
              + " growing with n: the same, but above 10,000 training rows the most steps grow"
              + " with the square root of the rows, so large sets are not cut short (the"
              + " workbench's default for pretraining).");
      TextField min = controls.text(f.minSteps(), id + "MinSteps", 6,
          "Fewest Adam steps of the step budget (small sets still train this long).");
      TextField max = controls.text(f.maxSteps(), id + "MaxSteps", 6,
          "Most Adam steps of the step budget (large sets stop here; with a budget growing"
              + " with n, this is the most up to 10,000 training rows).");
      BooleanBinding epochsOnly = Bindings.createBooleanBinding(
          () -> f.lengthKind().get() == TrainingLengths.Kind.EPOCHS,
          f.lengthKind().valueProperty());
      min.disableProperty().bind(epochsOnly);
      max.disableProperty().bind(epochsOnly);
      phases.addRow(row++, name,
          controls.text(f.learningRate(), id + "LearningRate", 6,
              "Adam learning rate of " + phase.label().toLowerCase(java.util.Locale.ROOT)
                  + ", e.g. 0.001 or 1e-3."),
          kind, controls.text(f.epochs(), id + "Epochs", 4, "Passes over the training rows."),
          min, max);
      Label error = FormControls.errorLabel(errors(
          List.of(f.learningRate(), f.epochs(), f.minSteps(), f.maxSteps()),
          List.of("Learning rate", "Epochs", "Min steps", "Max steps")), id + "Error");
      phases.add(error, 1, row++, 5, 1);
      phases.add(FormControls.note(m.budgetDescription(phase), id + "Budget"), 1, row++, 5, 1);
    }

    CheckBox stopping = FormControls.check(m.earlyStopping(), "Early stopping", "earlyStopping",
        "Hold out part of the training rows of every phase, stop when their error has not"
            + " improved for the patience, and keep the best epoch's weights. Off in the"
            + " reference protocol.");
    TextField fraction = controls.text(m.validationFraction(), "validationFraction", 4,
        "Share of the training rows held out to decide when to stop.");
    TextField patience = controls.text(m.patience(), "patience", 4,
        "Epochs without improvement before training stops.");
    BooleanBinding off = Bindings.createBooleanBinding(() -> !Boolean.TRUE.equals(
        m.earlyStopping().get()), m.earlyStopping().valueProperty());
    fraction.disableProperty().bind(off);
    patience.disableProperty().bind(off);
    HBox stop = new HBox(8, stopping, FormControls.caption("validation share"), fraction,
        FormControls.caption("patience (epochs)"), patience);
    stop.setAlignment(Pos.CENTER_LEFT);
    stop.getStyleClass().add("form-row");
    Label stopErrors = FormControls.errorLabel(errors(List.of(m.validationFraction(),
        m.patience()), List.of("Validation share", "Patience")), "stoppingError");
    VBox box = new VBox(shape, shapeErrors, phases, stop, stopErrors);
    box.getStyleClass().add("form-block");
    return box;
  }

  private GridPane tabularSettings(TabularSettingsModel model, ModelChoice choice) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("form-grid");
    grid.setId("tabular-" + choice.name());
    int row = 0;
    for (TabularSettingsModel.Setting s : model.settings(choice)) {
      String id = choice.name().toLowerCase(java.util.Locale.ROOT) + "-"
          + s.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
      grid.addRow(row++, FormControls.caption(s.label()),
          controls.text(s.field(), id, 6, s.help()), FormControls.note(s.help()));
      grid.add(FormControls.errorLabel(s.field().errorProperty(), id + "-error"), 1, row++, 2, 1);
    }
    return grid;
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("grid-header");
    // in a narrow window the column is as wide as its fields: "Learning rate" goes onto two
    // lines rather than being cut to "Learning r..."
    label.setWrapText(true);
    return label;
  }

  /** "Epochs: enter a whole number ..." for each field with an error, one per line. */
  static StringBinding errors(List<DesignField<?>> fields, List<String> names) {
    List<javafx.beans.Observable> deps = new ArrayList<>();
    fields.forEach(f -> deps.add(f.errorProperty()));
    return Bindings.createStringBinding(() -> {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        String e = fields.get(i).errorProperty().get();
        if (!e.isEmpty()) {
          lines.add(names.get(i) + ": " + e);
        }
      }
      return String.join("\n", lines);
    }, deps.toArray(javafx.beans.Observable[]::new));
  }
}
