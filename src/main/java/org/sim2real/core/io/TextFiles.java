package org.sim2real.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Whole text files in UTF-8, gzip-compressed when the name ends in ".gz" (the importer reads both).
 * Java's gzip header carries no time stamp, so the same text gives the same bytes with the same
 * JDK; compare decompressed text across JDKs, whose deflate output may differ.
 */
public final class TextFiles {
  private TextFiles() {}

  /** Writes {@code text} atomically, compressed when {@code file} ends in ".gz". */
  public static void write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, isGzip(file) ? gzip(bytes) : bytes);
  }

  /** Reads the text of a plain or ".gz" file. */
  public static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream source = isGzip(file) ? new GZIPInputStream(in) : in;
      return new String(source.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static boolean isGzip(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
    return out.toByteArray();
  }
}
