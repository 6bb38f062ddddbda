package org.sim2real.core.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.io.UserFacingException;

/**
 * Combines the ledgers of several shards (or interrupted runs) of the same design into one. Cells
 * recorded more than once must agree (runs are deterministic); a disagreement is an error, because
 * it means the shards did not run the same design on the same data.
 */
public final class LedgerMerger {
  private LedgerMerger() {}

  /** What a merge produced. */
  public record Outcome(String designHash, int cells, int duplicates, List<String> warnings) {}

  public static Outcome merge(List<Path> ledgerFilesOrDirectories, Path outputDirectory) {
    if (ledgerFilesOrDirectories.isEmpty()) {
      throw new UserFacingException("nothing to merge: name at least one ledger or results folder");
    }
    String designHash = null;
    Map<String, CellResult> cells = new LinkedHashMap<>();
    Map<String, Path> origin = new LinkedHashMap<>();
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
    }
    if (cells.isEmpty()) {
      throw new UserFacingException("the inputs hold no finished cells"
          + (warnings.isEmpty() ? "" : " (" + warnings.get(0) + ")"));
    }
    Path target = outputDirectory.resolve(RunLedger.FILE_NAME);
    if (Files.exists(target)) {
      throw new UserFacingException("the output folder " + outputDirectory
          + " already holds a ledger; merge into an empty folder");
    }
    try (RunLedger merged = RunLedger.open(outputDirectory, designHash)) {
      for (CellResult result : cells.values()) {
        merged.append(result);
      }
    }
    return new Outcome(designHash, cells.size(), duplicates, warnings);
  }
}
