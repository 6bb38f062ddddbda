package org.sim2real.samples;

import java.nio.file.Path;

/** Where the tests find the repository's sample-data folder and the shared band-gap data. */
final class SampleFolder {
  private SampleFolder() {}

  /** sample-data/ of this checkout (Maven runs tests in the project's base directory). */
  static Path repositorySamples() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("sample-data");
  }

  /** ../shared/data/bandgap, from the property surefire sets. */
  static Path sharedBandgap() {
    return Path.of(System.getProperty("sim2real.shared.dir", "../shared"), "data", "bandgap");
  }
}
