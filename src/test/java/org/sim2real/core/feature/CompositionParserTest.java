package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositionParserTest {

  private static double fraction(Composition c, String symbol) {
    return c.fractions()[Elements.atomicNumber(symbol) - 1];
  }

  @Test
  void parsesSimpleStoichiometry() throws Exception {
    Composition c = CompositionParser.parse("Fe2O3");
    assertEquals(2, c.size());
    assertEquals(5.0, c.totalAmount(), 1e-12);
    assertEquals(0.4, fraction(c, "Fe"), 1e-12);
    assertEquals(0.6, fraction(c, "O"), 1e-12);
  }

  @Test
  void multipliesNestedGroups() throws Exception {
    // Ag2Mo(I2O7)2: Ag 2, Mo 1, I 4, O 14 -> total 21
    Composition c = CompositionParser.parse("Ag2Mo(I2O7)2");
    assertEquals(21.0, c.totalAmount(), 1e-12);
    assertEquals(14.0 / 21, fraction(c, "O"), 1e-12);
    Composition d = CompositionParser.parse("Ca(OH)2");
    assertEquals(0.4, fraction(d, "O"), 1e-12);
    Composition e = CompositionParser.parse("K3[Fe(CN)6]");
    assertEquals(6.0 / 16, fraction(e, "C"), 1e-12);
  }

  @Test
  void readsFractionalAmountsAndHydrates() throws Exception {
    Composition c = CompositionParser.parse("Ba0.5Sr0.5TiO3");
    assertEquals(0.1, fraction(c, "Ba"), 1e-12);
    Composition h = CompositionParser.parse("CuSO4·5H2O");
    // Cu 1, S 1, O 4+5, H 10 -> 21 atoms
    assertEquals(21.0, h.totalAmount(), 1e-12);
    assertEquals(10.0 / 21, fraction(h, "H"), 1e-12);
    assertEquals(0.5, CompositionParser.parse(".5Fe").totalAmount(), 1e-12);
  }

  @Test
  void stripsChargesWithAWarning() throws Exception {
    Composition c = CompositionParser.parse("NH4+");
    assertEquals(5.0, c.totalAmount(), 1e-12);
    assertEquals(1, c.warnings().size());
    assertTrue(c.warnings().get(0).contains("charge"), c.warnings().toString());
    assertEquals(5.0, CompositionParser.parse("SO4^2-").totalAmount(), 1e-12);
    assertTrue(CompositionParser.parse("Fe2O3").warnings().isEmpty());
  }

  @Test
  void normalizedKeyMatchesUnitCellAndReducedFormulas() throws Exception {
    assertEquals(CompositionParser.parse("KMnO2").normalizedKey(),
        CompositionParser.parse("K4Mn4O8").normalizedKey());
    assertEquals("K0.25Mn0.25O0.5", CompositionParser.parse("K4Mn4O8").normalizedKey());
  }

  @Test
  void fractionsSumToOne() throws Exception {
    double[] x = CompositionParser.parse("Sr8.007Ge2.043Bi7.949Se24").fractions();
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    assertEquals(1.0, sum, 1e-12);
    assertArrayEquals(new double[] {1.0}, new double[] {CompositionParser.parse("Si").fractions()[13]});
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Xx99 | unknown element 'Xx' in 'Xx99'",
        "(((( | unbalanced '(' in '(((('",
        "Fe2O3) | unbalanced ')' in 'Fe2O3)'",
        "2 | number '2' without a preceding element or group in '2'",
        "Fe_2 | unexpected character '_' at position 3 in 'Fe_2'",
        "Fe0 | total amount is zero in 'Fe0'",
        "Fe·· | empty part between hydrate separators in 'Fe··'",
        "fe2o3 | unexpected character 'f' at position 1 in 'fe2o3'"
      })
  void rejectsBrokenFormulasWithAReason(String formula, String message) {
    FormulaException e = assertThrows(FormulaException.class, () -> CompositionParser.parse(formula));
    assertEquals(message, e.getMessage());
  }

  @Test
  void emptyFormulaIsRejected() {
    assertEquals("empty formula",
        assertThrows(FormulaException.class, () -> CompositionParser.parse("  ")).getMessage());
  }

  @Test
  void amountsAreExactlyWhatDoubleParseDoubleReads() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int k = 0; k < 200_000; k++) {
      long digits = random.nextLong(1, 10_000_000_000_000_000L) / (1L << random.nextInt(60));
      String text = Long.toString(digits);
      int point = random.nextInt(text.length() + 2) - 1; // -1: no point; length: trailing "."
      if (point >= 0) {
        text = text.substring(0, point) + "." + text.substring(point);
      }
      if (text.equals(".")) {
        continue;
      }
      assertEquals(Double.parseDouble(text), CompositionParser.parseAmount(text, 0, text.length()),
          text);
    }
    assertEquals(0.1, CompositionParser.parseAmount("x0.1y", 1, 4));
    assertEquals(1234567890.12345678, CompositionParser.parseAmount("1234567890.12345678", 0, 19));
  }

  @Test
  void elementLettersFindTheSameAtomicNumbersAsTheSymbols() {
    for (int z = 1; z <= Elements.COUNT; z++) {
      String symbol = Elements.symbol(z);
      assertEquals(z, Elements.atomicNumber(symbol));
      assertEquals(z, Elements.atomicNumber(symbol.charAt(0),
          symbol.length() == 2 ? symbol.charAt(1) : (char) 0));
    }
    assertEquals(0, Elements.atomicNumber("Xx"));
    assertEquals(0, Elements.atomicNumber('J', (char) 0));
    assertEquals(0, Elements.atomicNumber("fe"));
    assertEquals(0, Elements.atomicNumber("Fe2"));
    assertEquals(0, Elements.atomicNumber(""));
    assertEquals(0, Elements.atomicNumber('F', 'E'));
  }
}
