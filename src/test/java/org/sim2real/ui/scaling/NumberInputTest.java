package org.sim2real.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberInputTest {
  @Test
  void sizesAcceptTheWaysPeopleWriteLargeNumbers() {
    assertEquals(1e6, NumberInput.size("1000000").value());
    assertEquals(1e6, NumberInput.size("1,000,000").value());
    assertEquals(1e6, NumberInput.size("1e6").value());
    assertEquals(1e6, NumberInput.size("1M").value());
    assertEquals(250_000, NumberInput.size(" 250k ").value());
  }

  @Test
  void emptyMeansNotSet() {
    assertTrue(NumberInput.size("  ").valid());
    assertNull(NumberInput.size("").value());
    assertNull(NumberInput.error("").value());
  }

  @Test
  void badSizesSayWhatToType() {
    NumberInput.Parsed p = NumberInput.size("lots");
    assertFalse(p.valid());
    assertTrue(p.problem().contains("1e6"), p.problem());
    assertFalse(NumberInput.size("0").valid());
    assertFalse(NumberInput.size("1e13").valid());
    assertFalse(NumberInput.size("NaN").valid());
  }

  @Test
  void errorsAcceptADecimalComma() {
    assertEquals(0.45, NumberInput.error("0,45").value());
    assertEquals(0.45, NumberInput.error("0.45").value());
    assertFalse(NumberInput.error("-0.1").valid());
    assertFalse(NumberInput.error("0").valid());
    assertFalse(NumberInput.error("abc").valid());
  }
}
