package org.sim2real.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small test files: text in a chosen encoding, gzip, and xlsx workbooks. */
final class Fixtures {
  private Fixtures() {}

  static Path text(Path dir, String name, String content) throws IOException {
    return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path bytes(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  static Path gzip(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  /** A workbook with one sheet per entry; cells that parse as numbers are written as numbers. */
  static Path xlsx(Path dir, String name, List<String> sheetNames, List<List<List<String>>> sheets)
      throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "sim2real-test", "1.0");
      for (int s = 0; s < sheets.size(); s++) {
        Worksheet ws = wb.newWorksheet(sheetNames.get(s));
        List<List<String>> rows = sheets.get(s);
        for (int r = 0; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            String v = row.get(c);
            if (v == null || v.isEmpty()) {
              continue;
            }
            if (v.matches("-?\\d+(\\.\\d+)?")) {
              ws.value(r, c, Double.parseDouble(v));
            } else {
              ws.value(r, c, v);
            }
          }
        }
      }
      wb.finish();
    }
    return file;
  }
}
