package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Guards the heap a featurized table holds per row (counted from the arrays it keeps, so the
 * figure is exact and does not depend on the garbage collector): element fractions and SMILES
 * fingerprints are mostly zeros and must stay stored sparse. The measured whole-heap figures are
 * in the README ("Memory"; {@code HeapPerRow} in src/bench).
 */
class FeatureStorageBytesTest {
  private static final String[] ELEMENTS = {"Li", "O", "Fe", "Si", "Al", "Ga", "As", "Na", "Cl",
      "Ba", "Ti", "Sr", "Mn", "Co", "Ni", "Cu", "Zn", "S", "Se", "Te", "N", "P", "Mg", "Ca"};
  private static final String[] SOLVENTS = {"O", "CCO", "CC(C)=O", "CS(C)=O", "c1ccccc1",
      "ClC(Cl)Cl", "CCOC(C)=O", "C1CCOC1"};
  private static final String[] PIECES = {"C", "CC", "c1ccccc1", "C(=O)O", "N(C)C", "OC",
      "C1CCCCC1", "c1ccncc1", "C(F)(F)F", "S", "C(=O)N"};
  private static final String[] ENDS = {"Cl", "F", "Br", "C#N", "O"};

  private static long bytesPerRow(FeaturizationResult result) {
    assertTrue(result.failures().isEmpty(), () -> result.failures().get(0).reason());
    return result.matrix().valueBytes() / result.matrix().rows();
  }

  @Test
  void elementFractionsTakeTensOfBytesARow() {
    SplittableRandom random = new SplittableRandom(1);
    List<List<String>> formulas = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder f = new StringBuilder();
      int elements = 2 + random.nextInt(4);
      for (int e = 0; e < elements; e++) {
        f.append(ELEMENTS[random.nextInt(ELEMENTS.length)]).append(1 + random.nextInt(6));
      }
      formulas.add(List.of(f.toString()));
    }
    Featurizer fractions = FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS).create();
    long bytes = bytesPerRow(FeatureMatrices.featurize(formulas, fractions, 2));
    // at most 5 non-zeros of 103 at 6 bytes each, plus the row start: dense would be 412
    assertTrue(bytes <= 40, bytes + " bytes a row");
  }

  @Test
  void pairsOfSmilesTakeASmallFractionOfTheirDenseBytes() {
    SplittableRandom random = new SplittableRandom(2);
    List<List<String>> pairs = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      StringBuilder solute = new StringBuilder();
      int pieces = 1 + random.nextInt(4);
      for (int p = 0; p < pieces; p++) {
        solute.append(PIECES[random.nextInt(PIECES.length)]);
      }
      solute.append(ENDS[random.nextInt(ENDS.length)]);
      pairs.add(List.of(SOLVENTS[random.nextInt(SOLVENTS.length)], solute.toString()));
    }
    Featurizer pair = FeaturizerSpec.pair(FeaturizerSpec.Kind.SMILES, "solvent",
        FeaturizerSpec.Kind.SMILES, "solute").create();
    assertEquals(2070, pair.dimension());
    long bytes = bytesPerRow(FeatureMatrices.featurize(pairs, pair, 2));
    assertTrue(bytes <= 500, bytes + " bytes a row, dense would be " + 4 * 2070);
  }
}
