package org.sim2real.core.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table file, the same way for every table the workbench reads (datasets, learning-curve
 * tables, a study's cells.csv): the format comes from the file's first bytes, not its name. CSV,
 * TSV, semicolon- or pipe-separated text (delimiter detected unless given; RFC 4180 quoting, so a
 * quoted field may hold delimiters, quotes and line breaks), UTF-8 with or without a byte-order
 * mark, UTF-16 with one, optionally gzip-compressed, or an Excel .xlsx workbook (first sheet
 * unless one is chosen). Every problem with the file itself is a {@code UserFacingException}
 * built by {@link TableMessages}, naming the file and, where there is one, the line; the limits
 * are {@link TableLimits}. What the records mean is up to the {@link RecordSink}.
 */
public final class TableFile {
  private TableFile() {}

  /**
   * Streams the records of a file into {@code sink}.
   *
   * @param delimiter the field separator of a text file, or null to detect it
   * @param sheet the sheet of a workbook (its name, or its 1-based position when no sheet has
   *     that name), or null for the first; ignored for text files
   */
  public static void read(Path file, @Nullable Character delimiter, @Nullable String sheet,
      RecordSink sink) {
    read(file, delimiter, sheet, sink, ReadMonitor.NONE);
  }

  /**
   * Streams the records of a file into {@code sink}, telling {@code monitor} how far it has come
   * after every block of records and stopping when it asks to.
   *
   * @throws ReadCancelledException when the monitor cancelled the read
   */
  public static void read(Path file, @Nullable Character delimiter, @Nullable String sheet,
      RecordSink sink, ReadMonitor monitor) {
    String name = displayName(file);
    if (monitor.isCancelled()) {
      throw new ReadCancelledException(name, 0);
    }
    TableInput input = TableInput.open(file, name);
    try (input) {
      RecordSink watched = monitor == ReadMonitor.NONE ? sink
          : new MonitoredSink(sink, monitor, input, name);
      if (input.kind == TableInput.Kind.XLSX) {
        XlsxTableReader.read(input, name, sheet, watched);
      } else {
        DelimitedTextReader.read(input, name, delimiter, watched);
      }
    } catch (IOException e) {
      throw TableMessages.cannotClose(name, e);
    }
  }

  /**
   * Streams the records of delimited text that is already characters (the same parser, quoting,
   * delimiter detection and limits as for a file; a leading byte-order mark is skipped).
   *
   * @param name the table's name in messages
   */
  public static void read(String name, Reader text, @Nullable Character delimiter,
      RecordSink sink) {
    DelimitedTextReader.read(text, name, delimiter, false, null, sink);
  }

  /** The name of a file as messages show it: its file name. */
  public static String displayName(Path file) {
    Path fileName = file.getFileName();
    return fileName == null ? file.toString() : fileName.toString();
  }

  /** Passes records on and, every block of them, asks the monitor to stop or tells it progress. */
  private static final class MonitoredSink implements RecordSink {
    private final RecordSink sink;
    private final ReadMonitor monitor;
    private final TableInput input;
    private final String name;
    private long records;

    MonitoredSink(RecordSink sink, ReadMonitor monitor, TableInput input, String name) {
      this.sink = sink;
      this.monitor = monitor;
      this.input = input;
      this.name = name;
    }

    @Override
    public void begin(String fileName, DetectedFormat format) {
      sink.begin(fileName, format);
    }

    @Override
    public int width() {
      return sink.width();
    }

    @Override
    public void accept(String[] fields, int count, int line) {
      if (records % ReadMonitor.RECORDS_PER_BLOCK == 0 && records > 0) {
        if (monitor.isCancelled()) {
          throw new ReadCancelledException(name, records);
        }
        // a workbook's bytes are unpacked before its rows are parsed: they say nothing of how far
        monitor.progress(records, input.bytesRead(),
            input.kind == TableInput.Kind.XLSX ? -1 : input.fileBytes);
      }
      sink.accept(fields, count, line);
      records++;
    }
  }
}
