package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.table.ReadCancelledException;
import org.sim2real.core.table.ReadMonitor;

/** A large file read with progress and a cancel flag: how far it came, and that it stops. */
class ReadingProgressTest {
  private static final int ROWS = 200_000;

  @TempDir Path dir;

  /** A band-gap table of {@code rows} rows, written at test time. */
  static Path bigTable(Path dir, String name, int rows) throws IOException {
    Path file = dir.resolve(name);
    try (Writer w = name.endsWith(".gz")
        ? new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
            StandardCharsets.UTF_8)
        : Files.newBufferedWriter(file)) {
      writeRows(new BufferedWriter(w, 1 << 16), rows);
    }
    return file;
  }

  private static void writeRows(BufferedWriter w, int rows) throws IOException {
    String[] formulas = {"GaAs", "NaCl", "Fe2O3", "SiO2", "TiO2", "ZnO", "MgO", "CdTe"};
    w.write("formula,band_gap_eV\n");
    for (int i = 0; i < rows; i++) {
      w.write(formulas[i % formulas.length]);
      w.write(',');
      w.write(Integer.toString(i % 997));
      w.write(".5\n");
    }
    w.flush();
  }

  private record Report(long records, long bytesRead, long fileBytes) {}

  @Test
  void aCancelledReadStopsWithinOneBlockOfRowsAndReturnsNoTable() throws IOException {
    Path file = bigTable(dir, "big.csv", ROWS);
    AtomicBoolean cancelled = new AtomicBoolean();
    List<Report> reports = new ArrayList<>();
    ReadMonitor monitor = new ReadMonitor() {
      @Override
      public void progress(long records, long bytesRead, long fileBytes) {
        reports.add(new Report(records, bytesRead, fileBytes));
        if (records >= 20_000) {
          cancelled.set(true); // the user presses Cancel while row 20,000 is read
        }
      }

      @Override
      public boolean isCancelled() {
        return cancelled.get();
      }
    };

    ReadCancelledException e = assertThrows(ReadCancelledException.class,
        () -> TableReader.read(file, ImportOptions.defaults(), monitor));

    long cancelledAt = reports.getLast().records();
    assertEquals(cancelledAt + ReadMonitor.RECORDS_PER_BLOCK, e.records(),
        "reading stops at the next block after the cancel");
    assertTrue(e.records() < ROWS / 4, "stopped early: " + e.records());
    assertEquals("big.csv", e.fileName());
  }

  @Test
  void aReadCancelledBeforeItStartsReadsNothing() throws IOException {
    Path file = bigTable(dir, "big.csv", 10);
    ReadMonitor cancelled = new ReadMonitor() {
      @Override
      public void progress(long records, long bytesRead, long fileBytes) {
        throw new AssertionError("nothing is read");
      }

      @Override
      public boolean isCancelled() {
        return true;
      }
    };

    ReadCancelledException e = assertThrows(ReadCancelledException.class,
        () -> TableReader.read(file, ImportOptions.defaults(), cancelled));
    assertEquals(0, e.records());
  }

  @Test
  void progressCountsRowsAndBytesOfTheFileUpToItsSize() throws IOException {
    Path file = bigTable(dir, "big.csv", ROWS);
    List<Report> reports = new ArrayList<>();

    RawTable table = TableReader.read(file, ImportOptions.defaults(),
        (records, bytes, size) -> reports.add(new Report(records, bytes, size)));

    assertEquals(ROWS, table.rowCount(), "a watched read is complete");
    assertEquals((ROWS + 1) / ReadMonitor.RECORDS_PER_BLOCK, reports.size(),
        "one report per block of records");
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i).bytesRead() >= reports.get(i - 1).bytesRead());
      assertEquals(reports.get(i - 1).records() + ReadMonitor.RECORDS_PER_BLOCK,
          reports.get(i).records());
    }
    Report last = reports.getLast();
    assertEquals(Files.size(file), last.fileBytes());
    assertTrue(last.bytesRead() <= last.fileBytes());
    assertTrue(last.bytesRead() > 0.9 * last.fileBytes(), last.toString());
  }

  @Test
  void aGzipFileReportsTheCompressedBytesAgainstItsSize() throws IOException {
    Path file = bigTable(dir, "big.csv.gz", ROWS);
    List<Double> fractions = new ArrayList<>();

    TableReader.read(file, ImportOptions.defaults(),
        new ReadingProgress("big.csv.gz", () -> false, (f, s) -> fractions.add(f),
            new AtomicLong()::incrementAndGet));

    // the clock of this test never reaches a quarter second, so only the first block is told
    assertEquals(1, fractions.size());
    assertTrue(fractions.get(0) > 0 && fractions.get(0) <= 1, fractions.toString());
  }

  @Test
  void aWorkbookTellsRowsButNoFractionSinceItsBytesAreUnpackedFirst() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("formula", "band_gap_eV"));
    for (int i = 0; i < 10_000; i++) {
      rows.add(List.of("GaAs", Integer.toString(i % 7)));
    }
    Path book = Fixtures.xlsx(dir, "big.xlsx", List.of("gaps"), List.of(rows));
    List<Report> reports = new ArrayList<>();

    RawTable table = TableReader.read(book, ImportOptions.defaults(),
        (records, bytes, size) -> reports.add(new Report(records, bytes, size)));

    assertEquals(10_000, table.rowCount());
    assertEquals(List.of(new Report(4_096, reports.get(0).bytesRead(), -1),
        new Report(8_192, reports.get(1).bytesRead(), -1)), reports);
  }

  @Test
  void aBrokenFileGivesTheSameMessageWhenItsReadIsWatched() throws IOException {
    Path file = bigTable(dir, "broken.csv", 10_000);
    Files.writeString(file, "GaAs,\"1.2\n", java.nio.file.StandardOpenOption.APPEND);
    String unwatched = assertThrows(UserFacingException.class,
        () -> TableReader.read(file, ImportOptions.defaults())).getMessage();

    String watched = assertThrows(UserFacingException.class,
        () -> TableReader.read(file, ImportOptions.defaults(),
            new ReadingProgress("broken.csv", () -> false, (f, s) -> {}, System::nanoTime)))
        .getMessage();

    assertEquals(unwatched, watched);
    assertTrue(watched.startsWith("broken.csv") && watched.contains("10002"), watched);
  }

  @Test
  void theSentenceTellsRowsRateAndTimeLeftOnceASecondHasPassed() {
    AtomicLong now = new AtomicLong(5_000_000_000L);
    List<String> told = new ArrayList<>();
    List<Double> fractions = new ArrayList<>();
    ReadingProgress progress = new ReadingProgress("sim_oqmd_gap.csv", () -> false,
        (fraction, sentence) -> {
          fractions.add(fraction);
          told.add(sentence);
        }, now::get);

    now.addAndGet(100_000_000L);
    progress.progress(4_096, 40_000, 1_000_000);
    now.addAndGet(100_000_000L);
    progress.progress(8_192, 80_000, 1_000_000); // too soon after the first: not told
    now.set(7_000_000_000L);
    progress.progress(170_000, 400_000, 1_000_000);
    now.addAndGet(10_000_000_000L);
    progress.progress(1_000_000, 999_000, 1_000_000);

    assertEquals(List.of("Reading sim_oqmd_gap.csv: 4,096 rows",
        "Reading sim_oqmd_gap.csv: 170,000 rows, 85,000 rows/s, about 3 s left",
        "Reading sim_oqmd_gap.csv: 1,000,000 rows, 83,333 rows/s, about 1 s left"), told);
    assertEquals(List.of(0.04, 0.4, 0.999), fractions);
  }

  @Test
  void longWaitsAreToldInMinutes() {
    assertEquals("3 s", ReadingProgress.timeLeft(2.6));
    assertEquals("1 s", ReadingProgress.timeLeft(0.1));
    assertEquals("99 s", ReadingProgress.timeLeft(99));
    assertEquals("2 min", ReadingProgress.timeLeft(130));
  }
}
