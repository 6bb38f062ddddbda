package org.sim2real.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.StudyDesign;

/**
 * Keeps the data paths of a design right when it is written somewhere else: {@code run DESIGN.json}
 * resolves relative data paths against the design file's folder, so a relative path given on the
 * command line (relative to the working directory) or read from another design file must be
 * rewritten relative to the folder the design is saved in. Absolute paths stay as they are.
 */
final class DesignFilePaths {
  private DesignFilePaths() {}

  /**
   * @param design the design with data paths as given
   * @param readBase where those relative paths are resolved now (the working directory, or the
   *     folder of the design file they came from)
   * @param savedFile where the design is about to be written
   */
  static StudyDesign relocate(StudyDesign design, Path readBase, Path savedFile) {
    Path saveDir = savedFile.toAbsolutePath().normalize().getParent();
    if (saveDir == null) {
      return design;
    }
    Path base = readBase.toAbsolutePath().normalize();
    return design.withDatasets(relocate(design.simulation(), base, saveDir),
        relocate(design.experimental(), base, saveDir),
        design.testSet() == null ? null : relocate(design.testSet(), base, saveDir))
        .withSources(design.sources().stream()
            .map(source -> source.withDataset(relocate(source.dataset(), base, saveDir)))
            .toList());
  }

  private static DatasetSpec relocate(DatasetSpec spec, Path base, Path saveDir) {
    return spec.withPath(relocate(spec.path(), base, saveDir));
  }

  private static String relocate(String path, Path base, Path saveDir) {
    Path given = Path.of(path);
    if (given.isAbsolute()) {
      return path;
    }
    Path target = base.resolve(given).normalize();
    Path relative = relativize(saveDir, target);
    // forward slashes read on every platform; a design saved on Windows then runs on a cluster
    return relative == null ? target.toString() : relative.toString().replace('\\', '/');
  }

  /** The relative path, or null when there is none (different drives on Windows). */
  private static @Nullable Path relativize(Path from, Path to) {
    try {
      return from.relativize(to);
    } catch (IllegalArgumentException differentRoots) {
      return null;
    }
  }
}
