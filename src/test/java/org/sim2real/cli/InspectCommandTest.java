package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InspectCommandTest extends CommandLineTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private Path exp() throws Exception {
    return file("exp.csv", "formula,band_gap_eV\nFe2O3,2.2\nXx,1\nNaCl,8.5\nGaAs,0\nKCl\n");
  }

  @Test
  void printsFormatRolesCountsRejectionsAndTargetStatistics() throws Exception {
    assertEquals(0, run("inspect", exp().toString()));
    String text = out.toString();
    assertTrue(text.contains("Format:  delimited text, comma (detected), UTF-8\n"), text);
    assertTrue(text.contains("Roles:   formula 'formula' -> target 'band_gap_eV'\n"), text);
    assertTrue(text.contains("Rows:    5 rows read, 3 usable, 2 rejected (1 ragged row,"
        + " 1 unparseable formula)\n"), text);
    assertTrue(text.contains("  line 3, column 'formula', value 'Xx': unparseable formula:"
        + " unknown element 'Xx' in 'Xx'\n"), text);
    assertTrue(text.contains("  line 6, value 'KCl': ragged row: 1 field, expected 2\n"), text);
    assertTrue(text.contains("Target 'band_gap_eV': count 3, mean 3.567,"), text);
    assertTrue(text.contains("zeros 33.3%"), text);
    assertEquals("", err.toString());
  }

  @Test
  void jsonHasTheSameContentInAStableShape() throws Exception {
    Path sim = file("sim.csv", "formula,gap\nFe4O6,1.0\nFe2O3,1.4\nSi,0.5\n");
    assertEquals(0, run("inspect", "--json", exp().toString(), "--against", sim.toString()));
    JsonNode json = JsonMapper.builder().build().readTree(out.toString());
    assertEquals(List.of("file", "format", "columns", "roles", "rows", "firstRejections",
        "warnings", "target", "overlap"), List.copyOf(json.propertyNames()));
    assertEquals(",", json.get("format").get("delimiter").asString());
    assertEquals("DELIMITED_TEXT", json.get("format").get("container").asString());
    assertEquals("formula", json.get("roles").get("representations").get(0).get("column")
        .asString());
    assertEquals("FORMULA", json.get("roles").get("representations").get(0).get("kind")
        .asString());
    assertEquals(5, json.get("rows").get("read").asInt());
    assertEquals(3, json.get("rows").get("usable").asInt());
    assertEquals(1, json.get("rows").get("rejectedByReason").get("ragged row").asInt());
    JsonNode first = json.get("firstRejections").get(0);
    assertEquals(3, first.get("line").asInt());
    assertEquals("unparseable formula", first.get("reason").asString());
    assertEquals("exp.csv line 3, column 'formula': unparseable formula: unknown element 'Xx'"
        + " in 'Xx'", first.get("message").asString());
    assertEquals(3, json.get("target").get("statistics").get("count").asInt());
    JsonNode overlap = json.get("overlap");
    assertEquals(1, overlap.get("sharedKeys").asInt());
    assertEquals(1, overlap.get("rowsCovered").asInt());
    assertEquals(2, overlap.get("otherRowsCovered").asInt());
    assertEquals(1.0, overlap.get("rawMae").asDouble(), 1e-12); // mean(1.0, 1.4) vs 2.2
  }

  @Test
  void roleOverridesAndFormatOptionsReachTheImport() throws Exception {
    Path f = file("d.txt", "a;b;c;y\n1,5;2;x;3\n2,5;3;y;4\n");
    assertEquals(0, run("inspect", "--json", "--delimiter", "semicolon", "--decimal-comma",
        "--descriptor-columns", "a,b", "--target-column", "y", "--id-column", "c",
        "--duplicates", "mean", f.toString()));
    JsonNode json = JsonMapper.builder().build().readTree(out.toString());
    assertEquals("DESCRIPTORS", json.get("roles").get("representations").get(1).get("kind")
        .asString());
    assertEquals("c", json.get("roles").get("id").asString());
    assertEquals(2, json.get("rows").get("usable").asInt());
    assertEquals(3.5, json.get("target").get("statistics").get("mean").asDouble(), 1e-12);
  }

  @Test
  void aMissingFileIsOneLineAndExitCodeTwo() {
    assertEquals(2, run("inspect", dir.resolve("nope.csv").toString()));
    String message = err.toString().strip();
    assertFalse(message.contains("\n"), message);
    assertTrue(message.startsWith("error: nope.csv: file not found ("), message);
  }

  @Test
  void anUnknownColumnIsAUserError() throws Exception {
    assertEquals(2, run("inspect", exp().toString(), "--target-column", "gap"));
    assertEquals("error: exp.csv: there is no column 'gap'; the columns are 'formula',"
        + " 'band_gap_eV'", err.toString().strip());
  }

  @Test
  void badOptionValuesAreUserErrors() throws Exception {
    assertEquals(2, run("inspect", exp().toString(), "--duplicates", "drop"));
    assertEquals("error: unknown duplicate policy 'drop'; use one of keep-all, keep-first, mean,"
        + " reject", err.toString().strip());
    StringWriter e2 = new StringWriter();
    int code = WorkbenchCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(e2),
        "inspect", exp().toString(), "--delimiter", "colon");
    assertEquals(2, code);
    assertEquals("error: unknown delimiter 'colon'; give one character or comma, semicolon, tab,"
        + " pipe", e2.toString().strip());
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    assertEquals(0, run("inspect", "--help"));
    for (String option : List.of("--json", "--delimiter", "--decimal-comma", "--sheet",
        "--duplicates", "--formula-column", "--smiles-column", "--descriptor-columns",
        "--target-column", "--id-column", "--group-column", "--against")) {
      assertTrue(out.toString().contains(option), option);
    }
  }
}
