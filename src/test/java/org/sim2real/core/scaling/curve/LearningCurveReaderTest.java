package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

class LearningCurveReaderTest {
  @TempDir Path dir;

  private static LearningCurveTable parse(String csv) throws IOException {
    return LearningCurveReader.parse("t.csv", new BufferedReader(new StringReader(csv)), null);
  }

  private static String errorOf(String csv) {
    return assertThrows(UserFacingException.class, () -> parse(csv)).getMessage();
  }

  @Test
  void studyDirectoryIsReadThroughItsCellsCsv() throws IOException {
    BandGapReferenceFixture.writeCellsCsv(dir, 7);
    LearningCurveTable table = LearningCurveReader.read(dir, null);
    assertEquals(List.of("finetune"), table.transferStrategies());
    assertEquals(List.of(3683), table.mValues("finetune"));
    LearningCurve curve = table.curve("finetune", 3683).orElseThrow();
    assertEquals(10, curve.sizeCount());
    assertEquals(0.529, curve.mean(0), 1e-6);
    assertEquals(5, curve.repetitionCount(9));
    assertEquals(0.516, table.baseline(3683).orElseThrow().mean(0), 1e-6);
  }


  @Test
  void studyCellsCsvWithTheConvergenceColumnsReadsLikeOneWithout() throws IOException {
    String old = "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,finetune_seconds\n"
        + "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0\n"
        + "scratch/n=0/m=50/r=0,scratch,0,50,0,2,0.6,0.7,0.1,0.0,2.0\n";
    String current = "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,"
        + "finetune_seconds,pretrain_converged,pretrain_loss_improvement\n"
        + "finetune/n=100/m=50/r=0,finetune,100,50,0,1,0.4,0.5,0.1,1.0,2.0,true,0.0123\n"
        + "scratch/n=0/m=50/r=0,scratch,0,50,0,2,0.6,0.7,0.1,0.0,2.0,,\n";
    assertEquals(parse(old).observations(), parse(current).observations());
    assertEquals(2, parse(current).observations().size());
  }

  @Test
  void scratchStrategyRowsAreBaselineWhateverTheirN() throws IOException {
    LearningCurveTable table = parse("strategy,n,rep,mae\nScratch,500,0,0.5\nft,100,0,0.4\n");
    assertTrue(table.baseline(Observation.M_NOT_GIVEN).isPresent());
    assertEquals(List.of("ft"), table.transferStrategies());
  }

  @Test
  void plainTableWithoutStrategyRepetitionOrMDefaultsSensibly() throws IOException {
    LearningCurveTable table = parse("n,error\n0,0.50\n0,0.52\n100,0.4\n100,0.42\n1000,0.3\n");
    assertEquals(List.of("transfer"), table.transferStrategies());
    assertEquals(List.of(Observation.M_NOT_GIVEN), table.mValues("transfer"));
    LearningCurve curve = table.curve("transfer", Observation.M_NOT_GIVEN).orElseThrow();
    assertEquals(2, curve.repetitionCount(0), "two rows of one size are two repetitions");
    assertEquals(1, curve.repetitionCount(1), "a single row is a single repetition");
    assertEquals(0.51, table.baseline(Observation.M_NOT_GIVEN).orElseThrow().mean(0), 1e-12);
  }

  @Test
  void chosenErrorColumnIsUsed() throws IOException {
    LearningCurveTable table = LearningCurveReader.parse("t.csv",
        new BufferedReader(new StringReader("n,mae,rmse\n100,0.4,0.9\n")), "RMSE");
    assertEquals(0.9, table.observations().get(0).error(), 0);
  }

  @Test
  void semicolonSeparatedTablesWithQuotesAndBomAreRead() throws IOException {
    LearningCurveTable table = parse("\uFEFF\"n\";\"mae\"\n\"100\";\"0.4\"\n");
    assertEquals(100, table.observations().get(0).n());
  }

  @Test
  void nonNumericSizeNamesFileLineAndColumn() {
    String message = errorOf("strategy,n,mae\nft,100,0.4\nft,abc,0.3\n");
    assertTrue(message.contains("t.csv line 3, column 2 (n)"), message);
    assertTrue(message.contains("'abc' is not a number"), message);
  }

  @Test
  void negativeErrorIsRejectedWithItsPlace() {
    String message = errorOf("n,mae\n100,-0.1\n");
    assertTrue(message.contains("line 2, column 2 (mae)"), message);
    assertTrue(message.contains("negative"), message);
  }

  @Test
  void fractionalSizeEmptyErrorAndShortRowsAreRejected() {
    assertTrue(errorOf("n,mae\n100.5,0.1\n").contains("not a whole number"));
    assertTrue(errorOf("n,mae\n100,\n").contains("is empty"));
    assertTrue(errorOf("n,mae\n100\n").contains("is missing"));
    assertTrue(errorOf("n,mae\n100,NaN\n").contains("not a finite error"));
  }

  @Test
  void missingColumnsAreNamedWithWhatToDo() {
    assertTrue(errorOf("size,mae\n100,0.1\n").contains("no column 'n'"));
    assertTrue(errorOf("n,score\n100,0.1\n").contains("--error-column"));
    assertTrue(errorOf("n,mae\n").contains("no rows"));
    assertTrue(errorOf("").contains("empty"));
  }

  @Test
  void duplicateCellsNameBothLines() {
    String message = errorOf("n,rep,mae\n100,0,0.4\n100,0,0.41\n");
    assertTrue(message.contains("line 3") && message.contains("line 2"), message);
  }

  @Test
  void missingFileAndDirectoryWithoutCellsAreUserErrors() {
    assertThrows(UserFacingException.class, () -> LearningCurveReader.read(dir, null));
    assertThrows(UserFacingException.class,
        () -> LearningCurveReader.read(dir.resolve("nope.csv"), null));
  }
}
