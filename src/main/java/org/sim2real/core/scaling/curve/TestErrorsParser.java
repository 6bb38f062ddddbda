package org.sim2real.core.scaling.curve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pass over the lines of a {@link TestErrorsFile}: the header must be one (else a
 * user-facing error naming file and line), a torn last line ends the records with a warning,
 * unreadable and duplicate records are skipped with warnings by line, and no line may be longer
 * than a record of the header's test rows can be.
 */
final class TestErrorsParser {
  /** How every header starts; a first line that stops inside it was torn while being created. */
  private static final String HEADER_START = "{\"testErrors\":\"" + TestErrorsFile.FORMAT_NAME
      + "\"";
  private static final int MAX_HEADER_BYTES = 4096;
  private static final int MAX_CELL_ID_BYTES = 1024;
  private static final JsonMapper JSON = UntrustedJson.mapperBuilder(false).build();

  private final Path file;
  private final Lines lines;
  private final Map<String, float[]> records = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private int dropped;

  TestErrorsParser(Path file, InputStream in) {
    this.file = file;
    this.lines = new Lines(in);
  }

  /** The file's contents, or empty when it holds no complete header line. */
  Optional<TestErrorsFile.Contents> run() throws IOException {
    Line first = lines.next(MAX_HEADER_BYTES, file);
    if (first == null) {
      return Optional.empty();
    }
    if (!first.complete()) {
      if (HEADER_START.startsWith(first.text()) || first.text().startsWith(HEADER_START)) {
        return Optional.empty(); // torn while the first run created the file
      }
      throw notTestErrors();
    }
    JsonNode header = parseOrNull(first.text());
    if (header == null || !TestErrorsFile.FORMAT_NAME.equals(textOrNull(header, "testErrors"))) {
      throw notTestErrors();
    }
    JsonNode version = header.path("version");
    if (!version.isInt() || version.intValue() < 1) {
      throw notTestErrors();
    }
    if (version.intValue() > TestErrorsFile.FORMAT_VERSION) {
      throw new UserFacingException(file + " line 1: test-errors format version "
          + version.intValue() + " was written by a newer version of the workbench; update the"
          + " workbench");
    }
    String designHash = textOrNull(header, "designHash");
    JsonNode rows = header.path("testRows");
    if (designHash == null || designHash.isEmpty() || !rows.isInt()) {
      throw notTestErrors();
    }
    int testRows = rows.intValue();
    if (testRows < 1 || testRows > TestErrorsFile.MAX_TEST_ROWS) {
      throw new UserFacingException(file + " line 1: testRows is " + testRows + "; a test-errors"
          + " file has between 1 and " + TestErrorsFile.MAX_TEST_ROWS + " test rows. Is the file"
          + " damaged?");
    }
    long validLength = first.end();
    for (Line line = lines.next(maxRecordBytes(testRows), file); line != null;
        line = lines.next(maxRecordBytes(testRows), file)) {
      if (!line.complete()) {
        warnings.add(where(line) + ": incomplete last record (the run was interrupted while"
            + " writing it) ignored; that cell will run again");
        break;
      }
      validLength = line.end();
      addRecord(line, testRows);
    }
    return Optional.of(new TestErrorsFile.Contents(designHash, testRows, records, warnings,
        validLength, dropped));
  }

  private void addRecord(Line line, int testRows) {
    JsonNode node = parseOrNull(line.text());
    String cellId = node == null ? null : textOrNull(node, "cellId");
    String encoded = node == null ? null : textOrNull(node, "residuals");
    float[] residuals = encoded == null ? null : decode(encoded, testRows);
    if (cellId == null || CellId.parse(cellId).isEmpty() || residuals == null) {
      warnings.add(where(line) + ": unreadable record skipped");
      dropped++;
    } else if (records.putIfAbsent(cellId, residuals) != null) {
      warnings.add(where(line) + ": cell " + cellId + " recorded twice; the first record is"
          + " kept");
      dropped++;
    }
  }

  private String where(Line line) {
    return file.getFileName() + " line " + line.number();
  }

  private UserFacingException notTestErrors() {
    return new UserFacingException(file + " line 1: not a Sim2Real Workbench test-errors file."
        + " Choose the " + TestErrorsFile.FILE_NAME + " of a results folder, or move this file"
        + " away.");
  }

  /** Longest line a record of {@code testRows} residuals can be. */
  private static int maxRecordBytes(int testRows) {
    return MAX_CELL_ID_BYTES + 64 + 4 * ((4 * testRows + 2) / 3);
  }

  private static @Nullable JsonNode parseOrNull(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static @Nullable String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.asString() : null;
  }

  /** The residuals of a record, or null when the text is not base64 of testRows floats. */
  private static float @Nullable [] decode(String encoded, int testRows) {
    if (encoded.length() != 4 * ((4L * testRows + 2) / 3)) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException notBase64) {
      return null; // the JDK's way of saying the text is not base64
    }
    if (bytes.length != 4 * testRows) {
      return null;
    }
    float[] residuals = new float[testRows];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(residuals);
    return residuals;
  }

  /**
   * One line of the file: its text, its 1-based number, the offset after its line end, and
   * whether it had one.
   */
  private record Line(String text, int number, long end, boolean complete) {}

  /** The lines of a stream, each at most a given length, with their offsets. */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long offset;
    private int number;

    Lines(InputStream in) {
      this.in = in;
    }

    @Nullable Line next(int maxBytes, Path file) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      number++;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return line.size() == 0 ? null
                : new Line(line.toString(StandardCharsets.UTF_8), number, offset, false);
          }
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        int length = position - start;
        if (line.size() + length > maxBytes) {
          throw new UserFacingException(file + " line " + number + " is longer than any line of a"
              + " test-errors file can be, so the file is not one (or is damaged). Choose the "
              + TestErrorsFile.FILE_NAME + " of a results folder.");
        }
        line.write(buffer, start, length);
        offset += length;
        if (position < limit) {
          position++; // the line end
          offset++;
          return new Line(line.toString(StandardCharsets.UTF_8), number, offset, true);
        }
      }
    }
  }
}
