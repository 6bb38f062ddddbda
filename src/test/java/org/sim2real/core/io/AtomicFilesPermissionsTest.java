package org.sim2real.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written atomically get ordinary permissions, not the owner-only ones of temp files. */
class AtomicFilesPermissionsTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFileOfTheUser() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("export.csv");

    AtomicFiles.write(written, "a,b\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
  }

  @Test
  void anExistingFileKeepsItsPermissionsWhenRewritten() throws IOException {
    Path file = dir.resolve("memo.html");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

    assertEquals(PosixFilePermissions.fromString("rw-r-----"),
        Files.getPosixFilePermissions(file));
    assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }
}
