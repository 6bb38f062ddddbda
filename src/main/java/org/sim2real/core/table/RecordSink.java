package org.sim2real.core.table;

/**
 * Receives the records of a table file while {@link TableFile} streams through it, so that a
 * table of millions of rows is never held twice. What a record means (header, data row, a blank
 * row, a row with too few fields) is the receiver's business: a dataset import rejects ragged rows
 * and counts blank ones, a learning-curve table names the missing column.
 */
public interface RecordSink {
  /**
   * Called once, before the first record, when the format is known.
   *
   * @param fileName the file's name as messages show it
   */
  void begin(String fileName, DetectedFormat format);

  /**
   * The number of fields a data row has (the header's), or 0 while no record has been accepted.
   * The reader keeps at most that many fields of a record (up to {@link TableLimits#MAX_COLUMNS}
   * while it is 0) and reports how many there were; an Excel row whose trailing cells are empty
   * or absent is padded to this width.
   */
  int width();

  /**
   * One record.
   *
   * @param fields its values in {@code fields[0 .. min(count, capacity))}; the array is reused
   *     for the next record
   * @param count how many fields the record had
   * @param line the physical line (text) or row number (Excel) where the record starts, 1-based
   */
  void accept(String[] fields, int count, int line);
}
