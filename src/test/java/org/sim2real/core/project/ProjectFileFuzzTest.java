package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.fuzz.FuzzOracles;

/**
 * Coverage-guided fuzzing of the project file loader: any bytes either make a valid project that
 * saves and reads back identically, or give a one-line {@link UserFacingException}.
 */
class ProjectFileFuzzTest {
  private static final Path FILE = Path.of("fuzzed.s2r");
  private final ProjectFormat format = new ProjectFormat();

  @FuzzTest(maxDuration = "12m")
  void anyBytesOpenAsAProjectThatRoundTripsOrGiveAUserFacingMessage(byte[] input) {
    Project project;
    try {
      project = format.read(input, FILE);
    } catch (UserFacingException e) {
      FuzzOracles.assertOneLine(e);
      return;
    }
    assertEquals(project, format.read(format.write(project), FILE));
  }
}
