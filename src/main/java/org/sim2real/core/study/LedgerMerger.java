package org.sim2real.core.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.TestErrorsFile;

/**
 * Combines the ledgers of several shards (or interrupted runs) of the same design into one, with
 * the test errors of their cells ({@value TestErrorsFile#FILE_NAME} next to each ledger). Cells
 * recorded more than once must agree (runs are deterministic); a disagreement is an error, because
 * it means the shards did not run the same design on the same data. Each input's test errors
 * count for the cells of its own ledger only, as in a study. The fingerprints of named simulation
 * sources ({@link SourceFingerprints}) must agree between the inputs and are kept.
 */
public final class LedgerMerger {
  private LedgerMerger() {}

  /**
   * What a merge produced.
   *
   * @param cellsWithTestErrors how many of the merged cells have their test errors (inputs from
   *     a workbench that did not keep them have none)
   */
  public record Outcome(String designHash, int cells, int duplicates, int cellsWithTestErrors,
      List<String> warnings) {}

  public static Outcome merge(List<Path> ledgerFilesOrDirectories, Path outputDirectory) {
    if (ledgerFilesOrDirectories.isEmpty()) {
      throw new UserFacingException("nothing to merge: name at least one ledger or results folder");
    }
    String designHash = null;
    Map<String, CellResult> cells = new LinkedHashMap<>();
    Map<String, Path> origin = new LinkedHashMap<>();
    TestErrorsOfInputs errors = new TestErrorsOfInputs();
    Map<String, String> fingerprints = new TreeMap<>();
    Map<String, Path> fingerprintOrigin = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    int duplicates = 0;
    for (Path input : ledgerFilesOrDirectories) {
      Path file = Files.isDirectory(input) ? input.resolve(RunLedger.FILE_NAME) : input;
      if (!Files.isRegularFile(file)) {
        throw new UserFacingException("no run ledger at " + file);
      }
      RunLedger.Contents contents = RunLedger.read(file);
      warnings.addAll(contents.warnings());
      if (designHash == null) {
        designHash = contents.designHash();
      } else if (!designHash.equals(contents.designHash())) {
        throw new UserFacingException(file + " belongs to another study design than "
            + origin.values().iterator().next() + "; only shards of one design can be merged");
      }
      for (CellResult result : contents.results()) {
        CellResult earlier = cells.putIfAbsent(result.cellId(), result);
        if (earlier == null) {
          origin.put(result.cellId(), file);
        } else {
          duplicates++;
          if (!earlier.sameOutcome(result)) {
            throw new UserFacingException("cell " + result.cellId() + " has different results in "
                + origin.get(result.cellId()) + " and " + file
                + "; the shards did not run the same design on the same data");
          }
        }
      }
      errors.add(file, contents, warnings);
      // the design hash covers what the sources share; each source's data by its fingerprint
      Path sources = file.resolveSibling(SourceFingerprints.FILE);
      for (Map.Entry<String, String> e : SourceFingerprints.read(sources).entrySet()) {
        String earlier = fingerprints.putIfAbsent(e.getKey(), e.getValue());
        if (earlier == null) {
          fingerprintOrigin.put(e.getKey(), sources);
        } else if (!earlier.equals(e.getValue())) {
          throw new UserFacingException("source " + e.getKey() + " was measured on other data in "
              + fingerprintOrigin.get(e.getKey()) + " than in " + sources + "; the shards did not"
              + " run the same design on the same data, so they cannot be merged");
        }
      }
    }
    if (cells.isEmpty()) {
      throw new UserFacingException("the inputs hold no finished cells"
          + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")"));
    }
    for (String name : List.of(RunLedger.FILE_NAME, TestErrorsFile.FILE_NAME)) {
      if (Files.exists(outputDirectory.resolve(name))) {
        throw new UserFacingException("the output folder " + outputDirectory
            + " already holds a " + name + "; merge into an empty folder");
      }
    }
    if (!fingerprints.isEmpty()) {
      // before the ledger: merged cells of a source are never without its fingerprint
      SourceFingerprints.write(outputDirectory, fingerprints);
    }
    try (RunLedger merged = RunLedger.open(outputDirectory, designHash);
        TestErrorsLog mergedErrors = errors.testRows == 0 ? null : TestErrorsLog.open(
            outputDirectory, designHash, errors.testRows, Set.of(), notice -> {})) {
      for (CellResult result : cells.values()) {
        float[] residuals = errors.byCell.get(result.cellId());
        if (mergedErrors != null && residuals != null) {
          mergedErrors.append(result.cellId(), residuals); // before the ledger line, as in a run
        }
        merged.append(result);
      }
    }
    return new Outcome(designHash, cells.size(), duplicates, errors.byCell.size(), warnings);
  }

  /** The test errors of the inputs, each restricted to the cells of its own ledger. */
  private static final class TestErrorsOfInputs {
    final Map<String, float[]> byCell = new LinkedHashMap<>();
    final Map<String, Path> origin = new LinkedHashMap<>();
    int testRows;
    @Nullable Path testRowsOrigin;

    void add(Path ledgerFile, RunLedger.Contents ledger, List<String> warnings) {
      Path file = ledgerFile.resolveSibling(TestErrorsFile.FILE_NAME);
      Optional<TestErrorsFile.Contents> read = Files.isRegularFile(file)
          ? TestErrorsFile.readAll(file) : Optional.empty();
      if (read.isEmpty()) {
        warnings.add(ledgerFile + ": no " + TestErrorsFile.FILE_NAME + " next to it (results of a"
            + " workbench that did not keep the test errors); its " + ledger.results().size()
            + " cells have no test errors");
        return;
      }
      TestErrorsFile.Contents contents = read.get();
      warnings.addAll(contents.warnings());
      if (!contents.designHash().equals(ledger.designHash())) {
        throw new UserFacingException(file + " holds the test errors of another study design than"
            + " the ledger next to it (" + ledgerFile + "); move it away and merge again");
      }
      if (testRows == 0) {
        testRows = contents.testRows();
        testRowsOrigin = file;
      } else if (testRows != contents.testRows()) {
        throw new UserFacingException(file + " has " + contents.testRows() + " test rows per cell"
            + " but " + testRowsOrigin + " has " + testRows + "; the shards did not run the same"
            + " design on the same data, so they cannot be merged");
      }
      for (CellResult result : ledger.results()) {
        float[] residuals = contents.records().get(result.cellId());
        if (residuals == null) {
          continue;
        }
        float[] earlier = byCell.putIfAbsent(result.cellId(), residuals);
        if (earlier == null) {
          origin.put(result.cellId(), file);
        } else if (!Arrays.equals(earlier, residuals)) {
          throw new UserFacingException("cell " + result.cellId() + " has different test errors in "
              + origin.get(result.cellId()) + " and " + file
              + "; the shards did not run the same design on the same data");
        }
      }
    }
  }
}
