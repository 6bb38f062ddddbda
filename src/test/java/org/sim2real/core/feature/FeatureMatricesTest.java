package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeatureMatricesTest {

  /** 2,000 formulas (more than one work block per thread), every 97th one broken. */
  private static List<List<String>> formulas() {
    String[] good = {"Fe2O3", "NaCl", "Ba0.5Sr0.5TiO3", "Ca(OH)2", "Ag2Mo(I2O7)2", "Si"};
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(List.of(i % 97 == 5 ? "Fe2Qq" + i : good[i % good.length] + (i % 3 + 1)));
    }
    return rows;
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalMatrices() {
    Featurizer f = new CompositionFeaturizer();
    FeaturizationResult one = FeatureMatrices.featurize(formulas(), f, 1);
    FeaturizationResult two = FeatureMatrices.featurize(formulas(), f, 2);
    assertArrayEquals(one.matrix().denseValues(), two.matrix().denseValues());
    assertArrayEquals(one.rows(), two.rows());
    assertEquals(one.failures(), two.failures());
  }

  @Test
  void smilesFeaturizeIdenticallyWithOneAndTwoThreads() {
    String[] smiles = {"CCO", "*CC(*)c1ccccc1", "C1CC", "CC(=O)Oc1ccccc1C(=O)O", "c1ccncc1"};
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      rows.add(List.of(smiles[i % smiles.length]));
    }
    // fresh featurizers, so each run computes (and remembers) on its own threads
    FeaturizationResult one = FeatureMatrices.featurize(rows, new SmilesFeaturizer(), 1);
    FeaturizationResult two = FeatureMatrices.featurize(rows, new SmilesFeaturizer(), 2);
    assertArrayEquals(one.matrix().denseValues(), two.matrix().denseValues());
    assertEquals(one.failures(), two.failures());
    assertEquals(120, two.failures().size());
  }

  @Test
  void failingRowsAreLeftOutAndReportedWithTheirReason() throws Exception {
    FeaturizationResult r =
        FeatureMatrices.featurize(formulas(), new ElementFractionFeaturizer(), 2);
    // rows 5, 102, 199, ... fail: 21 of 2,000
    assertEquals(21, r.failures().size());
    assertEquals(2000 - 21, r.matrix().rows());
    assertEquals(2000, r.inputRows());
    assertEquals(new FeaturizationResult.RowFailure(5, "unknown element 'Qq' in 'Fe2Qq5'"),
        r.failures().get(0));
    assertEquals(102, r.failures().get(1).row());
    // matrix rows keep input order and map back to input rows
    assertEquals(4, r.rows()[4]);
    assertEquals(6, r.rows()[5]);
    float[] expected = new float[103];
    new ElementFractionFeaturizer().featurize(formulas().get(6), expected, 0);
    for (int c = 0; c < 103; c++) {
      assertEquals(expected[c], r.matrix().toMatrix().get(5, c));
    }
  }

  @Test
  void reportsProgressUpToAllRows() {
    AtomicInteger last = new AtomicInteger();
    List<List<String>> rows = formulas();
    FeatureMatrices.featurize(rows.size(), rows::get, new ElementFractionFeaturizer(), 2,
        done -> last.accumulateAndGet(done, Math::max));
    assertEquals(2000, last.get());
  }

  @Test
  void programmingErrorsInAFeaturizerAreNotSwallowed() {
    List<List<String>> rows = List.of(List.of("Fe"), List.of("Fe", "O"));
    assertThrows(IllegalArgumentException.class,
        () -> FeatureMatrices.featurize(rows, new ElementFractionFeaturizer(), 2));
  }

  @Test
  void emptyInputGivesAnEmptyMatrix() {
    FeaturizationResult r = FeatureMatrices.featurize(List.of(), new CompositionFeaturizer(), 2);
    assertEquals(0, r.matrix().rows());
    assertEquals(158, r.matrix().columns());
  }
}
