package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class StudyCellsTest {
  private static final String HEADER = "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,"
      + "train_seconds,finetune_seconds";
  private static final String FLAGS = ",pretrain_converged,pretrain_loss_improvement";

  @TempDir Path dir;

  private Path cellsCsv(String... lines) throws IOException {
    Path file = dir.resolve("cells.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void readsTheConvergenceFlagOfEveryCellByStrategyMNAndRepetition() throws IOException {
    cellsCsv(HEADER + FLAGS,
        "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0,true,0.0123",
        "finetune/n=1000/m=50/r=0,finetune,1000,50,0,1,0.3,0.5,0.1,1.0,2.0,false,0.25",
        "frozen/n=100/m=50/r=1,frozen,100,50,1,1,0.4,0.5,0.1,1.0,2.0,,",
        "scratch/n=0/m=50/r=0,scratch,0,50,0,2,0.6,0.7,0.1,0.0,2.0,,");
    StudyCells cells = StudyCells.read(dir);
    assertTrue(cells.recordsConvergence());
    assertEquals(Boolean.TRUE, cells.cell("finetune", 50, 100, 0).orElseThrow().pretrainConverged());
    StudyCells.Cell still = cells.cell("finetune", 50, 1000, 0).orElseThrow();
    assertEquals(Boolean.FALSE, still.pretrainConverged());
    assertEquals(0.25, still.pretrainLossImprovement());
    assertNull(cells.cell("frozen", 50, 100, 1).orElseThrow().pretrainConverged());
    assertNull(cells.cell("scratch", 50, 0, 0).orElseThrow().pretrainLossImprovement());
    assertEquals(Optional.empty(), cells.cell("finetune", 50, 100, 7));
    assertEquals(Optional.empty(), cells.cell("fine tune", 50, 100, 0));
    assertEquals(Set.of("finetune/n=100/m=50/r=0", "finetune/n=1000/m=50/r=0",
        "frozen/n=100/m=50/r=1", "scratch/n=0/m=50/r=0"), cells.cellIds());
  }

  @Test
  void cellsCsvWrittenBeforeConvergenceWasRecordedHasEveryFlagUnknown() throws IOException {
    cellsCsv(HEADER, "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0");
    StudyCells cells = StudyCells.read(dir);
    assertFalse(cells.recordsConvergence());
    assertEquals(List.of(new StudyCells.Cell(new CellId("finetune", 100, 50, 0), null, null)),
        cells.cells());
  }

  @Test
  void plainLearningCurveTableHasNoStudyCells() throws IOException {
    StudyCells cells = StudyCells.read(cellsCsv("n,mae", "100,0.5"));
    assertEquals(List.of(), cells.cells());
    assertFalse(cells.recordsConvergence());
  }

  @Test
  void malformedValuesAreReportedByLineAndColumn() throws IOException {
    cellsCsv(HEADER + FLAGS,
        "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0,maybe,0.1");
    assertEquals("cells.csv line 2, column 12 (pretrain_converged): 'maybe' is not true, false or"
        + " empty", assertThrows(UserFacingException.class, () -> StudyCells.read(dir)).getMessage());
    cellsCsv(HEADER + FLAGS, "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1,2,true,NaN");
    assertEquals("cells.csv line 2, column 13 (pretrain_loss_improvement): 'NaN' is not a finite"
        + " number or empty", assertThrows(UserFacingException.class, () -> StudyCells.read(dir))
        .getMessage());
    cellsCsv(HEADER + FLAGS, "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1,2,true,");
    assertEquals("cells.csv line 2: pretrain_converged and pretrain_loss_improvement are both"
        + " given or both empty", assertThrows(UserFacingException.class,
            () -> StudyCells.read(dir)).getMessage());
    cellsCsv(HEADER, "finetune/n=100,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0");
    assertEquals("cells.csv line 2, column 1 (cell_id): 'finetune/n=100' is not a cell id such as"
        + " finetune/n=100/m=50/r=0", assertThrows(UserFacingException.class,
            () -> StudyCells.read(dir)).getMessage());
    cellsCsv(HEADER, "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0",
        "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0");
    assertTrue(assertThrows(UserFacingException.class, () -> StudyCells.read(dir)).getMessage()
        .startsWith("cells.csv line 3: cell finetune/n=100/m=50/r=0 is listed twice"));
  }

  @Test
  void testErrorsOfAResultsFolderAreThoseOfTheCellsOfItsTable() throws IOException {
    cellsCsv(HEADER, "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0");
    Files.writeString(dir.resolve(TestErrorsFile.FILE_NAME), TestErrorsFile.headerLine("h", 1)
        + "\n" + TestErrorsFile.recordLine("finetune/n=100/m=50/r=0", new float[] {0.5f}) + "\n"
        + TestErrorsFile.recordLine("finetune/n=200/m=50/r=0", new float[] {0.7f}) + "\n");
    TestErrors errors = TestErrorsFile.read(dir).orElseThrow();
    assertEquals(Set.of("finetune/n=100/m=50/r=0"), errors.residuals().keySet());
  }
}
