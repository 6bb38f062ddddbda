package org.sim2real.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which project the window opens at start-up: the one named on the command line; with no
 * arguments the band-gap demo from the sample data (so newcomers and workshops see a finished
 * study at once); nothing with {@value #EMPTY_FLAG} or when no demo is installed.
 */
final class StartupProject {
  /** Starts with an empty workbench instead of the demo. */
  static final String EMPTY_FLAG = "--empty";

  private StartupProject() {}

  /** Whether these arguments start the desktop application rather than a command. */
  static boolean isGuiLaunch(String[] args) {
    return args.length == 0
        || (args.length == 1 && (args[0].endsWith(".s2r") || args[0].equals(EMPTY_FLAG)));
  }

  /** The project to open for these (GUI) arguments, if any. */
  static Optional<Path> choose(List<String> args, @Nullable Path sampleDirectory) {
    if (args.size() == 1 && args.get(0).endsWith(".s2r")) {
      return Optional.of(Path.of(args.get(0)));
    }
    if (args.isEmpty() && sampleDirectory != null) {
      return SampleDataLocation.defaultProject(sampleDirectory);
    }
    return Optional.empty();
  }
}
