package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The unit a target column's name announces, as the errors then carry it. */
class TargetUnitsTest {
  @Test
  void unitsAtTheEndOfTheNameAreRecognisedAndWrittenTheUsualWay() {
    assertEquals("eV", TargetUnits.of("band_gap_eV"));
    assertEquals("eV", TargetUnits.of("gap_ev"));
    assertEquals("eV/atom", TargetUnits.of("e_form_eV_per_atom"));
    assertEquals("eV/atom", TargetUnits.of("formation_energy_ev_atom"));
    assertEquals("kcal/mol", TargetUnits.of("energy_kcal_mol"));
    assertEquals("kJ/mol", TargetUnits.of("dH_kJ_per_mol"));
    assertEquals("meV", TargetUnits.of("splitting meV"));
    assertEquals("K", TargetUnits.of("tg_like_K"));
    assertEquals("GPa", TargetUnits.of("bulk-modulus-GPa"));
  }

  @Test
  void aUnitInBracketsIsTakenWhenItIsAKnownOne() {
    assertEquals("eV", TargetUnits.of("band gap (eV)"));
    assertEquals("eV", TargetUnits.of("Eg [eV]"));
    assertEquals("eV/atom", TargetUnits.of("E_f (eV/atom)"));
    assertEquals("kcal/mol", TargetUnits.of("ΔG (kcal/mol)"));
    assertEquals("°C", TargetUnits.of("melting point (°C)"));
    assertEquals("%", TargetUnits.of("yield (%)"));
    assertNull(TargetUnits.of("band gap (experimental)"), "a bracket that holds no unit");
    assertNull(TargetUnits.of("gap (eV) measured"), "a bracket not at the end is no unit");
  }

  @Test
  void namesWithoutAUnitGiveNone() {
    assertNull(TargetUnits.of("property"));
    assertNull(TargetUnits.of("band_gap"));
    assertNull(TargetUnits.of("k"), "a unit alone is not a name that announces one");
    assertNull(TargetUnits.of("level"), "ev inside a word is no unit");
    assertNull(TargetUnits.of(""));
    assertNull(TargetUnits.of(null));
  }
}
