package org.sim2real.ui.data;

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
}
