package org.sim2real.core.data;

import java.nio.file.Path;
import org.sim2real.core.table.ReadMonitor;
import org.sim2real.core.table.TableFile;

/**
 * Reads a dataset file into a {@link RawTable}: the file through {@code core.table.TableFile}
 * (formats, encodings, quoting, limits and their messages are the same for every table the
 * workbench reads), its records through {@link RowCollector} (header, blank rows, ragged rows).
 *
 * <p>Every problem with the file itself (missing, empty, binary, not UTF-8, header only, an open
 * quote, absurd sizes beyond {@code core.table.TableLimits}) is a {@code UserFacingException}
 * naming the file and, where there is one, the line. Problems with single rows (ragged rows) are
 * not errors: they are listed in {@link RawTable#rejections()}.
 */
public final class TableReader {
  private TableReader() {}

  public static RawTable read(Path file, ImportOptions options) {
    return read(file, options, ReadMonitor.NONE);
  }

  /**
   * Reads a file, telling {@code monitor} how far it has come every block of rows (for example
   * a {@link ReadingProgress}) and stopping when it asks to: then nothing read is returned.
   *
   * @throws org.sim2real.core.table.ReadCancelledException when the monitor cancelled the read
   */
  public static RawTable read(Path file, ImportOptions options, ReadMonitor monitor) {
    RowCollector rows = new RowCollector(options);
    TableFile.read(file, options.delimiter(), options.sheet(), rows, monitor);
    return rows.finish();
  }
}
