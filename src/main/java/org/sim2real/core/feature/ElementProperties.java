package org.sim2real.core.feature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Numeric element properties for Z = 1..103, read from the application resource
 * {@code elements/elements.csv} (sources and fill rules: {@code resources/elements/README.md}).
 * Every property has a value for every element: gaps in the sources were filled when the table was
 * generated, and each fill is noted in the table's last column. Immutable.
 */
public final class ElementProperties {
  static final String RESOURCE = "/elements/elements.csv";

  /** The properties used by {@link CompositionFeaturizer}, in feature order. */
  public static final List<String> STANDARD_NAMES = List.of(
      "atomic_number", "atomic_mass", "period", "group", "electronegativity", "covalent_radius",
      "valence_electrons", "valence_s", "valence_p", "valence_d", "valence_f");

  private final List<String> names;
  private final double[][] valueByPropertyAndZ; // [property][z], z = 0 unused

  private ElementProperties(List<String> names, double[][] values) {
    this.names = List.copyOf(names);
    this.valueByPropertyAndZ = values;
  }

  /** The bundled table with {@link #STANDARD_NAMES}; loaded once, shared (it is immutable). */
  public static ElementProperties standard() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final ElementProperties TABLE = load();
  }

  public List<String> names() {
    return names;
  }

  public int count() {
    return names.size();
  }

  /** Value of property {@code property} (index into {@link #names()}) for atomic number z. */
  public double value(int property, int z) {
    return valueByPropertyAndZ[property][z];
  }

  /** All values of one property indexed by Z (index 0 unused); a copy. */
  public double[] byAtomicNumber(int property) {
    return valueByPropertyAndZ[property].clone();
  }

  private static ElementProperties load() {
    try (InputStream in = ElementProperties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("element table " + RESOURCE + " is missing from the build");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read element table " + RESOURCE, e);
    }
  }

  static ElementProperties parse(String csv) throws IOException {
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
      List<String> header = Arrays.asList(reader.readLine().split(",", -1));
      int[] columnOf = new int[STANDARD_NAMES.size()];
      for (int p = 0; p < columnOf.length; p++) {
        columnOf[p] = header.indexOf(STANDARD_NAMES.get(p));
        if (columnOf[p] < 0) {
          throw new IllegalStateException("element table lacks column " + STANDARD_NAMES.get(p));
        }
      }
      int zColumn = header.indexOf("atomic_number");
      double[][] values = new double[columnOf.length][Elements.COUNT + 1];
      List<Integer> seen = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        int z = Integer.parseInt(cells[zColumn]);
        for (int p = 0; p < columnOf.length; p++) {
          values[p][z] = Double.parseDouble(cells[columnOf[p]]);
        }
        seen.add(z);
      }
      if (seen.size() != Elements.COUNT) {
        throw new IllegalStateException(
            "element table has " + seen.size() + " rows, expected " + Elements.COUNT);
      }
      return new ElementProperties(STANDARD_NAMES, values);
    }
  }
}
