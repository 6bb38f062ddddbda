package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sim2real.core.io.UserFacingException;

/**
 * The corpus of deliberately broken files under src/test/resources/corpus/import: each must give
 * exactly the message listed in manifest.tsv, and no file, under any options, may let anything
 * but a {@link UserFacingException} escape.
 */
class ImportCorpusTest {
  private static final Path CORPUS = corpus();

  @TempDir static Path generated;

  private static Path corpus() {
    try {
      return Path.of(ImportCorpusTest.class.getResource("/corpus/import/manifest.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Case(String fixture, String options, String outcome, String message) {
    @Override
    public String toString() {
      return fixture + " [" + options + "] " + outcome;
    }
  }

  static List<Case> manifest() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertEquals(4, f.length, "manifest line: " + line);
      cases.add(new Case(f[0], f[1], f[2], f[3]));
    }
    return cases;
  }

  static Stream<Arguments> cases() throws IOException {
    return manifest().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBrokenFileGivesItsExactMessage(Case c) throws IOException {
    Path file = fixture(c.fixture());
    switch (c.outcome()) {
      case "error", "error~" -> {
        String message = importExpectingError(file, c.options());
        if (c.outcome().equals("error")) {
          assertEquals(c.message(), message);
        } else {
          assertTrue(message.startsWith(c.message()), message);
        }
      }
      case "rejection" -> {
        ValidationReport report = importFile(file, c.options()).report();
        assertEquals(List.of(c.message()),
            report.rejections().stream().map(Rejection::message).toList());
        assertEquals(report.rowsRead() - 1, report.usableRows());
      }
      case "warning" -> {
        ValidationReport report = importFile(file, c.options()).report();
        List<String> warnings = report.warnings().stream().map(ImportWarning::message).toList();
        assertTrue(warnings.contains(c.message()), warnings.toString());
      }
      default -> fail("unknown outcome in manifest: " + c.outcome());
    }
  }

  @Test
  void theCorpusHasAtLeastTwentyFixturesAndEachIsInTheManifest() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (Case c : manifest()) {
      listed.add(c.fixture());
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(CORPUS)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.tsv"))
          .forEach(files::add);
    }
    Set<String> missing = new TreeSet<>(files);
    missing.removeAll(listed);
    assertEquals(Set.of(), missing, "fixtures without an expected message");
    assertTrue(listed.size() >= 20, "only " + listed.size() + " fixtures");
  }

  static Stream<Arguments> everyFixtureUnderEveryOptionSet() throws IOException {
    List<String> optionSets = List.of("-", "decimal-comma", "no-header", "delimiter=semicolon",
        "delimiter=tab", "duplicates=keep-first", "duplicates=mean", "duplicates=reject");
    List<Arguments> out = new ArrayList<>();
    Set<String> fixtures = new TreeSet<>();
    manifest().forEach(c -> fixtures.add(c.fixture()));
    for (String f : fixtures) {
      for (String o : optionSets) {
        out.add(Arguments.of(f, o));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("everyFixtureUnderEveryOptionSet")
  void noFixtureLetsAnythingButAUserFacingExceptionEscape(String fixture, String options)
      throws IOException {
    assertOnlyUserFacingErrors(fixture(fixture), options);
  }

  @Test
  void randomlyDamagedFilesNeverLetAnythingButAUserFacingExceptionEscape() throws IOException {
    byte[] good = ("formula,band_gap_eV,note\nFe2O3,2.1,\"red, \"\"hematite\"\"\"\nNaCl,8.5,\n"
        + "KCl,8.4,x\nCuSO4·5H2O,3.1,hydrate\nBa0.5Sr0.5TiO3,3.2,\"a\nb\"\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] alphabet = ",;\t\"\n\r()[]*·.0123456789eE+-NaCl \u0000\u00ff".getBytes(
        StandardCharsets.ISO_8859_1);
    Random random = new Random(20261125L);
    for (int i = 0; i < 300; i++) {
      byte[] bad = good.clone();
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        bad[random.nextInt(bad.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      if (random.nextInt(4) == 0) {
        bad = Arrays.copyOf(bad, random.nextInt(bad.length));
      }
      Path file = Fixtures.bytes(generated, "mutant-" + i + ".csv", bad);
      assertOnlyUserFacingErrors(file, i % 2 == 0 ? "-" : "duplicates=reject");
    }
  }

  private static void assertOnlyUserFacingErrors(Path file, String options) {
    try {
      ImportResult r = importFile(file, options);
      ValidationReport report = r.report();
      assertEquals(report.rowsRead(), report.usableRows() + report.rejectedRows());
      for (Rejection rej : report.rejections()) {
        assertFalse(rej.message().contains("\n"), rej.message());
      }
    } catch (UserFacingException e) {
      String m = e.getMessage();
      assertFalse(m.contains("\n"), m);
      assertTrue(m.length() < 1000, () -> "message of " + m.length() + " characters: "
          + m.substring(0, 200));
    } catch (Throwable t) {
      throw new AssertionError(file.getFileName() + " [" + options + "] let escape: " + t, t);
    }
  }

  private static String importExpectingError(Path file, String options) {
    try {
      ImportResult r = importFile(file, options);
      fail("expected an error, got " + r.report().summary());
      return "";
    } catch (UserFacingException e) {
      return e.getMessage();
    }
  }

  private static ImportResult importFile(Path file, String spec) {
    ImportOptions options = ImportOptions.defaults();
    List<String> formula = new ArrayList<>();
    String target = null;
    if (!spec.equals("-")) {
      for (String part : spec.split(",")) {
        String[] kv = part.split("=", 2);
        String value = kv.length > 1 ? kv[1] : "";
        options = switch (kv[0]) {
          case "decimal-comma" -> options.withDecimalComma(true);
          case "no-header" -> options.withHasHeader(false);
          case "delimiter" -> options.withDelimiter(switch (value) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            default -> value.charAt(0);
          });
          case "duplicates" -> options.withDuplicates(DuplicatePolicy.fromLabel(value));
          case "tolerance" -> options.withConflictTolerance(Double.parseDouble(value));
          case "target" -> {
            target = value;
            yield options;
          }
          case "formula" -> {
            formula.add(value);
            yield options;
          }
          default -> throw new IllegalArgumentException("unknown option in manifest: " + part);
        };
      }
    }
    RoleOverrides overrides = new RoleOverrides(formula, List.of(), List.of(), target, null, null);
    return DatasetImporter.importFile(file, options, overrides);
  }

  /** A committed fixture, or one written here because it is too big to commit. */
  private static Path fixture(String name) throws IOException {
    if (!name.startsWith("generated:")) {
      return CORPUS.resolve(name);
    }
    String file = name.substring("generated:".length());
    Path path = generated.resolve(file);
    if (Files.exists(path)) {
      return path;
    }
    String header = "formula,band_gap_eV\n";
    String content = switch (file) {
      case "huge-field.csv" -> header + "Fe2O3,2.1\n" + "x".repeat(200_000) + ",1\n";
      case "open-quote-long.csv" -> header + "NaCl,1\n\"Fe2O3,2.1\n" + "NaCl,8.5\n".repeat(20_000);
      case "huge-line.csv" -> header + String.join(",", Collections.nCopies(200,
          "y".repeat(9_000))) + "\n";
      case "many-columns.csv" -> {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 12_000; c++) {
          sb.append(c == 0 ? "" : ",").append("c").append(c);
        }
        yield sb + "\n" + "1,".repeat(11_999) + "1\n";
      }
      default -> throw new IllegalArgumentException("no generator for " + file);
    };
    return Fixtures.text(generated, file, content);
  }
}
