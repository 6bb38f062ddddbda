package org.sim2real.ui.study;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sim2real.ui.common.Theme;
import org.sim2real.ui.common.WrappingLabels;
import org.sim2real.ui.common.study.FormControls;
import org.sim2real.ui.common.study.PlanService;
import org.sim2real.ui.common.study.StudySummaryModel;

/**
 * The Study step: the form on the left (scrolling), and on the right what the design amounts to
 * (cells, run time, hash, problems with the data) above the project's notes, so the notes stay
 * at hand while designing.
 */
public final class StudyScreenView extends BorderPane {
  static final double SIDE_MIN_WIDTH = 220;
  static final double SIDE_PREF_WIDTH = 340;

  public StudyScreenView(StudyFormModel form, FormControls controls, PlanService plans,
      Node notes, ObservableValue<Theme> theme) {
    setId("studyScreen");
    getStyleClass().add("study-screen");
    ScrollPane scroll = new ScrollPane(new StudyFormView(form, controls, theme));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("step-scroll");
    scroll.setId("studyFormScroll");
    FormControls.followFocus(scroll);
    setCenter(scroll);

    VBox side = new VBox(summary(form.summary(), plans), notes);
    side.getStyleClass().add("study-side");
    ScrollPane sideScroll = new ScrollPane(side);
    sideScroll.setFitToWidth(true);
    sideScroll.getStyleClass().add("step-scroll");
    // a third of the step, 220 to 340 px: in the smallest window the form keeps most of the room
    sideScroll.prefWidthProperty().bind(Bindings.max(SIDE_MIN_WIDTH,
        Bindings.min(SIDE_PREF_WIDTH, widthProperty().multiply(0.34))));
    sideScroll.setMinWidth(SIDE_MIN_WIDTH);
    setRight(sideScroll);
  }

  private static Node summary(StudySummaryModel s, PlanService plans) {
    Label title = new Label("This design");
    title.getStyleClass().add("section-title");
    Label cells = new Label();
    cells.setId("summaryCells");
    cells.getStyleClass().add("summary-figure");
    cells.textProperty().bind(s.cellsProperty());
    Label detail = FormControls.note(s.cellsDetailProperty(), "summaryCellsDetail");
    Label estimate = wrapping("summaryEstimate", "summary-line", s.estimateProperty());
    Label estimateDetail = FormControls.note(s.estimateDetailProperty(), "summaryEstimateDetail");
    Label hash = FormControls.note(s.hashProperty(), "summaryHash");
    Label problems = wrapping("summaryProblems", "field-error", s.problemsProperty());
    FormControls.showWhenNotEmpty(problems, s.problemsProperty());
    Button check = new Button("Check with the Data");
    check.setId("checkDesign");
    check.setTooltip(new Tooltip("Plans the study now: imports and featurizes the data, checks the"
        + " schedule against the usable rows and computes the design hash (the Run step does"
        + " the same when it starts)."));
    check.setOnAction(e -> s.checkWithData());
    Label planStatus = FormControls.note(plans.statusProperty(), "planStatus");
    Button stop = new Button("Stop Planning");
    stop.setId("stopPlanning");
    stop.setTooltip(new Tooltip("Stops importing and featurizing the data (a table of a million"
        + " rows takes a minute or more). Nothing is lost; the plan is made again when needed."));
    stop.visibleProperty().bind(plans.busyProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> plans.cancel());
    stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox planning = new HBox(8, planStatus, stop);
    planning.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    HBox.setHgrow(planStatus, javafx.scene.layout.Priority.ALWAYS);
    VBox box = new VBox(6, title, cells, detail, estimate, estimateDetail, problems, check,
        planning, hash);
    box.setId("studySummary");
    box.getStyleClass().add("summary-card");
    return box;
  }

  private static Label wrapping(String id, String style, ObservableValue<String> text) {
    return WrappingLabels.of(id, style, text);
  }

}
