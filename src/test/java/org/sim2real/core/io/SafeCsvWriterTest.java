package org.sim2real.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeCsvWriterTest {

  @Test
  void neutralizesCellsThatASpreadsheetWouldRunAsFormulas() {
    assertEquals("'=1+1", SafeCsvWriter.cell("=1+1", ','));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", SafeCsvWriter.cell("=HYPERLINK(\"http://x\")", ','));
    assertEquals("'+cmd", SafeCsvWriter.cell("+cmd", ','));
    assertEquals("'-2+3", SafeCsvWriter.cell("-2+3", ','));
    assertEquals("'@SUM(A1)", SafeCsvWriter.cell("@SUM(A1)", ','));
  }

  @Test
  void keepsNumbersIncludingNegativeOnes() {
    assertEquals("-0.5", SafeCsvWriter.cell(-0.5, ','));
    assertEquals("-1.5e-3", SafeCsvWriter.cell("-1.5e-3", ','));
    assertEquals("+2", SafeCsvWriter.cell("+2", ','));
    assertEquals("Fe2O3", SafeCsvWriter.cell("Fe2O3", ','));
  }

  @Test
  void quotesDelimitersQuotesAndNewlines() throws Exception {
    StringWriter out = new StringWriter();
    new SafeCsvWriter(out).writeRow(List.of("a,b", "say \"hi\"", "two\nlines", 3));
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",3\n", out.toString());
  }
}
