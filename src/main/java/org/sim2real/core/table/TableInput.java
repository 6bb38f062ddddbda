package org.sim2real.core.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Opens a table file and finds out from its first bytes (not its name) what it is: gzip, an xlsx
 * workbook, an old .xls workbook, UTF-8 or UTF-16 text with or without a byte-order mark, or
 * binary data. The stream is positioned after any byte-order mark.
 */
final class TableInput implements AutoCloseable {
  /** Bytes inspected for binary content. */
  private static final int SNIFF_BYTES = 8192;

  enum Kind {
    TEXT,
    XLSX
  }

  final InputStream stream;
  final Kind kind;
  final boolean gzip;
  /** "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM"; null for xlsx. */
  final @Nullable String encoding;
  /** The file's bytes as they are consumed, before any decompression or buffering. */
  private final CountingStream file;
  /** The size of the file when it was opened. */
  final long fileBytes;

  private TableInput(InputStream stream, Kind kind, boolean gzip, @Nullable String encoding,
      CountingStream file, long fileBytes) {
    this.stream = stream;
    this.kind = kind;
    this.gzip = gzip;
    this.encoding = encoding;
    this.file = file;
    this.fileBytes = fileBytes;
  }

  /** Bytes of the file read so far (the buffers may hold some not yet parsed). */
  long bytesRead() {
    return file.count;
  }

  static TableInput open(Path file, String name) {
    if (!Files.exists(file)) {
      throw TableMessages.notFound(name, file);
    }
    if (Files.isDirectory(file)) {
      throw TableMessages.isFolder(name);
    }
    InputStream in = null;
    try {
      long size = Files.size(file);
      CountingStream counted = new CountingStream(Files.newInputStream(file));
      in = new BufferedInputStream(counted, 1 << 16);
      byte[] head = peek(in, SNIFF_BYTES);
      boolean gzip = false;
      if (startsWith(head, 0x1f, 0x8b)) {
        gzip = true;
        try {
          in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
          head = peek(in, SNIFF_BYTES);
        } catch (IOException e) {
          throw TableMessages.gzipDamaged(name, e);
        }
      }
      if (head.length == 0) {
        throw TableMessages.empty(name, gzip);
      }
      if (startsWith(head, 'P', 'K', 3, 4)) {
        return new TableInput(in, Kind.XLSX, gzip, null, counted, size);
      }
      if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
        throw TableMessages.oldExcel(name);
      }
      if (startsWith(head, 0xef, 0xbb, 0xbf)) {
        in.skipNBytes(3);
        return new TableInput(in, Kind.TEXT, gzip, "UTF-8 with BOM", counted, size);
      }
      if (startsWith(head, 0xff, 0xfe)) {
        in.skipNBytes(2);
        return new TableInput(in, Kind.TEXT, gzip, "UTF-16LE with BOM", counted, size);
      }
      if (startsWith(head, 0xfe, 0xff)) {
        in.skipNBytes(2);
        return new TableInput(in, Kind.TEXT, gzip, "UTF-16BE with BOM", counted, size);
      }
      rejectBinary(head, name, gzip);
      return new TableInput(in, Kind.TEXT, gzip, "UTF-8", counted, size);
    } catch (IOException e) {
      closeQuietly(in);
      throw TableMessages.cannotOpen(name, e);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * Text tables never contain NUL or most other control bytes; binary files (images, PDFs,
   * executables, random bytes) almost always do within their first few kilobytes.
   */
  private static void rejectBinary(byte[] head, String name, boolean gzip) {
    for (int i = 0; i < head.length; i++) {
      int b = head[i] & 0xff;
      boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
      if (control || b == 0x7f) {
        throw TableMessages.binary(name, gzip, b, i);
      }
    }
  }

  private static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already failing with a better message
      }
    }
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }

  /** Counts the bytes that pass; read on the reading thread only. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += Math.max(0, skipped);
      return skipped;
    }
  }
}
