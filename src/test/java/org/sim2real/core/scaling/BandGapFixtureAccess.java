package org.sim2real.core.scaling;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages write the band-gap fixture (see {@link BandGapReferenceFixture}). */
public final class BandGapFixtureAccess {
  private BandGapFixtureAccess() {}

  public static Path writeCellsCsv(Path dir, long seed) throws IOException {
    return BandGapReferenceFixture.writeCellsCsv(dir, seed);
  }
}
