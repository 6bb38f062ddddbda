package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.fuzz.FuzzOracles;

/**
 * Coverage-guided fuzzing of the study design loader: any bytes either make a valid design that
 * writes and reads back identically, or give a one-line {@link UserFacingException}. The ledger
 * reader gets the same bytes (it must not fail other than with a user-facing message either).
 */
class DesignFileFuzzTest {
  private static final Path FILE = Path.of("fuzzed-design.json");

  @FuzzTest(maxDuration = "12m")
  void anyBytesLoadAsADesignThatRoundTripsOrGiveAUserFacingMessage(byte[] input) {
    StudyDesign design;
    try {
      design = DesignJson.read(input, FILE);
    } catch (UserFacingException e) {
      FuzzOracles.assertOneLine(e);
      return;
    }
    String written = DesignJson.write(design);
    assertEquals(design, DesignJson.read(written.getBytes(StandardCharsets.UTF_8), FILE));
  }
}
