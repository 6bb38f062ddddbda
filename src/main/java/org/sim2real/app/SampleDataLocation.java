package org.sim2real.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where the bundled sample-data folder is, in a repository checkout and in an installed
 * application alike. The first of these that is a directory wins:
 *
 * <ol>
 *   <li>the system property {@value #PROPERTY} (an installer or a user may point anywhere; when it
 *       names no directory a notice says so and the rules below apply);
 *   <li>{@code <jar dir>/sample-data}: the installed application, where jpackage copies the input
 *       folder next to the jar ({@code lib/app} on Linux, {@code app} on Windows,
 *       {@code Contents/app} on macOS);
 *   <li>{@code <jar dir>/../sample-data}: the repository, running {@code target/*.jar} (or
 *       {@code target/classes} from an IDE);
 *   <li>{@code ./sample-data} in the working directory.
 * </ol>
 *
 * The band-gap demo project inside it, {@value #DEFAULT_PROJECT}, is what the application opens
 * when it starts without arguments.
 */
public final class SampleDataLocation {
  public static final String PROPERTY = "sim2real.samples";
  public static final String FOLDER = "sample-data";
  /** The project opened at start-up, relative to the sample folder. */
  public static final String DEFAULT_PROJECT = "bandgap/bandgap-demo.s2r";

  private SampleDataLocation() {}

  /** The sample folder of this installation, looked up as the class comment says. */
  public static Optional<Path> find(Consumer<String> notices) {
    return find(System.getProperty(PROPERTY), codeSource(), Path.of("").toAbsolutePath(), notices);
  }

  /**
   * @param property the value of {@value #PROPERTY}, or null when unset
   * @param codeSource the jar (or classes folder) the workbench runs from, or null when unknown
   * @param workingDirectory the process's working directory
   * @param notices told when the property names no directory
   */
  static Optional<Path> find(@Nullable String property, @Nullable Path codeSource,
      Path workingDirectory, Consumer<String> notices) {
    if (property != null && !property.isBlank()) {
      Path explicit = toPath(property.strip(), workingDirectory);
      if (explicit != null && Files.isDirectory(explicit)) {
        return Optional.of(explicit);
      }
      notices.accept("Notice: -D" + PROPERTY + "=" + property + " is not a folder; looking for"
          + " the sample data next to the application instead.");
    }
    for (Path candidate : defaultCandidates(codeSource, workingDirectory)) {
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Candidates 2 to 4 of the class comment, in order, absolute and normalized. */
  static List<Path> defaultCandidates(@Nullable Path codeSource, Path workingDirectory) {
    List<Path> candidates = new ArrayList<>();
    Path jarDirectory = codeSource == null ? null : codeSource.toAbsolutePath().getParent();
    if (jarDirectory != null) {
      candidates.add(jarDirectory.resolve(FOLDER).normalize());
      Path above = jarDirectory.getParent();
      if (above != null) {
        candidates.add(above.resolve(FOLDER).normalize());
      }
    }
    Path local = workingDirectory.toAbsolutePath().resolve(FOLDER).normalize();
    if (!candidates.contains(local)) {
      candidates.add(local);
    }
    return candidates;
  }

  /** The demo project opened at start-up, when the sample folder holds it. */
  public static Optional<Path> defaultProject(Path sampleDirectory) {
    Path project = sampleDirectory.resolve(DEFAULT_PROJECT);
    return Files.isRegularFile(project) ? Optional.of(project) : Optional.empty();
  }

  private static @Nullable Path codeSource() {
    try {
      var source = SampleDataLocation.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null; // unusual class loaders: the working directory still counts
    }
  }

  private static @Nullable Path toPath(String text, Path workingDirectory) {
    try {
      return workingDirectory.resolve(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
