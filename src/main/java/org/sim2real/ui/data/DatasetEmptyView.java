package org.sim2real.ui.data;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sim2real.core.project.DatasetRole;

/**
 * What a dataset panel shows before a file is imported: what the dataset is for, the Open
 * button, that a file can be dropped here, and which file shapes are accepted, with an example.
 */
final class DatasetEmptyView extends VBox {
  DatasetEmptyView(DatasetPanelModel model) {
    DatasetRole role = model.role();
    boolean sim = role == DatasetRole.SIMULATION;
    getStyleClass().addAll("empty-state", "data-empty");
    setId("dataEmpty-" + role.name());
    setAlignment(Pos.TOP_LEFT);

    Label headline = new Label(sim ? "Simulation data" : "Experimental data");
    headline.getStyleClass().add("empty-state-title");
    Label purpose = wrapping(sim
        ? "The large computational dataset the models are pretrained on, for example band gaps"
            + " of a hundred thousand materials computed with DFT."
        : "The small measured dataset you want to predict; the models are fine-tuned and tested"
            + " on it. It should describe materials the same way as the simulation data.",
        "empty-state-text");

    Button open = new Button(sim ? "Open Simulation Data..." : "Open Experimental Data...");
    open.setId(sim ? "importSimulation" : "importExperimental");
    open.getStyleClass().add("accent-button");
    open.setDefaultButton(false);
    open.setMinWidth(Region.USE_PREF_SIZE);
    open.setTooltip(new Tooltip("Choose a data file (" + (sim ? "Ctrl+I" : "Ctrl+Shift+I")
        + ", or File > Import " + (sim ? "Simulation" : "Experimental") + " Data)."));
    open.setOnAction(e -> model.chooseFile());
    Label drop = new Label("or drop a file anywhere on this page");
    drop.getStyleClass().add("muted-text");
    HBox action = new HBox(open, drop);
    action.getStyleClass().add("empty-action-row");
    action.setAlignment(Pos.CENTER_LEFT);

    Label shapesTitle = new Label("Accepted files");
    shapesTitle.getStyleClass().add("section-title");
    Label shapes = wrapping("A table with a header row and one row per sample: a column that"
        + " describes the material (chemical formulas such as GaAs, SMILES such as CCO, or"
        + " several numeric descriptor columns) and a numeric column with the property."
        + " Comma-, semicolon- or tab-separated text in UTF-8 (.csv, .tsv, .txt, also"
        + " gzip-compressed .gz) or an Excel workbook (.xlsx).", "empty-state-text");
    Label example = new Label("formula,band_gap_eV\nGaAs,1.42\nNaCl,8.5\nFe2O3,2.1");
    example.getStyleClass().add("code-example");
    example.setMinHeight(Region.USE_PREF_SIZE);
    example.setTooltip(new Tooltip("A minimal file: formulas and one property."));
    Label after = wrapping("After the import the workbench shows the table, suggests which"
        + " column plays which role (you can change it), and lists every row it cannot use"
        + " with the reason.", "muted-text");
    getChildren().addAll(headline, purpose, action, shapesTitle, shapes, example, after);
  }

  private static Label wrapping(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }
}
