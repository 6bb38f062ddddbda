package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementTableTest {
  private static final ElementProperties TABLE = ElementProperties.standard();

  private static double value(String property, String symbol) {
    return TABLE.value(TABLE.names().indexOf(property), Elements.atomicNumber(symbol));
  }

  @Test
  void committedTableIsWhatTheGeneratorWrites() throws Exception {
    String generated = ElementTableGenerator.render();
    Path committed = Path.of("resources/elements/elements.csv");
    if (Boolean.getBoolean("sim2real.regenerateElements")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(committed, StandardCharsets.UTF_8),
        "resources/elements/elements.csv is stale: rerun with -Dsim2real.regenerateElements=true");
  }

  @Test
  void tableHoldsKnownValuesOfCommonElements() {
    assertEquals(26, value("atomic_number", "Fe"));
    assertEquals(55.845, value("atomic_mass", "Fe"), 0.001);
    assertEquals(15.999, value("atomic_mass", "O"), 0.001);
    assertEquals(4, value("period", "Fe"));
    assertEquals(8, value("group", "Fe"));
    assertEquals(16, value("group", "O"));
    assertEquals(1.83, value("electronegativity", "Fe"), 1e-9);
    assertEquals(3.44, value("electronegativity", "O"), 1e-9);
    assertEquals(0.76, value("covalent_radius", "C"), 1e-9);
    assertEquals(1.32, value("covalent_radius", "Fe"), 1e-9);
    assertEquals(2.44, value("covalent_radius", "Cs"), 1e-9);
  }

  @Test
  void missingElectronegativitiesAreFilledByTheDocumentedRules() {
    // noble gases take their period's halogen; He takes fluorine's value
    assertEquals(3.98, value("electronegativity", "He"), 1e-9);
    assertEquals(3.98, value("electronegativity", "Ne"), 1e-9);
    assertEquals(3.16, value("electronegativity", "Ar"), 1e-9);
    assertEquals(2.2, value("electronegativity", "Rn"), 1e-9);
    // Kr and Xe keep their own Pauling values
    assertEquals(3.0, value("electronegativity", "Kr"), 1e-9);
    // lanthanides without a value: mean of the neighbours in Z (Nd 1.14, Sm 1.17)
    assertEquals(1.155, value("electronegativity", "Pm"), 1e-9);
    assertEquals(1.3, value("electronegativity", "Lr"), 1e-9);
  }

  @Test
  void fBlockElementsSitInGroupThreeAndRadioactiveOnesGetALongestLivedIsotopeMass() {
    assertEquals(3, value("group", "Ce"));
    assertEquals(3, value("group", "U"));
    assertEquals(97.9072, value("atomic_mass", "Tc"), 1e-4);
    assertEquals(262.1096, value("atomic_mass", "Lr"), 1e-4);
  }

  @Test
  void valenceElectronsCountEverythingOutsideTheNobleGasCore() {
    Map<String, int[]> expected = Map.of(
        "H", new int[] {1, 0, 0, 0},
        "O", new int[] {2, 4, 0, 0},
        "Ne", new int[] {2, 6, 0, 0},
        "Fe", new int[] {2, 0, 6, 0},
        "Cu", new int[] {1, 0, 10, 0}, // NIST exception 3d10 4s1
        "Ga", new int[] {2, 1, 10, 0},
        "Gd", new int[] {2, 0, 1, 7},
        "Pb", new int[] {2, 2, 10, 14},
        "Lr", new int[] {2, 1, 0, 14});
    for (Map.Entry<String, int[]> e : expected.entrySet()) {
      int[] spdf = ElementTableGenerator.valenceElectrons(Elements.atomicNumber(e.getKey()));
      assertArrayEquals(e.getValue(), spdf, e.getKey());
      assertEquals(spdf[0] + spdf[1] + spdf[2] + spdf[3],
          value("valence_electrons", e.getKey()), e.getKey());
    }
  }

  @Test
  void everyConfigurationHoldsExactlyZElectrons() {
    for (int z = 1; z <= Elements.COUNT; z++) {
      int total = ElementTableGenerator.configuration(z).values().stream()
          .mapToInt(Integer::intValue).sum();
      assertEquals(z, total, Elements.symbol(z));
    }
  }
}
