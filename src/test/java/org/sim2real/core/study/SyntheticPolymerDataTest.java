package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sim2real.core.feature.MoleculeParser;

class SyntheticPolymerDataTest {
  @Test
  void everyRepeatUnitIsValidDistinctAndHasTwoConnectionPoints() throws Exception {
    List<String> units = SyntheticPolymerData.repeatUnits();
    assertEquals(724, units.size());
    Set<String> canonical = new HashSet<>();
    for (String unit : units) {
      assertEquals(2, MoleculeParser.connectionPoints(MoleculeParser.parse(unit)), unit);
      canonical.add(MoleculeParser.canonical(unit));
    }
    assertEquals(units.size(), canonical.size(), "no two strings are the same molecule");
  }

  @Test
  void truthFollowsItsDocumentedFormulaOnPolystyrene() {
    var ps = SyntheticPolymerData.Descriptors.of("*CC(*)c1ccccc1");
    assertEquals(8, ps.heavyAtoms());
    assertEquals(6, ps.aromaticAtoms());
    double expected = 300 + 150 * 6.0 / 8 - 150 * ps.rotatableBonds() / 8
        + 40 * Math.tanh((ps.molecularWeight() - 150) / 100) - 5 * ps.xlogp() + 15;
    assertEquals(expected, SyntheticPolymerData.truth(ps), 1e-9);
    assertEquals(353, SyntheticPolymerData.truth(ps), 1.5, "as the class comment says");
    assertEquals(0.85 * expected + 25 + 15 * Math.sin(ps.xlogp() / 1.5),
        SyntheticPolymerData.simulated(ps), 1e-9);
  }

  @Test
  void tablesAreSeededAndExperimentsAreNoisyTruthsOfASubset() {
    var tables = SyntheticPolymerData.generate(11, 120);
    assertEquals(SyntheticPolymerData.csv(tables.experiments()),
        SyntheticPolymerData.csv(SyntheticPolymerData.generate(11, 120).experiments()));
    assertNotEquals(SyntheticPolymerData.csv(tables.experiments()),
        SyntheticPolymerData.csv(SyntheticPolymerData.generate(12, 120).experiments()));
    assertEquals(SyntheticPolymerData.repeatUnits(),
        tables.simulation().stream().map(SyntheticPolymerData.Row::smiles).toList());
    double sum = 0;
    double squares = 0;
    Set<String> seen = new HashSet<>();
    for (var row : tables.experiments()) {
      assertTrue(seen.add(row.smiles()), "each unit measured once");
      double residual =
          row.value() - SyntheticPolymerData.truth(SyntheticPolymerData.Descriptors.of(row.smiles()));
      sum += residual;
      squares += residual * residual;
    }
    double sd = Math.sqrt(squares / 120 - (sum / 120) * (sum / 120));
    assertEquals(SyntheticPolymerData.EXPERIMENTAL_NOISE, sd, 1.5);
    assertTrue(SyntheticPolymerData.csv(tables.simulation()).startsWith("repeat_unit,tg_like_K\n*CC(*)C,"));
  }

  @Test
  void moreExperimentsThanUnitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticPolymerData.generate(1, 10_000));
  }
}
