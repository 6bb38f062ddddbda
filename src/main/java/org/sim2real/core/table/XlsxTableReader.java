package org.sim2real.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * Reads one sheet of an Excel .xlsx workbook with fastexcel-reader (streaming, so large sheets
 * do not load a DOM). Cells are taken as the text Excel stored: numbers as written in the file
 * ("1.25"), formulas by their cached result. The "line" of a row is its Excel row number.
 * Missing trailing cells count as empty; a value beyond the header's last column makes the row
 * ragged, as in text files.
 */
final class XlsxTableReader {
  private XlsxTableReader() {}

  static void read(TableInput input, String name, @Nullable String sheetName, RecordSink sink) {
    try (InputStream in = input.stream; ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = chooseSheet(workbook, name, sheetName);
      sink.begin(name, new DetectedFormat(DetectedFormat.Container.XLSX, input.gzip, null, null,
          false, sheet.getName()));
      String[] fields = new String[16];
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> it = stream.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          int cells = row.getCellCount();
          if (cells > TableLimits.MAX_COLUMNS) {
            throw TableMessages.tooManyCells(name, row.getRowNum());
          }
          if (fields.length < cells) {
            fields = new String[Math.max(cells, fields.length * 2)];
          }
          int used = 0;
          for (int i = 0; i < cells; i++) {
            Cell cell = row.getCell(i);
            String text = cell == null ? "" : text(cell);
            fields[i] = text;
            if (!text.isBlank()) {
              used = i + 1;
            }
          }
          int width = sink.width();
          if (width > 0 && used < width) {
            // a data row whose trailing cells are empty or absent: pad to the header's width
            if (fields.length < width) {
              fields = Arrays.copyOf(fields, width);
            }
            for (int i = used; i < width; i++) {
              fields[i] = "";
            }
            used = width;
          }
          sink.accept(fields, used, row.getRowNum());
        }
      }
    } catch (UserFacingException | ReadCancelledException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw TableMessages.workbookUnreadable(name, e);
    }
  }

  private static String text(Cell cell) {
    String raw = cell.getRawValue();
    return raw == null ? "" : raw;
  }

  private static Sheet chooseSheet(ReadableWorkbook workbook, String name,
      @Nullable String wanted) {
    if (wanted == null) {
      return workbook.getFirstSheet();
    }
    Optional<Sheet> byName = workbook.findSheet(wanted);
    if (byName.isPresent()) {
      return byName.get();
    }
    List<Sheet> sheets = workbook.getSheets().toList();
    if (wanted.strip().matches("\\d{1,6}")) {
      int position = Integer.parseInt(wanted.strip());
      if (position >= 1 && position <= sheets.size()) {
        return sheets.get(position - 1);
      }
    }
    throw TableMessages.noSuchSheet(name, wanted, sheets.stream().map(Sheet::getName).toList());
  }
}
