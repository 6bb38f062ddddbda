package org.sim2real.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hostile fixtures too big to commit (manifest entries "generated:..."): JSON nested far
 * beyond any limit, documents above the size limit, enormous lines, millions of columns.
 */
final class GeneratedFixtures {
  private GeneratedFixtures() {}

  static void writeAll(Path root) throws IOException {
    write(root.resolve("design/deeply-nested.json"), "{\"schemaVersion\": 1, \"name\": "
        + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    write(root.resolve("project/deeply-nested.s2r"), "{\"schemaVersion\": 1, \"notes\": "
        + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}");
    padded(root.resolve("design/huge.json"), "{\"schemaVersion\": 1, \"name\": \"", "\"}");
    padded(root.resolve("project/huge.s2r"), "{\"schemaVersion\": 1, \"notes\": \"", "\"}");
    // a ledger whose second line is 30 MB of one JSON string
    try (BufferedWriter out = Files.newBufferedWriter(root.resolve("ledger/huge-line.jsonl"))) {
      out.write("{\"ledger\":\"sim2real-workbench\",\"version\":1,\"designHash\":\"aaaa\"}\n");
      out.write("{\"cellId\":\"");
      char[] chunk = "x".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 480; i++) {
        out.write(chunk);
      }
      out.write("\"}\n");
    }
    // a learning-curve table whose header line is 8 million characters, without a line break
    try (BufferedWriter out = Files.newBufferedWriter(root.resolve("curve/huge-line.csv"))) {
      char[] chunk = "n".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 128; i++) {
        out.write(chunk);
      }
    }
    // two million columns
    try (BufferedWriter out = Files.newBufferedWriter(root.resolve("curve/many-columns.csv"))) {
      out.write("n,mae");
      for (int c = 0; c < 2_000_000; c++) {
        out.write(",c");
      }
      out.write("\n100,0.5");
      for (int c = 0; c < 2_000_000; c++) {
        out.write(",1");
      }
      out.write("\n");
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** A document of 17 MB: one string value between {@code head} and {@code tail}. */
  private static void padded(Path file, String head, String tail) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(head);
      char[] chunk = "a".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 17 * 16; i++) {
        out.write(chunk);
      }
      out.write(tail);
    }
  }
}
