package org.sim2real.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sim2real.core.io.UserFacingException;

/**
 * Decodes UTF-8 and refuses anything else, naming the line of the first invalid byte.
 *
 * <p>Why refuse rather than guess: a wrong guess silently changes characters (a '·' hydrate dot, a
 * 'µ' in a header), and a chemist would never see it. Formulas, SMILES and numbers are plain
 * ASCII, so almost every file is valid UTF-8 anyway; for the rest the message says where the
 * offending byte is and how to re-save the file. The JDK's InputStreamReader cannot say which line
 * is at fault (it decodes ahead in blocks), hence this small decoder, which counts line breaks in
 * the bytes it has decoded ('\n' never occurs inside a multi-byte UTF-8 sequence).
 *
 * <p>Read errors of the underlying stream (a damaged gzip file) also become a
 * {@link UserFacingException} with the line reached.
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final String fileName;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  /**
   * Bytes requested per read: small enough that a damaged stream (a truncated gzip file) fails
   * within a few lines of where the damage is, so the reported line is close to it.
   */
  private static final int READ_CHUNK = 8192;
  private boolean eof;
  private boolean flushed;
  private long lineBreaks;
  private long bytesBeforeBuffer;

  StrictUtf8Reader(InputStream in, String fileName) {
    this.in = in;
    this.fileName = fileName;
    bytes.flip(); // empty, in read mode
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      countLineBreaks(before, bytes.position());
      if (result.isError()) {
        throw invalidByte();
      }
      int produced = out.position() - off;
      if (result.isOverflow() && produced > 0) {
        return produced;
      }
      if (eof) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        produced = out.position() - off;
        return produced == 0 ? -1 : produced;
      }
      if (produced > 0) {
        return produced;
      }
      refill();
    }
  }

  private void countLineBreaks(int from, int to) {
    byte[] a = bytes.array();
    long count = 0;
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        count++;
      }
    }
    lineBreaks += count;
  }

  private void refill() {
    bytesBeforeBuffer += bytes.position();
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), Math.min(READ_CHUNK, bytes.remaining()));
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } catch (IOException e) {
      throw TableMessages.stoppedReading(fileName, lineBreaks + 1, e);
    } finally {
      bytes.flip();
    }
  }

  private UserFacingException invalidByte() {
    int b = bytes.get(bytes.position()) & 0xff;
    long offset = bytesBeforeBuffer + bytes.position();
    return TableMessages.notUtf8(fileName, lineBreaks + 1, b, offset);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
