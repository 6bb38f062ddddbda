package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.sim2real.fuzz.FuzzOracles;

/**
 * Coverage-guided fuzzing of the chemical formula parser: any text either parses into a
 * composition of known elements with positive, finite amounts whose fractions sum to one, or is
 * rejected with a {@link FormulaException} that says why in one line.
 */
class FormulaParserFuzzTest {

  @FuzzTest(maxDuration = "12m")
  void anyTextParsesIntoAValidCompositionOrIsRejectedWithAReason(byte[] input) {
    String formula = new String(input, StandardCharsets.UTF_8);
    Composition composition;
    try {
      composition = CompositionParser.parse(formula);
    } catch (FormulaException e) {
      FuzzOracles.assertOneLine(e);
      return;
    }
    assertTrue(composition.size() > 0, () -> "empty composition from '" + formula + "'");
    double sum = 0;
    for (int i = 0; i < composition.size(); i++) {
      int z = composition.atomicNumber(i);
      assertTrue(z >= 1 && z <= 118, "atomic number " + z);
      double amount = composition.amount(i);
      assertTrue(amount > 0 && Double.isFinite(amount), () -> "amount " + amount + " in '" + formula + "'");
      sum += composition.fraction(i);
    }
    assertEquals(1.0, sum, 1e-9, () -> "fractions of '" + formula + "'");
    // the normalized key (fractions rounded to 4 decimals, used to match rows across files) is
    // itself a formula; an element below 0.00005 is rounded away ("BaS3333333" -> "S1")
    String key = composition.normalizedKey();
    try {
      assertTrue(CompositionParser.parse(key).size() <= composition.size(), () -> "key " + key);
    } catch (FormulaException e) {
      throw new AssertionError("the key '" + key + "' of '" + formula + "' does not parse: "
          + e.getMessage(), e);
    }
  }
}
