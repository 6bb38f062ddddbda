package org.sim2real.ui.data;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.DialogService;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import org.sim2real.ui.common.study.DesignSession;

/**
 * The Data step: a panel per dataset and the summary of both, with the page shown. The File
 * menu's import commands come here too, so they do exactly what the panels' buttons do.
 */
public final class DataScreenModel {
  /** The pages of the Data step. */
  public enum Page {
    SIMULATION,
    EXPERIMENTAL,
    SOURCES,
    SUMMARY
  }

  private final ProjectSession session;
  private final DataSession data;
  private final SourcesModel sources;
  private final Map<DatasetRole, DatasetPanelModel> panels = new EnumMap<>(DatasetRole.class);
  private final DataSummaryModel summary;
  private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page",
      Page.SIMULATION);

  public DataScreenModel(DataSession data, SourcesSession sources, DesignSession design,
      ProjectSession session, DialogService dialogs, WorkbenchPreferences preferences,
      BackgroundTasks tasks) {
    this.session = session;
    this.data = data;
    this.sources = new SourcesModel(sources, design, data, dialogs, preferences);
    for (DatasetRole role : DatasetRole.values()) {
      panels.put(role, new DatasetPanelModel(role, data, session, dialogs, preferences));
    }
    summary = new DataSummaryModel(data, tasks);
  }

  /** Shows the dataset's page and asks for a file to import (File > Import ... Data). */
  public void importWithChooser(DatasetRole role) {
    session.selectedStepProperty().set(WorkbenchStep.DATA);
    page.set(pageOf(role));
    panels.get(role).chooseFile();
  }

  public DatasetPanelModel panel(DatasetRole role) {
    return panels.get(role);
  }

  /** The page of further simulation sources. */
  public SourcesModel sources() {
    return sources;
  }

  public DataSummaryModel summary() {
    return summary;
  }

  public DataSession data() {
    return data;
  }

  /** The page of the Data step on screen. */
  public ObjectProperty<Page> pageProperty() {
    return page;
  }

  static Page pageOf(DatasetRole role) {
    return role == DatasetRole.SIMULATION ? Page.SIMULATION : Page.EXPERIMENTAL;
  }
}
