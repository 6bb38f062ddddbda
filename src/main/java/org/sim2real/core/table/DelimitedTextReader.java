package org.sim2real.core.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads CSV, TSV and other delimited text with Jackson's CSV parser (RFC 4180 quoting: quoted
 * fields may hold delimiters, doubled quotes and line breaks; CRLF or LF line ends). Each record
 * is tagged with the physical line it starts on, taken from the parser's location of its first
 * field, so a quoted line break does not shift the line numbers of later rows.
 */
final class DelimitedTextReader {
  private static final int SAMPLE_CHARS = 1 << 16;

  /** Immutable after construction; the field-length limit guards memory against open quotes. */
  private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(TableLimits.MAX_FIELD_CHARS)
          .build())
      .build());

  private DelimitedTextReader() {}

  /** Reads a text file opened by {@link TableInput}. */
  static void read(TableInput input, String name, @Nullable Character delimiter,
      RecordSink sink) {
    String encoding = input.encoding == null ? "UTF-8" : input.encoding;
    read(openReader(input, name, encoding), name, delimiter, input.gzip, encoding, sink);
  }

  /**
   * Reads text that is already characters.
   *
   * @param encoding how the text was encoded, for {@link DetectedFormat}; null when unknown
   */
  static void read(Reader text, String name, @Nullable Character delimiter, boolean gzip,
      @Nullable String encoding, RecordSink sink) {
    BufferedReader reader = new BufferedReader(text, 1 << 16);
    String sample = sample(reader, name);
    if (sample.startsWith("\uFEFF")) {
      // a byte-order mark decoded as a character (text given as characters, or a second mark)
      skipOne(reader, name);
      sample = sample.substring(1);
    }
    boolean detected = delimiter == null;
    char separator;
    if (delimiter == null) {
      Character guess = DelimiterDetector.detect(sample, sample.length() < SAMPLE_CHARS);
      separator = guess == null ? ',' : guess;
    } else {
      separator = delimiter;
    }
    sink.begin(name, new DetectedFormat(DetectedFormat.Container.DELIMITED_TEXT, gzip, encoding,
        separator, detected, null));
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
    try (JsonParser parser = MAPPER.reader().with(schema).createParser(reader)) {
      parse(parser, sink, name);
    } catch (UserFacingException e) {
      throw e;
    } catch (JacksonException e) {
      throw TableMessages.notATable(name, lineOf(e.getLocation()), e.getOriginalMessage(), e);
    }
  }

  private static void parse(JsonParser parser, RecordSink sink, String name) {
    String[] fields = new String[16];
    JsonToken token = parser.nextToken(); // the array that wraps all records
    while (token != null) {
      token = next(parser, name);
      if (token != JsonToken.START_ARRAY) {
        break; // end of input
      }
      int count = 0;
      int line = -1;
      long start = 0;
      int width = sink.width();
      int capacity = width == 0 ? TableLimits.MAX_COLUMNS : width;
      while (true) {
        token = next(parser, name);
        if (token != JsonToken.VALUE_STRING) {
          break;
        }
        if (count == 0) {
          TokenStreamLocation loc = parser.currentTokenLocation();
          line = loc.getLineNr();
          start = loc.getCharOffset();
        } else if ((count & 63) == 0) {
          checkRecordLength(parser, start, line, name);
        }
        if (count >= TableLimits.MAX_COLUMNS) {
          throw TableMessages.tooManyFields(name, line);
        }
        if (count < capacity) {
          if (count == fields.length) {
            fields = Arrays.copyOf(fields, Math.min(capacity, fields.length * 2));
          }
          fields[count] = parser.getString();
        }
        count++;
      }
      if (count > 0) {
        checkRecordLength(parser, start, line, name);
        sink.accept(fields, count, line);
      }
    }
  }

  /**
   * The next token; parse errors name the line where the offending value starts (for an open
   * quote that is where the quote is, not the end of the file where the parser noticed).
   */
  private static @Nullable JsonToken next(JsonParser parser, String name) {
    try {
      return parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw TableMessages.fieldTooLong(name, tokenLine(parser), e);
    } catch (StreamReadException e) {
      String original = String.valueOf(e.getOriginalMessage());
      if (original.contains("closing quote")) {
        throw TableMessages.quoteNeverClosed(name, tokenLine(parser), e);
      }
      throw TableMessages.notATable(name, " line " + tokenLine(parser), original, e);
    }
  }

  private static int tokenLine(JsonParser parser) {
    int line = parser.currentTokenLocation().getLineNr();
    return line > 0 ? line : parser.currentLocation().getLineNr();
  }

  private static void checkRecordLength(JsonParser parser, long start, int line, String name) {
    long length = parser.currentLocation().getCharOffset() - start;
    if (length > TableLimits.MAX_RECORD_CHARS) {
      throw TableMessages.recordTooLong(name, line);
    }
  }

  private static Reader openReader(TableInput input, String name, String encoding) {
    if (encoding.startsWith("UTF-16")) {
      Charset cs = encoding.startsWith("UTF-16LE")
          ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      return new InputStreamReader(input.stream, cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
    return new StrictUtf8Reader(input.stream, name);
  }

  /** The first characters, for delimiter detection; the reader is rewound afterwards. */
  private static String sample(BufferedReader reader, String name) {
    try {
      reader.mark(SAMPLE_CHARS);
      char[] buf = new char[SAMPLE_CHARS];
      int n = 0;
      while (n < buf.length) {
        int r = reader.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      reader.reset();
      return new String(buf, 0, n);
    } catch (CharacterCodingException e) {
      throw TableMessages.notValidInEncoding(name, e);
    } catch (IOException e) {
      throw TableMessages.cannotRead(name, e);
    }
  }

  private static void skipOne(BufferedReader reader, String name) {
    try {
      reader.skip(1);
    } catch (IOException e) {
      throw TableMessages.cannotRead(name, e);
    }
  }

  private static String lineOf(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " line " + location.getLineNr();
  }
}
