package org.sim2real.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;

/**
 * Collects a {@link ReproducibilityStamp} for the input of a memo. A results folder of the
 * workbench (or its {@code cells.csv}) gives the design hash from the run ledger's header and the
 * data files named in {@code design.json}; their relative paths are resolved against the results
 * folder and then its parent (the design's folder when run from there). A plain learning-curve
 * table gives only its own digest, and the stamp says so. Nothing here fails because a file is
 * missing or unreadable: the stamp records why instead. Reads files: call off the FX thread.
 */
public final class ReproducibilityStamps {
  private ReproducibilityStamps() {}

  /**
   * @param dirOrTable a results folder, its cells.csv, or any learning-curve table
   * @param options the fit options the memo's numbers were computed with (their seed and B)
   */
  public static ReproducibilityStamp collect(Path dirOrTable, FitOptions options, Clock clock) {
    Path table = Files.isDirectory(dirOrTable) ? dirOrTable.resolve("cells.csv") : dirOrTable;
    Path folder = table.toAbsolutePath().getParent();
    Path ledger = folder == null ? null : folder.resolve(RunLedger.FILE_NAME);
    Path designFile = folder == null ? null : folder.resolve(StudyRunner.DESIGN_FILE);
    boolean fromStudy = ledger != null && Files.isRegularFile(ledger);
    List<ReproducibilityStamp.DataFile> files = new ArrayList<>();
    files.add(hashed("learning-curve table", table.toString(), table));
    String hash = null;
    String hashNote;
    Long seed = null;
    Integer repetitions = null;
    if (!fromStudy) {
      hashNote = "not available: the input is a plain learning-curve table, not a study results"
          + " folder (no run ledger next to it)";
    } else {
      try {
        hash = RunLedger.read(ledger).designHash();
        hashNote = "";
      } catch (UserFacingException e) {
        hashNote = "not available: " + e.getMessage();
      }
      if (designFile != null && Files.isRegularFile(designFile)) {
        try {
          StudyDesign design = DesignJson.read(designFile);
          seed = design.seed();
          repetitions = design.repetitions();
          addDesignFiles(design, folder, files);
        } catch (UserFacingException e) {
          files.add(new ReproducibilityStamp.DataFile("study design", designFile.toString(), null,
              "not available: " + e.getMessage()));
        }
      } else {
        files.add(new ReproducibilityStamp.DataFile("study design", "design.json", null,
            "not available: the results folder has no design.json"));
      }
    }
    String date = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String source = (fromStudy ? "study results folder " + folder : "learning-curve table "
        + table.toAbsolutePath());
    return new ReproducibilityStamp(AppInfo.version(), source, fromStudy, hash, hashNote, files,
        seed, repetitions, options.seed(), options.bootstrapResamples(), date);
  }

  private static void addDesignFiles(StudyDesign design, Path folder,
      List<ReproducibilityStamp.DataFile> files) {
    var primary = design.primary();
    files.add(designFile(primary == null ? "simulation data"
        : "simulation data (source " + primary.name() + ")", design.simulation(), folder));
    for (var source : design.sources()) {
      files.add(designFile("simulation data (source " + source.name() + ")", source.dataset(),
          folder));
    }
    files.add(designFile("experimental data", design.experimental(), folder));
    DatasetSpec test = design.testSet();
    if (test != null) {
      files.add(designFile("experimental test set", test, folder));
    }
    String splits = design.splitsFile();
    if (splits != null) {
      files.add(located("reference splits", splits, folder));
    }
  }

  private static ReproducibilityStamp.DataFile designFile(String role, DatasetSpec spec,
      Path folder) {
    return located(role, spec.path(), folder);
  }

  /** The design's path resolved as the study resolved it, if the file is still reachable. */
  private static ReproducibilityStamp.DataFile located(String role, String path, Path folder) {
    Path raw;
    try {
      raw = Path.of(path);
    } catch (InvalidPathException e) {
      return new ReproducibilityStamp.DataFile(role, path, null, "not available: not a valid path");
    }
    List<Path> candidates = new ArrayList<>();
    if (raw.isAbsolute()) {
      candidates.add(raw);
    } else {
      candidates.add(folder.resolve(raw));
      Path parent = folder.getParent();
      if (parent != null) {
        candidates.add(parent.resolve(raw));
      }
    }
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        return hashed(role, path, candidate);
      }
    }
    return new ReproducibilityStamp.DataFile(role, path, null, "not available: the file is not"
        + " reachable from the results folder" + (raw.isAbsolute() ? "" : " or its parent"));
  }

  private static ReproducibilityStamp.DataFile hashed(String role, String shown, Path file) {
    if (!Files.isRegularFile(file)) {
      return new ReproducibilityStamp.DataFile(role, shown, null, "not available: not a file");
    }
    try {
      return new ReproducibilityStamp.DataFile(role, shown, Sha256.ofFile(file), "");
    } catch (IOException e) {
      return new ReproducibilityStamp.DataFile(role, shown, null,
          "not available: cannot read it (" + e.getMessage() + ")");
    }
  }
}
