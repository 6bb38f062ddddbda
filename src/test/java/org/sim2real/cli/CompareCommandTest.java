package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code compare} on two tiny real studies that differ only in the simulation file: "clean"
 * computes the experimental property with a small error, "noisy" is a biased copy with large
 * noise, so transfer from it helps less; a third study with another seed must be refused.
 */
class CompareCommandTest extends CommandLineTest {
  @TempDir static Path dir;
  private static Path clean;
  private static Path noisy;
  private static Path otherSeed;

  @BeforeAll
  static void runStudies() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder simClean = new StringBuilder("formula,gap_eV\n");
    StringBuilder simNoisy = new StringBuilder("formula,gap_eV\n");
    StringBuilder exp = new StringBuilder("formula,gap_eV\n");
    String[] metals = {"Fe", "Ni", "Co", "Zn", "Ti", "Cu", "Mn"};
    for (int i = 0; i < 700; i++) {
      String m = metals[random.nextInt(metals.length)];
      int x = 1 + random.nextInt(5);
      int y = 1 + random.nextInt(3);
      String formula = m + y + "O" + x;
      double value = 1 + 0.3 * x - 0.2 * y + m.length() * 0.1 + (m.charAt(0) - 'A') * 0.02;
      simClean.append(String.format(Locale.ROOT, "%s,%.4f%n", formula,
          value + 0.02 * random.nextGaussian()));
      simNoisy.append(String.format(Locale.ROOT, "%s,%.4f%n", formula,
          0.5 * value + 0.8 + 0.6 * random.nextGaussian()));
      if (i < 120) {
        exp.append(String.format(Locale.ROOT, "%s,%.4f%n", formula,
            value + 0.05 * random.nextGaussian()));
      }
    }
    Files.writeString(dir.resolve("sim_clean.csv"), simClean);
    Files.writeString(dir.resolve("sim_noisy.csv"), simNoisy);
    Files.writeString(dir.resolve("exp.csv"), exp);
    clean = runStudy("clean", "sim_clean.csv", "0");
    noisy = runStudy("noisy", "sim_noisy.csv", "0");
    otherSeed = runStudy("other-seed", "sim_noisy.csv", "1");
  }

  private static Path runStudy(String name, String sim, String seed) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path design = dir.resolve(name + ".json");
    assertEquals(0, WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err,
        true), "run", "--sim", dir.resolve(sim).toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "25,50,100,200,400,600", "--reps", "3",
        "--strategies", "finetune", "--seed", seed, "--save-design", design.toString()),
        err.toString());
    String fast = Files.readString(design)
        .replace("\"epochs\" : 100", "\"epochs\" : 20").replace("\"minSteps\" : 500",
            "\"minSteps\" : 100").replace("\"maxSteps\" : 10000", "\"maxSteps\" : 300");
    Files.writeString(design, fast);
    Path results = dir.resolve(name);
    assertEquals(0, WorkbenchCommand.execute(new PrintWriter(out, true), new PrintWriter(err,
        true), "run", design.toString(), "--out", results.toString(), "--threads", "2"),
        err.toString() + out);
    return results;
  }

  @Override
  protected void assertOneLineUserError(int code, String expected) {
    super.assertOneLineUserError(code, expected);
    err.getBuffer().setLength(0); // the test's next command starts with an empty error stream
  }

  @Test
  void comparesTheSourcesWithATableAndPairedVerdicts() {
    assertEquals(0, run("compare", "--source", "clean=" + clean, "--source", "noisy=" + noisy,
        "--cost", "clean=0.2,noisy=0.05", "--budget", "120", "--target", "0.1", "--bootstrap",
        "300"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("Errors: test MAE in eV."), text);
    assertTrue(text.contains("== finetune, m = 96 =="), text);
    assertTrue(text.contains("| error at n = 600 ") && text.contains("| n* for 0.100 eV")
        && text.contains("| error with 120"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("  clean  | ")), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("  noisy  | ")), text);
    // the budget buys 600 rows of clean and 2,400 of noisy
    assertTrue(text.contains("| 600 ") && text.contains("| 2,400 "), text);
    // at the largest measured n the clean source is better in every draw of the 90% interval
    String atN = text.substring(text.indexOf("At n = 600:"));
    assertTrue(atN.contains("  clean is better than noisy: P(clean better) = "), text);
    assertTrue(text.contains("Ranking: With a budget of 120, lowest error first: clean ("), text);
  }

  @Test
  void jsonHasEverySourceAndTheVerdicts() {
    assertEquals(0, run("compare", "--source", "clean=" + clean, "--source", "noisy=" + noisy,
        "--bootstrap", "200", "--json"), err.toString());
    JsonNode root = JsonMapper.builder().build().readTree(out.toString());
    assertEquals("eV", root.get("unit").asString());
    JsonNode result = root.get("comparisons").get(0).get("result");
    assertEquals(600, result.get("commonN").asDouble());
    assertEquals("clean", result.get("sources").get(0).get("name").asString());
    assertEquals("A_BETTER", result.get("atN").get(0).get("verdict").asString());
  }

  @Test
  void refusesFoldersThatAreMissingMismatchedOrWronglyNamed() {
    assertOneLineUserError(run("compare", "--source", "clean=" + clean, "--source",
        "other=" + otherSeed), "seed 0 and 1");
    assertOneLineUserError(run("compare", "--source", "clean=" + clean, "--source",
        "gone=" + dir.resolve("missing")), "results folder " + dir.resolve("missing")
        + " of source gone does not exist");
    assertOneLineUserError(run("compare", "--source", "clean=" + clean, "--source",
        "noisy=" + noisy, "--cost", "clean=0.2,oqmd=0.1"), "--cost names source 'oqmd'");
    assertOneLineUserError(run("compare", "--source", "clean=" + clean, "--source",
        "noisy=" + noisy, "--cost", "clean=0.2", "--budget", "100"), "none for noisy");
    assertOneLineUserError(run("compare", "--source", "clean=" + clean), "at least two");
  }

  @Test
  void refusesStudiesWhoseScratchCellsDifferEvenWithoutADesign() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("other-seed-no-design"));
    for (String file : new String[] {"cells.csv", "test-errors.jsonl"}) {
      if (Files.exists(otherSeed.resolve(file))) {
        Files.copy(otherSeed.resolve(file), copy.resolve(file));
      }
    }
    assertOneLineUserError(run("compare", "--source", "clean=" + clean, "--source",
        "other=" + copy, "--bootstrap", "100"), "differ in scratch");
  }

  @Test
  void helpSaysWhatTheStudiesMustShare() {
    assertEquals(0, run("compare", "--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("90% interval") && help.contains("only the simulation file may"),
        help);
    assertTrue(help.contains("--source=NAME=DIR") && help.contains("--cost=NAME=COST"), help);
  }
}
