package org.sim2real.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writtenFilesGetTheFolderDefaultPermissionsNotOwnerOnly() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
        "POSIX permissions only");
    Path plain = Files.createFile(dir.resolve("plain.txt")); // what any program's new file gets
    Path written = dir.resolve("cells.csv");

    AtomicFiles.write(written, "n,mae\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }

  @Test
  void rewritingReplacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("summary.csv");
    AtomicFiles.write(file, new byte[] {1, 2, 3});
    AtomicFiles.write(file, new byte[] {4});

    assertArrayEquals(new byte[] {4}, Files.readAllBytes(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void temporaryFilesAreHiddenUniqueAndRecognisedAsLeftovers() throws IOException {
    Path first = AtomicFiles.createTemporary(dir, ".cells.csv", ".tmp");
    Path second = AtomicFiles.createTemporary(dir, ".cells.csv", ".tmp");

    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), first + " " + second);
    }
    assertEquals(2, AtomicFiles.deleteStaleTemporaryFiles(dir));
  }
}
