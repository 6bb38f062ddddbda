package org.sim2real.core.study;

import java.util.Arrays;
import java.util.Objects;
import org.sim2real.core.io.UserFacingException;

/**
 * A named simulation source of a planned study ({@link SimulationSource}, its sizes resolved)
 * with its featurized rows and its own nested subsets: per repetition one permutation of its
 * rows seeded from the master seed, the repetition and the source's name, so that adding or
 * removing a source never changes the rows of another.
 *
 * @param fingerprint SHA-256 over the source's name, how it is read and its file's content: what
 *     its cells and cached models depend on beyond the shared part of the design
 */
public record PreparedSource(SimulationSource source, PreparedDataset data, String fingerprint) {
  public PreparedSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public String name() {
    return source.name();
  }

  /** The first {@code n} rows of this source in a repetition, nested over n. */
  int[] simulationRows(long masterSeed, int repetition, int n) {
    if (n < 1 || n > data.rows()) {
      throw new UserFacingException("n = " + n + " rows of source " + name() + " requested, but it"
          + " has " + data.rows() + " usable rows");
    }
    // once per work group: cheap next to the pretraining that uses it
    int[] order = NestedSubsampler.permutation(data.rows(),
        Seeds.derive(masterSeed, "simulation-order@" + name(), repetition));
    return Arrays.copyOf(order, n);
  }
}
