package org.sim2real.core.table;

/**
 * Watches a table file being read, for a screen that shows how far a large import has come and
 * lets the user stop it. {@link TableFile} asks {@link #isCancelled()} and then reports
 * {@link #progress} after every {@link #RECORDS_PER_BLOCK} records, so a cancelled read stops
 * within one block and a million-row file costs a few hundred calls. Called on the reading
 * thread; an implementation that hands the numbers to a screen must do so itself.
 */
public interface ReadMonitor {
  /** Records between two calls: small enough to stop promptly, large enough to cost nothing. */
  int RECORDS_PER_BLOCK = 4096;

  /** Watches nothing and never cancels. */
  ReadMonitor NONE = (records, bytesRead, fileBytes) -> {};

  /**
   * How far the reader has come.
   *
   * @param records records read so far (header, data and malformed rows; blank rows included)
   * @param bytesRead bytes of the file consumed so far (of the compressed file when it is gzip or
   *     a workbook; the reader buffers ahead, so this runs up to 64 KiB ahead of the records)
   * @param fileBytes the size of the file, or -1 when the bytes read do not tell how far the
   *     reader has come (an Excel workbook)
   */
  void progress(long records, long bytesRead, long fileBytes);

  /** True when reading should stop; checked before each block of records. */
  default boolean isCancelled() {
    return false;
  }
}
