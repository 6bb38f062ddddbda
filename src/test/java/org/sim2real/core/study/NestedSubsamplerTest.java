package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sim2real.core.io.UserFacingException;

class NestedSubsamplerTest {

  private static Set<Integer> set(int[] rows) {
    return Arrays.stream(rows).boxed().collect(Collectors.toSet());
  }

  @Test
  void testSetIsFixedAndDisjointFromEveryTrainingSubset() {
    NestedSubsampler splits = new NestedSubsampler(7, 1000, 100, 0.2);
    assertEquals(20, splits.testRows().length);
    assertEquals(80, splits.poolSize());
    Set<Integer> test = set(splits.testRows());
    for (int r = 0; r < 3; r++) {
      Set<Integer> train = set(splits.experimentalTrainingRows(r, 80));
      assertEquals(80, train.size());
      train.retainAll(test);
      assertTrue(train.isEmpty(), "training rows overlap the test set in repetition " + r);
    }
    assertArrayEquals(splits.testRows(), new NestedSubsampler(7, 5, 100, 0.2).testRows(),
        "the test split depends only on the master seed and the experimental size");
  }

  @Test
  void subsetsAreNestedWithinARepetition() {
    NestedSubsampler splits = new NestedSubsampler(1, 10_000, 50, 0.2);
    int[] small = splits.simulationRows(2, 100);
    int[] large = splits.simulationRows(2, 1000);
    assertArrayEquals(small, Arrays.copyOf(large, 100));
    assertArrayEquals(splits.experimentalTrainingRows(2, 10),
        Arrays.copyOf(splits.experimentalTrainingRows(2, 30), 10));
    assertEquals(1000, new HashSet<>(set(large)).size(), "no row drawn twice");
  }

  @Test
  void repetitionsDrawDifferentSubsetsAndSeedsReproduceThem() {
    NestedSubsampler a = new NestedSubsampler(1, 10_000, 50, 0.2);
    NestedSubsampler b = new NestedSubsampler(1, 10_000, 50, 0.2);
    assertFalse(Arrays.equals(a.simulationRows(0, 100), a.simulationRows(1, 100)));
    assertArrayEquals(a.simulationRows(1, 100), b.simulationRows(1, 100));
    assertNotEquals(set(new NestedSubsampler(2, 10_000, 50, 0.2).simulationRows(0, 100)),
        set(a.simulationRows(0, 100)));
  }

  @Test
  void impossibleSizesAreUserErrors() {
    NestedSubsampler splits = new NestedSubsampler(1, 100, 50, 0.2);
    assertEquals("n = 101 simulation rows requested, but the simulation data has 100 usable rows",
        assertThrows(UserFacingException.class, () -> splits.simulationRows(0, 101)).getMessage());
    assertEquals("m = 41 experimental training rows requested, but only 40 rows remain after the test split",
        assertThrows(UserFacingException.class, () -> splits.experimentalTrainingRows(0, 41)).getMessage());
    assertThrows(UserFacingException.class, () -> new NestedSubsampler(1, 100, 50, 1.0));
    assertThrows(UserFacingException.class, () -> new NestedSubsampler(1, 100, 2, 0.1));
  }
}
