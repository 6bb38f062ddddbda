package org.sim2real.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhatIfInputTest {
  @Test
  void errorsAcceptDecimalPointOrComma() {
    assertEquals(0.4, WhatIfInput.error("0.40").value());
    assertEquals(0.45, WhatIfInput.error(" 0,45 ").value());
    assertEquals(1e-3, WhatIfInput.error("1e-3").value());
  }

  @Test
  void emptyMeansNotSetAndIsValid() {
    WhatIfInput empty = WhatIfInput.amount("  ", "budget");
    assertTrue(empty.valid());
    assertNull(empty.value());
  }

  @Test
  void badErrorsSayWhatToType() {
    WhatIfInput text = WhatIfInput.error("abc");
    assertFalse(text.valid());
    assertEquals("\"abc\" is not a number: type the target error itself, e.g. 0.40",
        text.problem());
    assertEquals("\"45%\" is not a number: type the target error in eV, e.g. 0.40",
        WhatIfInput.error("45%", "eV").problem());
    assertFalse(WhatIfInput.error("-0.2").valid());
    assertFalse(WhatIfInput.error("0").valid());
    assertFalse(WhatIfInput.error("NaN").valid(), "Java's spellings are not numbers to people");
    assertFalse(WhatIfInput.error("Infinity").valid());
  }

  @Test
  void amountsTakeThousandsSeparatorsAndSuffixes() {
    assertEquals(10_000.0, WhatIfInput.amount("10,000", "budget").value());
    assertEquals(2.5, WhatIfInput.amount("2,5", "cost").value());
    assertEquals(25_000.0, WhatIfInput.amount("25k", "budget").value());
    assertEquals(1_500_000.0, WhatIfInput.amount("1.5M", "budget").value());
    assertEquals(1_234_567.5, WhatIfInput.amount("1,234,567.5", "budget").value());
  }

  @Test
  void badAmountsNameTheField() {
    assertEquals("The cost per experiment must be a positive amount.",
        WhatIfInput.amount("0", "cost per experiment").problem());
    assertFalse(WhatIfInput.amount("ten", "budget").valid());
  }
}
