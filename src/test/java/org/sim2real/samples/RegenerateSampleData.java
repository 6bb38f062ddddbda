package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rewrites the data, designs and projects of sample-data/ when asked to:
 * {@code mvn test -Dtest=RegenerateSampleData -Dsim2real.samples.regenerate=true}. Skipped
 * otherwise. Afterwards re-run the designs whose data changed (sample-data/README.md).
 */
class RegenerateSampleData {
  @Test
  void regeneratesTheSampleDataFolderWhenAsked() throws Exception {
    assumeTrue(Boolean.getBoolean("sim2real.samples.regenerate"),
        "set -Dsim2real.samples.regenerate=true to rewrite sample-data/");
    Path shared = SampleFolder.sharedBandgap();
    assumeTrue(Files.isRegularFile(shared.resolve("sim_mp_gap.csv")), "shared band-gap data absent");
    Path samples = SampleFolder.repositorySamples();
    SampleDataBuilder.writeData(samples, shared);
    SampleDataBuilder.writeDesigns(samples);
    SampleDataBuilder.writeProjects(samples);
    assertTrue(Files.isRegularFile(SampleDataBuilder.projectFile(samples, SampleDataBuilder.BANDGAP)));
  }
}
