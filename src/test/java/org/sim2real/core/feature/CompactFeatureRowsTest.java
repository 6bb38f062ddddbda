package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompactFeatureRowsTest {

  /** Rows of {@code columns} values, each non-zero with the given probability. */
  private static float[] random(int rows, int columns, double density, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[rows * columns];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble() < density ? (float) random.nextGaussian() : 0f;
    }
    return values;
  }

  private static List<String> names(int columns) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      names.add("f" + c);
    }
    return names;
  }

  private static CompactFeatureRows built(float[] values, int rows, int columns) {
    CompactFeatureRows.Builder builder = new CompactFeatureRows.Builder(columns, names(columns));
    for (int r = 0; r < rows; r++) {
      System.arraycopy(values, r * columns, builder.row(), builder.rowOffset(), columns);
      builder.add();
    }
    return builder.build();
  }

  @Test
  void sparseAndDenseBlocksGiveBackEveryValue() {
    int columns = 103;
    // the first 600 rows sparse (3% non-zero), the rest dense: both kinds of block
    float[] sparse = random(600, columns, 0.03, 1);
    float[] dense = random(300, columns, 0.9, 2);
    float[] all = new float[sparse.length + dense.length];
    System.arraycopy(sparse, 0, all, 0, sparse.length);
    System.arraycopy(dense, 0, all, sparse.length, dense.length);
    CompactFeatureRows rows = built(all, 900, columns);

    assertEquals(900, rows.rows());
    assertArrayEquals(all, rows.denseValues());
    assertTrue(rows.sparseBlocks() >= 2, "the sparse rows are stored sparse");
    assertTrue(rows.sparseBlocks() < 4, "the dense rows are stored dense");
  }

  @Test
  void mostlyZeroRowsTakeAFractionOfTheDenseBytes() {
    int columns = 1035;
    float[] values = random(2000, columns, 0.04, 3);
    CompactFeatureRows rows = built(values, 2000, columns);
    long dense = 4L * values.length;
    assertTrue(rows.valueBytes() < dense / 5,
        rows.valueBytes() + " bytes for 4% non-zero values, dense " + dense);
  }

  @Test
  void featurizedTableWithFailedRowsFindsEachRowAcrossUnevenBlocks() {
    // every 7th formula fails, so the blocks hold fewer than 256 rows each
    List<List<String>> formulas = new ArrayList<>();
    String[] good = {"Fe2O3", "NaCl", "SiO2", "GaAs", "Ba0.5Sr0.5TiO3"};
    for (int i = 0; i < 1500; i++) {
      formulas.add(List.of(i % 7 == 3 ? "Xx" + i : good[i % good.length]));
    }
    ElementFractionFeaturizer f = new ElementFractionFeaturizer();
    FeaturizationResult result = FeatureMatrices.featurize(formulas, f, 2);
    FeatureRows rows = result.matrix();
    float[] expected = new float[f.dimension()];
    float[] actual = new float[f.dimension() + 4];
    for (int r = 0; r < rows.rows(); r++) {
      java.util.Arrays.fill(expected, 0f);
      try {
        f.featurize(formulas.get(result.rows()[r]), expected, 0);
      } catch (FeaturizationException e) {
        throw new AssertionError(e);
      }
      java.util.Arrays.fill(actual, 9f); // stale values must be overwritten
      rows.copyRow(r, actual, 2);
      assertArrayEquals(expected, java.util.Arrays.copyOfRange(actual, 2, 2 + f.dimension()),
          "row " + r);
      assertEquals(9f, actual[0]);
      assertEquals(9f, actual[actual.length - 1]);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> rows.copyRow(rows.rows(), actual, 0));
  }

  @Test
  void aViewOfAViewReadsTheBaseRows() {
    float[] values = random(50, 4, 1.0, 4);
    FeatureRows base = FeatureRows.ofArray(values, 50, 4);
    FeatureRows view = base.select(new int[] {10, 3, 42, 3}).select(new int[] {2, 0});
    assertEquals(2, view.rows());
    float[] row = new float[4];
    view.copyRow(0, row, 0);
    assertArrayEquals(java.util.Arrays.copyOfRange(values, 42 * 4, 43 * 4), row);
    view.copyRow(1, row, 0);
    assertArrayEquals(java.util.Arrays.copyOfRange(values, 10 * 4, 11 * 4), row);
    assertEquals(0, view.valueBytes(), "a view holds no values of its own");
    assertThrows(IndexOutOfBoundsException.class, () -> base.select(new int[] {50}));
  }

  @Test
  void standardizedViewHasTheBitsOfTheStandardizedCopy() {
    float[] values = random(300, 20, 0.3, 5);
    FeatureMatrix matrix = new FeatureMatrix(values, 300, 20, names(20));
    CompactFeatureRows compact = built(values, 300, 20);
    int[] training = new int[150];
    for (int i = 0; i < training.length; i++) {
      training[i] = 2 * i;
    }
    Standardizer fromMatrix = Standardizer.fit(matrix, training);
    Standardizer fromCompact = Standardizer.fit(compact, training);
    for (int c = 0; c < 20; c++) {
      assertEquals(fromMatrix.mean(c), fromCompact.mean(c));
      assertEquals(fromMatrix.scale(c), fromCompact.scale(c));
    }
    assertArrayEquals(fromMatrix.apply(matrix).values(),
        fromCompact.view(compact).denseValues());
  }
}
