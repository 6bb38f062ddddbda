package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.fuzz.FuzzOracles;

/**
 * Coverage-guided fuzzing of the table import (CSV, TSV, gzip and xlsx readers, role detection,
 * row validation, duplicate policies): whatever the bytes, the import either succeeds with a
 * consistent report or fails with a one-line {@link UserFacingException}. The first byte chooses
 * the options and the file type, the rest is the file.
 *
 * <p>Without JAZZER_FUZZ this replays the inputs in CsvImportFuzzTestInputs (seeds and findings);
 * with {@code mvn -Pfuzz test -Dtest=CsvImportFuzzTest} it fuzzes for the given duration.
 */
class CsvImportFuzzTest {
  private static final Path DIR = scratchDirectory();
  private static final String[] EXTENSIONS = {".csv", ".tsv", ".txt", ".csv.gz", ".xlsx"};
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final DuplicatePolicy[] POLICIES = DuplicatePolicy.values();

  @FuzzTest(maxDuration = "12m")
  void importEitherSucceedsConsistentlyOrGivesAUserFacingMessage(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    int choice = input[0] & 0xff;
    byte[] content = Arrays.copyOfRange(input, 1, input.length);
    // xlsx only rarely: a zip container mostly tests fastexcel, not our code
    String extension = EXTENSIONS[(choice & 0x7) % (choice % 29 == 0 ? 5 : 4)];
    Path file = DIR.resolve("fuzz" + extension);
    Files.write(file, content);
    file.toFile().deleteOnExit();
    ImportOptions options = ImportOptions.defaults()
        .withDecimalComma((choice & 0x08) != 0 && DELIMITERS[(choice >> 4) & 0x3] != ',')
        .withHasHeader((choice & 0x40) == 0)
        .withDuplicates(POLICIES[(choice >> 5) % POLICIES.length]);
    if ((choice & 0x80) != 0) {
      options = options.withDelimiter(DELIMITERS[(choice >> 4) & 0x3]);
    }
    try {
      ImportResult result = DatasetImporter.importFile(file, options, RoleOverrides.none());
      ValidationReport report = result.report();
      assertEquals(report.rowsRead(), report.usableRows() + report.rejectedRows());
      for (Rejection rejection : report.rejections()) {
        assertFalse(rejection.message().contains("\n"), rejection.message());
      }
      for (int row = 0; row < result.dataset().size(); row++) {
        assertFalse(Double.isNaN(result.dataset().target(row)), "NaN target kept");
        assertFalse(Double.isInfinite(result.dataset().target(row)), "infinite target kept");
      }
    } catch (UserFacingException e) {
      FuzzOracles.assertOneLine(e);
    }
  }

  private static Path scratchDirectory() {
    try {
      Path shm = Path.of("/dev/shm");
      Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
          ? Files.createTempDirectory(shm, "csv-fuzz") : Files.createTempDirectory("csv-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
