package org.sim2real.testing;

import java.nio.file.Path;

/** Reading the {@code KILLPOINT} line of a child JVM stopped by a {@link FaultyFileSystem}. */
public final class KillPoints {
  private KillPoints() {}

  /**
   * The kind of change and the file of the child's {@code KILLPOINT} line, e.g. {@code "write
   * ledger.jsonl"}: the file relative to {@code dir}, with the random part of a temporary file's
   * name as {@code #}, a hash as {@code H} and a cached model's n and repetition as {@code #}, so
   * that kills in the same write path count together.
   */
  public static String of(String output, Path dir) {
    for (String line : output.split("\n")) {
      if (line.startsWith("KILLPOINT ")) {
        String[] parts = line.split(" ", 5);
        Path file = Path.of(parts[3]);
        String name = file.startsWith(dir) ? dir.relativize(file).toString() : parts[3];
        // AtomicFiles' temporary files: "." + the target's name + a random base-36 number + ".tmp"
        name = name.replaceAll("^(.*\\.(?:csv|jsonl|json|bin|s2r|bak))\\.?[0-9a-z]+\\.tmp$",
                "$1.#.tmp")
            .replaceAll("-[0-9a-f]{8,}", "-H")
            .replaceAll("-([nr])\\d+", "-$1#");
        return parts[2] + " " + (name.isEmpty() ? "." : name);
      }
    }
    throw new AssertionError("no KILLPOINT line in:\n" + output);
  }
}
