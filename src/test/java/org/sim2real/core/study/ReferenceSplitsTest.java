package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/**
 * The reference's splits.json (s2r_reference.py) read into a study: indices count the rows the
 * reference parsed, which "exp_rows"/"sim_rows" map to file rows when it skipped some; targets
 * equal to the file row number make every mapping visible.
 */
class ReferenceSplitsTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws IOException {
    // file row 2 of each file is unparsable for the reference and for the workbench
    Files.writeString(dir.resolve("sim.csv"), table(12, 2));
    Files.writeString(dir.resolve("exp.csv"), table(10, 2));
  }

  /** Formula/target rows whose target is the file row index (0 = first data row). */
  private static String table(int rows, int badRow) {
    StringBuilder sb = new StringBuilder("formula,gap\n");
    for (int i = 0; i < rows; i++) {
      sb.append(i == badRow ? "Xq2O3" : "Fe" + (i + 1) + "O" + (i + 2)).append(',').append(i)
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * What the reference writes when it skipped file row 2 of both files: parsed index p is file
   * row p for p < 2 and p + 1 after it.
   */
  private Path splitsFile() throws IOException {
    String json = """
        {"protocol": "bandgap-v1", "seed": 0, "test_frac": 0.2,
         "exp_rows": [0, 1, 3, 4, 5, 6, 7, 8, 9], "sim_rows_skipped_count": 1,
         "sim_rows": [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11],
         "test": [8, 2], "pool": [0, 1, 3, 4, 5, 6, 7],
         "reps": [
           {"rep": 0, "exp_train": [7, 0, 3, 1, 6, 5, 4], "sim_perm_prefix": [10, 2, 0, 5]},
           {"rep": 1, "exp_train": [1, 5, 7, 0, 4, 3, 6], "sim_perm_prefix": [1, 9, 3, 4]}]}
        """;
    Path file = dir.resolve("splits.json");
    Files.writeString(file, json);
    return file;
  }

  private StudyPlan plan(Path splits, int repetitions) {
    StudyDesign design = SyntheticStudyFiles.design().withSizes(List.of(2, 4))
        .withRepetitions(repetitions).withSplitsFile(splits.toString());
    return StudyPlanner.plan(design, dir, 1, status -> {});
  }

  private static float[] targets(PreparedDataset data, int[] rows) {
    float[] out = new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = data.targets()[rows[i]];
    }
    return out;
  }

  @Test
  void mapsParsedRowIndicesThroughTheFileRowsTheReferenceKept() throws IOException {
    StudyPlan plan = plan(splitsFile(), 2);
    Splits splits = plan.splits();
    assertTrue(splits instanceof ReferenceSplits);
    assertArrayEquals(new float[] {9, 3}, targets(plan.experimental(), splits.testRows()));
    assertEquals(7, splits.poolSize());
    assertEquals(List.of(7), plan.design().experimentalSizes());
    assertArrayEquals(new float[] {8, 0, 4, 1, 7, 6, 5},
        targets(plan.experimental(), splits.experimentalTrainingRows(0, 7)));
    assertArrayEquals(new float[] {1, 6, 8},
        targets(plan.experimental(), splits.experimentalTrainingRows(1, 3)));
    assertArrayEquals(new float[] {11, 3, 0, 6},
        targets(plan.simulation(), splits.simulationRows(0, 4)));
    assertArrayEquals(new float[] {1, 10},
        targets(plan.simulation(), splits.simulationRows(1, 2)), "nested: a prefix");
  }

  @Test
  void identityMeansParsedIndicesAreFileRows() throws IOException {
    Files.writeString(dir.resolve("sim.csv"), table(12, -1));
    Files.writeString(dir.resolve("splits.json"), """
        {"exp_rows": [0, 1, 3, 4, 5, 6, 7, 8, 9], "sim_rows": "identity",
         "test": [0, 1], "pool": [2, 3, 4, 5, 6, 7, 8],
         "reps": [{"rep": 0, "exp_train": [2, 3, 4, 5, 6, 7, 8], "sim_perm_prefix": [11, 2, 7, 0]}]}
        """);
    StudyPlan plan = plan(dir.resolve("splits.json"), 1);
    assertArrayEquals(new float[] {11, 2, 7, 0},
        targets(plan.simulation(), plan.splits().simulationRows(0, 4)));
  }

  @Test
  void aRowTheWorkbenchCannotUseIsNamedWithItsLine() throws IOException {
    Files.writeString(dir.resolve("splits.json"), """
        {"exp_rows": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], "sim_rows": "identity",
         "test": [2, 1], "pool": [0, 3, 4, 5, 6, 7, 8, 9],
         "reps": [{"rep": 0, "exp_train": [0, 3], "sim_perm_prefix": [0, 1]}]}
        """);
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> plan(dir.resolve("splits.json"), 1));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
  }

  @Test
  void moreRepetitionsThanTheReferenceRanAreRefusedWhenPlanning() throws IOException {
    Path splits = splitsFile();
    StudyDesign design = SyntheticStudyFiles.design().withSizes(List.of(2, 4)).withRepetitions(3)
        .withSplitsFile(splits.toString());
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> StudyPlanner.plan(design, dir, 1, status -> {}));
    assertTrue(e.getMessage().contains("--reps 2"), e.getMessage());
  }

  @Test
  void largerSizesThanTheReferencePrefixAreRefusedWhenPlanning() throws IOException {
    Path splits = splitsFile();
    StudyDesign design = SyntheticStudyFiles.design().withSizes(List.of(2, 5))
        .withSplitsFile(splits.toString());
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> StudyPlanner.plan(design, dir, 1, status -> {}));
    assertTrue(e.getMessage().contains("n = 5"), e.getMessage());
  }
}
