package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.DataFileProblem;
import org.sim2real.core.project.OpenedProject;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.scaling.curve.LearningCurveReader;
import org.sim2real.core.scaling.curve.TestErrorsFile;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.LedgerMerger;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.RunLedger;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.StudyRunner;
import org.sim2real.fuzz.FuzzOracles;

/**
 * The corpus of hostile and malformed designs, projects, ledgers, test-errors files, splits files
 * and learning-curve tables under src/test/resources/corpus/hostile: each gives exactly the message in
 * manifest.tsv through the core API, and the command line that reads it exits with code 2 and
 * that message as its only line on stderr: no stack trace, no other exception.
 */
class HostileInputCorpusTest {
  private static final Path CORPUS = resource("/corpus/hostile/manifest.tsv").getParent();

  @TempDir static Path work;

  record Case(int line, String kind, String fixture, String outcome, String message, String cli) {
    @Override
    public String toString() {
      return kind + " " + fixture;
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(HostileInputCorpusTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> manifest() throws IOException {
    List<Case> cases = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertEquals(5, f.length, "manifest line " + (i + 1) + ": " + line);
      cases.add(new Case(i + 1, f[0], f[1], f[2], f[3], f[4]));
    }
    return cases;
  }

  /** Copies the corpus to a writable folder and writes the generated fixtures there. */
  @BeforeAll
  static void layOutTheCorpus() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        Path target = work.resolve(CORPUS.relativize(source).toString());
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    GeneratedFixtures.writeAll(work);
  }

  private static Path fixture(Case c) {
    return work.resolve(c.fixture().replaceFirst("^generated:", ""));
  }

  private static Path outputFolder(Case c) {
    return work.resolve("out").resolve("line-" + c.line());
  }

  private static String expand(String text, Case c) {
    Path file = fixture(c);
    return text.replace("{file}", file.toString())
        .replace("{dir}", file.getParent().toString())
        .replace("{out}", outputFolder(c).toString())
        .replace("{data}", work.resolve("data").toString());
  }

  static List<Case> cases() throws IOException {
    return manifest();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void coreGivesExactlyTheListedMessage(Case c) throws IOException {
    String expected = expand(c.message(), c);
    switch (c.outcome()) {
      case "error" -> {
        UserFacingException e = expectUserFacing(c);
        FuzzOracles.assertOneLine(e);
        assertEquals(expected, e.getMessage());
      }
      case "problem" -> {
        OpenedProject opened = new ProjectStore().open(fixture(c));
        assertEquals(List.of(expected),
            opened.dataFileProblems().stream().map(DataFileProblem::message).toList());
      }
      case "ok" -> load(c);
      default -> fail("unknown outcome " + c.outcome() + " on manifest line " + c.line());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void commandLineExitsWithCodeTwoAndOneLineOnStderr(Case c) throws IOException {
    if (c.cli().equals("-") || !c.outcome().equals("error")) {
      return;
    }
    if (c.kind().startsWith("results-")) {
      placeInResultsFolder(c);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = expand(c.cli(), c).split(" ");
    int code = WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(ExitCodes.USER_ERROR, code, () -> "stderr: " + err + "\nstdout: " + out);
    assertEquals("error: " + expand(c.message(), c) + System.lineSeparator(), err.toString());
    assertFalse(out.toString().contains("\tat "), "a stack trace on stdout");
  }

  /** The table-import corpus (../import) through the command line: 'inspect FILE [flags]'. */
  static List<String[]> importCorpus() throws IOException {
    List<String[]> cases = new ArrayList<>();
    for (String line : Files.readAllLines(resource("/corpus/import/manifest.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        cases.add(line.split("\t", -1));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "inspect {0}")
  @MethodSource("importCorpus")
  void everyImportCorpusFileThroughInspectGivesItsMessageOrSucceeds(String fixture, String options,
      String outcome, String message) throws IOException {
    Path file = importFixture(fixture);
    List<String> args = new ArrayList<>(List.of("inspect", file.toString()));
    if (!options.equals("-")) {
      for (String option : options.split(",")) {
        String[] kv = option.split("=", 2);
        switch (kv[0]) {
          case "decimal-comma", "no-header" -> args.add("--" + kv[0]);
          case "delimiter" -> args.addAll(List.of("--delimiter", kv[1]));
          case "duplicates" -> args.addAll(List.of("--duplicates", kv[1]));
          case "tolerance" -> args.addAll(List.of("--conflict-tolerance", kv[1]));
          case "target" -> args.addAll(List.of("--target-column", kv[1]));
          case "formula" -> args.addAll(List.of("--formula-column", kv[1]));
          default -> fail("unknown option " + option);
        }
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
    if (outcome.startsWith("error")) {
      assertEquals(ExitCodes.USER_ERROR, code, () -> "stderr: " + err + "\nstdout: " + out);
      String line = err.toString();
      assertTrue(line.endsWith(System.lineSeparator()) && line.lines().count() == 1, line);
      String printed = line.strip();
      if (outcome.equals("error")) {
        assertEquals("error: " + message, printed);
      } else {
        assertTrue(printed.startsWith("error: " + message), printed);
      }
    } else {
      assertEquals(ExitCodes.OK, code, () -> "stderr: " + err);
      assertEquals("", err.toString());
    }
  }

  /** A committed import fixture, or one of the generated ones of ImportCorpusTest. */
  private static Path importFixture(String name) throws IOException {
    Path corpus = resource("/corpus/import/manifest.tsv").getParent();
    if (!name.startsWith("generated:")) {
      return corpus.resolve(name);
    }
    String file = name.substring("generated:".length());
    Path path = work.resolve("import").resolve(file);
    if (Files.exists(path)) {
      return path;
    }
    Files.createDirectories(path.getParent());
    String header = "formula,band_gap_eV\n";
    String content = switch (file) {
      case "huge-field.csv" -> header + "Fe2O3,2.1\n" + "x".repeat(200_000) + ",1\n";
      case "open-quote-long.csv" -> header + "NaCl,1\n\"Fe2O3,2.1\n" + "NaCl,8.5\n".repeat(20_000);
      case "huge-line.csv" -> header + String.join(",",
          java.util.Collections.nCopies(200, "y".repeat(9_000))) + "\n";
      case "many-columns.csv" -> {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 12_000; c++) {
          sb.append(c == 0 ? "" : ",").append("c").append(c);
        }
        yield sb + "\n" + "1,".repeat(11_999) + "1\n";
      }
      default -> throw new IllegalArgumentException("no generator for " + file);
    };
    Files.writeString(path, content);
    return path;
  }

  @Test
  void theCorpusHoldsEveryFixtureAndWithTheImportCorpusAtLeastSixtyEntries() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (Case c : manifest()) {
      listed.add(c.fixture().replaceFirst("^generated:", ""));
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(CORPUS)) {
      s.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString())
          .filter(n -> !n.equals("manifest.tsv") && !n.startsWith("data/")).forEach(files::add);
    }
    files.removeAll(listed);
    assertEquals(Set.of(), files, "fixtures without an expected message");
    long importEntries;
    try (Stream<String> lines = Files.lines(resource("/corpus/import/manifest.tsv"))) {
      importEntries = lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
    }
    assertTrue(manifest().size() + importEntries >= 60, manifest().size() + importEntries + " entries");
  }

  private static UserFacingException expectUserFacing(Case c) {
    try {
      load(c);
    } catch (UserFacingException e) {
      return e;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(c + " let escape: " + e, e);
    }
    return fail(c + " loaded without an error");
  }

  /** Reads the fixture the way the application does for its kind. */
  private static void load(Case c) {
    Path file = fixture(c);
    switch (c.kind()) {
      case "design" -> StudyPlanner.plan(DesignJson.read(file), file.getParent(), 1, s -> {});
      case "project" -> new ProjectStore().open(file);
      case "ledger" -> LedgerMerger.merge(List.of(file), outputFolder(c).resolve("core"));
      case "results-ledger", "results-test-errors" -> {
        placeInResultsFolder(c);
        StudyRunner.run(basePlan(null), outputFolder(c), 1, ShardSpec.ALL, new RunControl(),
            ProgressListener.NONE);
      }
      case "splits" -> basePlan(file.toString());
      case "curve" -> LearningCurveReader.read(file, null);
      default -> fail("unknown kind " + c.kind() + " on manifest line " + c.line());
    }
  }

  private static StudyPlan basePlan(String splitsFile) {
    Path data = work.resolve("data");
    StudyDesign design = DesignJson.read(data.resolve("design.json"));
    if (splitsFile != null) {
      design = design.withSplitsFile(splitsFile);
    }
    return StudyPlanner.plan(design, data, 1, s -> {});
  }

  /** Puts the fixture into the results folder as the ledger or the test-errors file. */
  private static void placeInResultsFolder(Case c) {
    try {
      Path out = outputFolder(c);
      Files.createDirectories(out);
      String name = c.kind().equals("results-ledger") ? RunLedger.FILE_NAME : TestErrorsFile.FILE_NAME;
      Files.copy(fixture(c), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
