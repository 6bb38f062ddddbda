package org.sim2real.ui.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** Copies the Data screen's fixtures (src/test/resources/ui-data) into a test's folder. */
public final class DataFixtures {
  public static final String SIM = "sim-small.csv";
  public static final String EXP = "exp-small.csv";

  private DataFixtures() {}

  public static Path copy(String name, Path dir) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(
        DataFixtures.class.getResourceAsStream("/ui-data/" + name), name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** A band-gap table of {@code rows} formulas, written at test time (a few MB for 200,000). */
  public static Path bigTable(Path dir, String name, int rows) throws IOException {
    String[] formulas = {"GaAs", "NaCl", "Fe2O3", "SiO2", "TiO2", "ZnO", "MgO", "CdTe"};
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("formula,band_gap_eV\n");
      for (int i = 0; i < rows; i++) {
        w.write(formulas[i % formulas.length] + "," + (i % 997) + ".5\n");
      }
    }
    return file;
  }
}
