package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorFeaturizerTest {
  private final DescriptorFeaturizer featurizer =
      new DescriptorFeaturizer(List.of("density", "temperature"));

  @Test
  void passesNumbersThroughUnderTheirColumnNames() throws Exception {
    float[] out = new float[3];
    featurizer.featurize(List.of(" 1.05 ", "-2.5e2"), out, 1);
    assertArrayEquals(new float[] {0f, 1.05f, -250f}, out);
    assertEquals(List.of("density", "temperature"), featurizer.featureNames());
    assertEquals("descriptors(density,temperature)", featurizer.id());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|descriptor column 2 'temperature' is empty",
      "abc|descriptor column 2 'temperature': 'abc' is not a number",
      "NaN|descriptor column 2 'temperature': 'NaN' is not a finite number",
      "-Infinity|descriptor column 2 'temperature': '-Infinity' is not a finite number",
      "2d|descriptor column 2 'temperature': '2d' is not a number",
      "1e39|descriptor column 2 'temperature': 1e39 is too large (beyond +-3.4e38)"})
  void unusableValuesFailNamingTheColumn(String value, String message) {
    FeaturizationException e = assertThrows(FeaturizationException.class,
        () -> featurizer.featurize(List.of("1", value), new float[2], 0));
    assertEquals(message, e.getMessage());
  }

  @Test
  void columnNamesMustBeDistinct() {
    assertThrows(IllegalArgumentException.class,
        () -> new DescriptorFeaturizer(List.of("a", "a")));
    assertThrows(IllegalArgumentException.class, () -> new DescriptorFeaturizer(List.of()));
  }
}
