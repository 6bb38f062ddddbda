package org.sim2real.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.Sha256;

/** The reproducibility stamp of a results folder and of a plain table. */
class ReproducibilityStampsTest {
  @TempDir Path dir;

  @Test
  void resultsFolderGivesDesignHashSeedsAndDigestsOfReachableDataFiles() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path sim = Files.writeString(data.resolve("sim.csv"), "formula,gap\nNaCl,5.0\n");
    String hash = "0123456789abcdef".repeat(4);
    Path results = MemoFixtures.resultsFolder(dir, "data/sim.csv", hash);

    ReproducibilityStamp stamp = ReproducibilityStamps.collect(results, MemoFixtures.OPTIONS,
        MemoFixtures.CLOCK);

    assertTrue(stamp.fromStudy());
    assertEquals(hash, stamp.designHash());
    assertEquals(7L, stamp.studySeed());
    assertEquals(5, stamp.repetitions());
    assertEquals("2025-03-14T09:26:53Z", stamp.generatedAt());
    assertEquals(AppInfo.version(), stamp.applicationVersion());
    var files = stamp.files();
    assertEquals("learning-curve table", files.get(0).role());
    assertEquals(Sha256.ofFile(results.resolve("cells.csv")), files.get(0).sha256());
    assertEquals("simulation data", files.get(1).role());
    assertEquals("data/sim.csv", files.get(1).path());
    assertEquals(Sha256.ofFile(sim), files.get(1).sha256(), "resolved against the folder's parent");
    assertEquals("experimental data", files.get(2).role());
    assertNull(files.get(2).sha256(), "data/exp.csv does not exist");
    assertTrue(files.get(2).note().startsWith("not available"), files.get(2).note());
    assertEquals("Seeds: study 7 (5 repetitions), fit bootstrap 42 (200 resamples)",
        stamp.seedSentence());
  }

  @Test
  void everyNamedSimulationSourceIsStampedWithItsFile() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path oqmd = Files.writeString(data.resolve("oqmd.csv"), "formula,gap\nKCl,4.0\n");
    Path results = MemoFixtures.resultsFolder(dir, "data/sim.csv", "a".repeat(64));
    Path designFile = results.resolve("design.json");
    org.sim2real.core.study.DesignJson.write(org.sim2real.core.study.DesignJson.read(designFile)
        .withSources(java.util.List.of(org.sim2real.core.study.SimulationSource.of("oqmd",
            "data/oqmd.csv"))), designFile);
    var files = ReproducibilityStamps.collect(results, MemoFixtures.OPTIONS, MemoFixtures.CLOCK)
        .files();
    assertEquals("simulation data", files.get(1).role());
    assertEquals("simulation data (source oqmd)", files.get(2).role());
    assertEquals(Sha256.ofFile(oqmd), files.get(2).sha256());
    assertEquals("experimental data", files.get(3).role());
  }

  @Test
  void cellsFileOfAResultsFolderIsStampedLikeTheFolder() throws IOException {
    Path results = MemoFixtures.resultsFolder(dir, "sim.csv", "f".repeat(64));
    ReproducibilityStamp stamp = ReproducibilityStamps.collect(results.resolve("cells.csv"),
        MemoFixtures.OPTIONS, MemoFixtures.CLOCK);
    assertEquals("f".repeat(64), stamp.designHash());
  }

  @Test
  void plainTableSaysThereIsNoDesign() throws IOException {
    Path table = MemoFixtures.syntheticCsv(dir);
    ReproducibilityStamp stamp = ReproducibilityStamps.collect(table, MemoFixtures.OPTIONS,
        MemoFixtures.CLOCK);
    assertFalse(stamp.fromStudy());
    assertNull(stamp.designHash());
    assertTrue(stamp.designSentence().contains("plain learning-curve table"), stamp.designSentence());
    assertEquals(1, stamp.files().size());
    assertEquals(Sha256.ofFile(table), stamp.files().get(0).sha256());
    assertNull(stamp.studySeed());
  }

  @Test
  void unreadableLedgerAndDesignAreNotedNotFatal() throws IOException {
    Path results = Files.createDirectories(dir.resolve("broken"));
    MemoFixtures.write(MemoFixtures.syntheticTable(), results.resolve("cells.csv"));
    Files.writeString(results.resolve("ledger.jsonl"), "not a ledger\n");
    Files.writeString(results.resolve("design.json"), "{\"schemaVersion\": 99}");
    ReproducibilityStamp stamp = ReproducibilityStamps.collect(results, MemoFixtures.OPTIONS,
        MemoFixtures.CLOCK);
    assertNull(stamp.designHash());
    assertTrue(stamp.designHashNote().startsWith("not available: "), stamp.designHashNote());
    assertTrue(stamp.files().get(1).note().startsWith("not available: "),
        stamp.files().get(1).note());
  }
}
