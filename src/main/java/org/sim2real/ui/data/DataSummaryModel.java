package org.sim2real.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.data.DatasetOverlap;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.core.data.ValidationReport;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.data.DataCharts;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.ImportState;

/**
 * The summary of both datasets: a table of counts and target statistics side by side, the
 * target histograms and the parity of simulation and experiment on shared materials. Recomputed
 * in the background whenever either dataset changes; a result for datasets that have changed
 * again meanwhile is dropped.
 */
public final class DataSummaryModel {
  private final DataSession data;
  private final BackgroundTasks tasks;
  private final ReadOnlyObjectWrapper<@Nullable DataSummary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary");
  private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper overlapText = new ReadOnlyStringWrapper(this, "overlap", "");
  private final ReadOnlyStringWrapper parityTitle = new ReadOnlyStringWrapper(this, "parity", "");
  private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
  private int generation;

  public DataSummaryModel(DataSession data, BackgroundTasks tasks) {
    this.data = data;
    this.tasks = tasks;
    for (DatasetRole role : DatasetRole.values()) {
      data.slot(role).stateProperty().addListener((obs, old, state) -> recompute());
    }
    recompute();
  }

  private void recompute() {
    int mine = ++generation;
    Dataset sim = data.dataset(DatasetRole.SIMULATION);
    Dataset exp = data.dataset(DatasetRole.EXPERIMENTAL);
    if (sim == null && exp == null) {
      show(null);
      return;
    }
    tasks.run("Summarizing the data", context -> DataSummary.of(sim, exp),
        result -> {
          if (mine == generation) {
            show(result);
          }
        },
        error -> {
          if (mine == generation) {
            hint.set("The summary could not be computed: " + error);
          }
        });
  }

  private void show(@Nullable DataSummary s) {
    rows.setAll(rowsOf(s));
    DatasetOverlap overlap = s == null ? null : s.overlap();
    boolean sim = data.dataset(DatasetRole.SIMULATION) != null;
    boolean exp = data.dataset(DatasetRole.EXPERIMENTAL) != null;
    hint.set(sim && exp ? ""
        : !sim && !exp ? "Import both datasets to compare them here."
        : "Import the " + (sim ? "experimental" : "simulation") + " data too to compare the two"
            + " datasets and see the materials they share.");
    if (overlap == null) {
      overlapText.set("");
      parityTitle.set("");
      summary.set(s); // last: the charts read the texts when it changes
      return;
    }
    overlapText.set(overlap.experimentRowsCovered() == 0
        ? "No material occurs in both datasets, so the simulation cannot be compared with the"
            + " experiment directly."
        : Texts.plural(overlap.sharedKeys(), "material occurs", "materials occur")
            + " in both datasets; they cover " + Texts.plural(overlap.experimentRowsCovered(),
                "experimental row", "experimental rows") + ".");
    parityTitle.set(DataCharts.parityTitle(overlap));
    summary.set(s);
  }

  private List<SummaryRow> rowsOf(@Nullable DataSummary s) {
    ImportState sim = data.slot(DatasetRole.SIMULATION).state();
    ImportState exp = data.slot(DatasetRole.EXPERIMENTAL).state();
    List<SummaryRow> out = new ArrayList<>();
    out.add(new SummaryRow("File", name(sim), name(exp)));
    ValidationReport rs = report(sim);
    ValidationReport re = report(exp);
    out.add(new SummaryRow("Rows read", count(rs, ValidationReport::rowsRead),
        count(re, ValidationReport::rowsRead)));
    out.add(new SummaryRow("Usable rows", count(rs, ValidationReport::usableRows),
        count(re, ValidationReport::usableRows)));
    out.add(new SummaryRow("Rejected rows", count(rs, ValidationReport::rejectedRows),
        count(re, ValidationReport::rejectedRows)));
    out.add(new SummaryRow("Rows in the dataset", count(rs, ValidationReport::datasetRows),
        count(re, ValidationReport::datasetRows)));
    out.add(new SummaryRow("Distinct materials",
        s == null || s.simulation() == null ? "-" : Texts.count(s.simulationMaterials()),
        s == null || s.experiment() == null ? "-" : Texts.count(s.experimentMaterials())));
    out.add(new SummaryRow("Target column", target(sim), target(exp)));
    TargetStatistics ts = s == null ? null : s.simulation();
    TargetStatistics te = s == null ? null : s.experiment();
    out.add(new SummaryRow("Target mean \u00b1 SD", meanSd(ts), meanSd(te)));
    out.add(new SummaryRow("Min / median / max", range(ts), range(te)));
    out.add(new SummaryRow("Exactly zero", ts == null ? "-" : Texts.percent(ts.zeroShare()),
        te == null ? "-" : Texts.percent(te.zeroShare())));
    return out;
  }

  private static String name(@Nullable ImportState s) {
    return s == null ? "not imported" : s.fileName();
  }

  private static @Nullable ValidationReport report(@Nullable ImportState s) {
    return s == null || s.result() == null ? null : s.result().report();
  }

  private static String count(@Nullable ValidationReport r,
      java.util.function.ToIntFunction<ValidationReport> f) {
    return r == null ? "-" : Texts.count(f.applyAsInt(r));
  }

  private static String target(@Nullable ImportState s) {
    return s == null || s.result() == null ? "-" : s.result().dataset().roles().target();
  }

  private static String meanSd(@Nullable TargetStatistics t) {
    return t == null || t.count() == 0 ? "-" : Texts.number(t.mean()) + " \u00b1 "
        + Texts.number(t.std());
  }

  private static String range(@Nullable TargetStatistics t) {
    return t == null || t.count() == 0 ? "-" : Texts.number(t.min()) + " / "
        + Texts.number(t.median()) + " / " + Texts.number(t.max());
  }

  public ReadOnlyObjectProperty<@Nullable DataSummary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObservableList<SummaryRow> rows() {
    return rows;
  }

  /** "3,372 materials occur in both datasets; they cover 3,374 experimental rows." */
  public ReadOnlyStringProperty overlapTextProperty() {
    return overlapText.getReadOnlyProperty();
  }

  /** The parity plot's title with the MAE and the mean signed difference. */
  public ReadOnlyStringProperty parityTitleProperty() {
    return parityTitle.getReadOnlyProperty();
  }

  /** What to do for a complete summary, "" when both datasets are there. */
  public ReadOnlyStringProperty hintProperty() {
    return hint.getReadOnlyProperty();
  }

  /** The target column of a dataset, for axis labels ("" when it has none yet). */
  public String targetName(DatasetRole role) {
    ImportState s = data.slot(role).state();
    return s == null || s.result() == null ? "" : s.result().dataset().roles().target();
  }
}
