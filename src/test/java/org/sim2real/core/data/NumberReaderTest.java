package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {
  private final NumberReader point = new NumberReader(false);
  private final NumberReader comma = new NumberReader(true);

  @ParameterizedTest
  @ValueSource(strings = {"1", "-0.5", "+2", ".5", "1.", "1.2e-3", "7E2", " 3.25 ", "0"})
  void readsPlainNumbers(String text) {
    assertEquals(NumberReader.OK, point.read(text));
    assertEquals(Double.parseDouble(text.strip()), point.value(), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5d", "0x1p3", "1e", "e5", "1,5", "1.2.3", "--1", "abc", "1 2", "."})
  void rejectsWhatJavaWouldAcceptButPeopleDoNotMean(String text) {
    assertEquals(NumberReader.NOT_A_NUMBER, point.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "NA", "n/a", "null", "None", "-", "?"})
  void knowsTheUsualWaysToWriteMissing(String text) {
    assertEquals(NumberReader.MISSING, point.read(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "inf", "-Infinity", "1e999", "-1e400"})
  void classifiesNonFiniteValues(String text) {
    assertEquals(NumberReader.NOT_FINITE, point.read(text));
  }

  @Test
  void decimalCommaAcceptsCommaAndPoint() {
    assertEquals(NumberReader.OK, comma.read("1,25"));
    assertEquals(1.25, comma.value(), 0);
    assertEquals(NumberReader.OK, comma.read("-0,5e1"));
    assertEquals(-5, comma.value(), 0);
    assertEquals(NumberReader.OK, comma.read("2.5"));
    assertEquals(NumberReader.NOT_A_NUMBER, comma.read("1,2,3"));
  }

  @Test
  void recognizesDecimalCommaLookalikesAndDisplaysNumbersPlainly() {
    assertTrue(NumberReader.looksLikeDecimalComma("8,5"));
    assertFalse(NumberReader.looksLikeDecimalComma("8.5"));
    assertEquals("2", NumberReader.display(2.0));
    assertEquals("0.000001", NumberReader.display(1e-6));
    assertEquals("1.7505000000000002", NumberReader.display(1.7505000000000002));
  }
}
