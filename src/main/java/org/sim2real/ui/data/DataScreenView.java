package org.sim2real.ui.data;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.Theme;

/**
 * The Data step's view: a tab per dataset and one for the summary. Ctrl+Tab moves between them;
 * each tab's title says when its dataset is being imported or needs attention.
 */
public final class DataScreenView extends TabPane {
  public DataScreenView(DataScreenModel model, ObservableValue<Theme> theme) {
    setId("dataScreen");
    getStyleClass().add("data-screen");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    Tab sim = datasetTab(model.panel(DatasetRole.SIMULATION), "Simulation data",
        "The large computational dataset the models are pretrained on.");
    Tab exp = datasetTab(model.panel(DatasetRole.EXPERIMENTAL), "Experimental data",
        "The small measured dataset the models are fine-tuned and tested on.");
    ScrollPane summaryScroll = new ScrollPane(new DataSummaryView(model.summary(), theme));
    summaryScroll.setFitToWidth(true);
    summaryScroll.setFitToHeight(true);
    summaryScroll.getStyleClass().add("step-scroll");
    Tab summary = new Tab("Summary", summaryScroll);
    summary.setId("summaryTab");
    summary.setTooltip(new Tooltip("Counts, target distributions and the simulation-to-experiment"
        + " gap on shared materials, for both datasets (Ctrl+Tab to switch tabs)."));
    Tab sources = new Tab(null, new SourcesView(model.sources()));
    sources.setId("sourcesTab");
    sources.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
      int n = model.sources().entries().size();
      return n == 0 ? "More sources" : "More sources (" + n + ")";
    }, model.sources().entries()));
    sources.setTooltip(new Tooltip("Further simulation databases compared with the primary one"
        + " in the same study, each with its own curve and optional cost per row."));
    getTabs().addAll(sim, exp, sources, summary);

    getSelectionModel().select(model.pageProperty().get().ordinal());
    model.pageProperty().addListener((obs, old, page) ->
        getSelectionModel().select(page.ordinal()));
    getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
        model.pageProperty().set(DataScreenModel.Page.values()[index.intValue()]));
  }

  private static Tab datasetTab(DatasetPanelModel panel, String title, String tip) {
    Tab tab = new Tab();
    tab.setId(DatasetPanelView.prefix(panel.role()) + "Tab");
    tab.setContent(new DatasetPanelView(panel));
    tab.textProperty().bind(Bindings.createStringBinding(() -> {
      if (panel.busyProperty().get()) {
        return title + " (importing\u2026)";
      }
      String file = panel.fileNameProperty().get();
      boolean trouble = !panel.errorProperty().get().isEmpty()
          || !panel.roles().problemProperty().get().isEmpty();
      return title + (file.isEmpty() ? "" : ": " + file) + (trouble ? "  \u26a0" : "");
    }, panel.busyProperty(), panel.fileNameProperty(), panel.errorProperty(),
        panel.roles().problemProperty()));
    tab.setTooltip(new Tooltip(tip + " Drop a file on the page or use Open."));
    return tab;
  }
}
