package org.sim2real.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.data.DataSession;

class DataSummaryModelTest {
  @TempDir Path dir;

  private final ProjectSession session = new ProjectSession();
  private final DataSession data = new DataSession(session, BackgroundTasks.sameThread(),
      new UndoManager(10), s -> {});
  private final DataSummaryModel summary =
      new DataSummaryModel(data, BackgroundTasks.sameThread());

  private SummaryRow row(String label) {
    return summary.rows().stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow();
  }

  @Test
  void withOneDatasetTheSummaryAsksForTheOther() throws IOException {
    assertNull(summary.summaryProperty().get());
    assertEquals("Import both datasets to compare them here.", summary.hintProperty().get());

    data.importFile(DatasetRole.SIMULATION, DataFixtures.copy(DataFixtures.SIM, dir));

    assertNotNull(summary.summaryProperty().get().histograms());
    assertNull(summary.summaryProperty().get().overlap());
    assertEquals("10", row("Rows read").simulation());
    assertEquals("-", row("Rows read").experiment());
    assertEquals("Import the experimental data too to compare the two datasets and see the"
        + " materials they share.", summary.hintProperty().get());
  }

  @Test
  void bothDatasetsGiveCountsStatisticsAndTheRawGapOnSharedMaterials() throws IOException {
    data.importFile(DatasetRole.SIMULATION, DataFixtures.copy(DataFixtures.SIM, dir));
    data.importFile(DatasetRole.EXPERIMENTAL, DataFixtures.copy(DataFixtures.EXP, dir));

    assertEquals("5 materials occur in both datasets; they cover 5 experimental rows.",
        summary.overlapTextProperty().get());
    // |5-8.5| + |0.5-1.42| + |0.6-1.12| + |4.5-7.8| + |0.7-3.3| = 10.84 over 5 rows
    assertEquals("Simulation vs experiment on 5 shared rows\nMAE 2.17, mean signed difference"
        + " -2.17", summary.parityTitleProperty().get());
    assertEquals("6", row("Usable rows").experiment());
    assertEquals("2", row("Rejected rows").experiment());
    assertEquals("10", row("Distinct materials").simulation());
    assertEquals("2.02 \u00b1 2.09", row("Target mean \u00b1 SD").simulation());
    assertEquals("20.0%", row("Exactly zero").simulation());
    assertEquals("", summary.hintProperty().get());
  }
}
