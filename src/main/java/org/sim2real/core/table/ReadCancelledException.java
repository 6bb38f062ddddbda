package org.sim2real.core.table;

import java.util.concurrent.CancellationException;

/**
 * Reading a table stopped because its {@link ReadMonitor} asked for it. Not a problem with the
 * file: nothing read so far is kept, and the caller says in its own words that the import was
 * cancelled.
 */
public final class ReadCancelledException extends CancellationException {
  private final String fileName;
  private final long records;

  ReadCancelledException(String fileName, long records) {
    super("Reading " + fileName + " was cancelled after " + records + " records");
    this.fileName = fileName;
    this.records = records;
  }

  /** The file's name as messages show it. */
  public String fileName() {
    return fileName;
  }

  /** Records read before reading stopped. */
  public long records() {
    return records;
  }
}
