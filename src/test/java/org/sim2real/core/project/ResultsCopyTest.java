package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/** Save As into another folder takes the project's results along. */
class ResultsCopyTest {
  @TempDir Path dir;

  private Path projectWithResults() throws IOException {
    Path results = Files.createDirectories(dir.resolve("a").resolve("results"));
    Files.writeString(results.resolve("ledger.jsonl"), "{\"cell\":1}\n");
    Files.writeString(results.resolve("cells.csv"), "strategy,n,m,repetition,mae\n");
    Files.writeString(Files.createDirectories(results.resolve("cache")).resolve("model.bin"), "x");
    return dir.resolve("a").resolve("study.s2r");
  }

  @Test
  void theLedgerAndTablesAreCopiedNextToTheNewProjectFileWithoutTheCache()
      throws IOException, UserFacingException {
    Path from = projectWithResults();
    Path to = Files.createDirectories(dir.resolve("b")).resolve("copy.s2r");

    assertEquals(ResultsCopy.Outcome.COPIED, ResultsCopy.copy(from, to, "results"));

    Path copied = dir.resolve("b").resolve("results");
    assertEquals("{\"cell\":1}\n", Files.readString(copied.resolve("ledger.jsonl")));
    assertTrue(Files.isRegularFile(copied.resolve("cells.csv")));
    assertFalse(Files.exists(copied.resolve("cache")), "the model cache stays behind");
    assertTrue(Files.isRegularFile(dir.resolve("a/results/ledger.jsonl")), "the original stays");
  }

  @Test
  void anExistingResultsFolderAtTheNewPlaceIsLeftAsItIs() throws IOException, UserFacingException {
    Path from = projectWithResults();
    Path other = Files.createDirectories(dir.resolve("b").resolve("results"));
    Files.writeString(other.resolve("ledger.jsonl"), "theirs\n");

    assertEquals(ResultsCopy.Outcome.TARGET_EXISTS,
        ResultsCopy.copy(from, dir.resolve("b").resolve("copy.s2r"), "results"));
    assertEquals("theirs\n", Files.readString(other.resolve("ledger.jsonl")));
  }

  @Test
  void savingInTheSameFolderOrWithoutResultsCopiesNothing()
      throws IOException, UserFacingException {
    Path from = projectWithResults();
    assertEquals(ResultsCopy.Outcome.NOTHING_TO_COPY,
        ResultsCopy.copy(from, dir.resolve("a").resolve("other-name.s2r"), "results"));
    assertEquals(ResultsCopy.Outcome.NOTHING_TO_COPY,
        ResultsCopy.copy(dir.resolve("empty.s2r"), dir.resolve("b").resolve("x.s2r"), "results"));
  }
}
