package org.sim2real.core.data;

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

  static RawTable read(TableInput input, String name, ImportOptions options) {
    try (InputStream in = input.stream; ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = chooseSheet(workbook, name, options.sheet());
      DetectedFormat format = new DetectedFormat(DetectedFormat.Container.XLSX, input.gzip, null,
          null, false, sheet.getName());
      RawTable.Builder builder = new RawTable.Builder(name, format);
      RowCollector rows = new RowCollector(builder, options.hasHeader(), ',');
      String[] fields = new String[16];
      try (Stream<Row> stream = sheet.openStream()) {
        Iterator<Row> it = stream.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          int cells = row.getCellCount();
          if (cells > ImportLimits.MAX_COLUMNS) {
            throw new UserFacingException(name + " row " + row.getRowNum() + ": more than "
                + ImportLimits.format(ImportLimits.MAX_COLUMNS) + " columns (the limit).");
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
          if (rows.headerSeen() && used < rows.fieldCapacity()) {
            // a data row whose trailing cells are empty or absent: pad to the header's width
            int width = rows.fieldCapacity();
            if (fields.length < width) {
              fields = Arrays.copyOf(fields, width);
            }
            for (int i = used; i < width; i++) {
              fields[i] = "";
            }
            used = width;
          }
          rows.accept(fields, used, row.getRowNum());
        }
      }
      return rows.finish();
    } catch (UserFacingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UserFacingException(name + ": cannot read this Excel workbook (" + e.getMessage()
          + "). Open it in Excel and save it again as .xlsx, or export the sheet as 'CSV UTF-8'.",
          e);
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
    List<String> names = sheets.stream().map(s -> "'" + s.getName() + "'").toList();
    throw new UserFacingException(name + ": the workbook has no sheet '" + wanted + "'; its sheets"
        + " are " + String.join(", ", names) + " (or give a position 1 to " + sheets.size()
        + ").");
  }
}
