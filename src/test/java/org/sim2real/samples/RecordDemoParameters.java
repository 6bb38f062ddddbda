package org.sim2real.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes each demo's PARAMETERS.json from its finished results folder when asked to:
 * {@code mvn test -Dtest=RecordDemoParameters -Dsim2real.samples.record=true}, after re-running a
 * demo. Skipped otherwise.
 */
class RecordDemoParameters {
  @Test
  void recordsTheFittedParametersOfEveryFinishedDemoWhenAsked() throws Exception {
    assumeTrue(Boolean.getBoolean("sim2real.samples.record"),
        "set -Dsim2real.samples.record=true to rewrite the PARAMETERS.json files");
    Path samples = SampleFolder.repositorySamples();
    int written = 0;
    for (String demo : new String[] {SampleDataBuilder.BANDGAP, SampleDataBuilder.SYNTHETIC,
        SampleDataBuilder.POLYMER, SourcesDemoBuilder.DEMO}) {
      Path folder = SampleDataBuilder.demo(samples, demo);
      if (Files.isRegularFile(folder.resolve(SampleDataBuilder.RESULTS).resolve("cells.csv"))) {
        DemoParameters.write(folder, demo);
        written++;
      }
    }
    assertTrue(written > 0, "no finished results folder under " + samples);
  }
}
