package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.StudyCells;

/**
 * A dataset, a learning-curve table and a study's cells.csv are read by one pipeline
 * (core.table): a damaged file gives each of them the very same message.
 */
class OneTablePipelineTest {
  @TempDir Path dir;

  @Test
  void everyTableReaderGivesTheSameMessageForTheSameBrokenFile() throws IOException {
    Map<String, byte[]> broken = Map.of(
        "latin1.csv", "n,mae\n100,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
        "binary.csv", new byte[] {'n', ',', 0, 1, 2},
        "open-quote.csv", "n,mae\n100,\"0.5\n".getBytes(StandardCharsets.UTF_8),
        "empty.csv", new byte[0],
        "old.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
            (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0},
        "wide.csv", ("c,".repeat(10_001) + "c\n").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> file : broken.entrySet()) {
      Path path = Fixtures.bytes(dir, file.getKey(), file.getValue());
      String dataset = messageOf(() -> TableReader.read(path, ImportOptions.defaults()));
      assertEquals(dataset, messageOf(() -> LearningCurveReader.read(path, null)), file.getKey());
      assertEquals(dataset, messageOf(() -> StudyCells.read(path)), file.getKey());
    }
  }

  private static String messageOf(Runnable read) {
    return assertThrows(UserFacingException.class, read::run).getMessage();
  }
}
