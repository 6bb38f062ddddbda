package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.StudyDesign;

/** {@code run --sim FILE --sim NAME=FILE --cost NAME=X}: several simulation sources, one ledger. */
class RunCommandSourcesTest extends CommandLineTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws Exception {
    Files.writeString(dir.resolve("sim.csv"), table(300, 3, 0.8));
    Files.writeString(dir.resolve("oqmd.csv"), table(250, 4, 0.9));
    Files.writeString(dir.resolve("aflow.csv"), table(120, 5, 0.7));
    Files.writeString(dir.resolve("exp.csv"), table(60, 6, 1.0));
  }

  /** A small formula table (metal oxides), its targets scaled by {@code scale}. */
  static String table(int rows, long seed, double scale) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder table = new StringBuilder("formula,gap\n");
    String[] metals = {"Fe", "Ni", "Co", "Zn", "Ti"};
    for (int i = 0; i < rows; i++) {
      String m = metals[random.nextInt(metals.length)];
      double x = 1 + random.nextInt(4);
      double value = 1 + 0.3 * x + m.length() * 0.1;
      table.append(String.format(Locale.ROOT, "%sO%.0f,%.3f%n", m, x,
          scale * value + 0.03 * random.nextGaussian()));
    }
    return table.toString();
  }

  private List<String> ledgerLines() throws Exception {
    return Files.readAllLines(dir.resolve("out").resolve("ledger.jsonl"));
  }

  private static long count(List<String> lines, String strategy) {
    return lines.stream().filter(l -> l.contains("\"strategy\":\"" + strategy + "\"")).count();
  }

  @Test
  void aCostThatIsNotAPositiveNumberOrNamesNoSourceIsRefusedInOneLine() {
    String sim = dir.resolve("sim.csv").toString();
    String oqmd = "oqmd=" + dir.resolve("oqmd.csv");
    String exp = dir.resolve("exp.csv").toString();
    String design = dir.resolve("design.json").toString();
    assertOneLineUserError(run("run", "--sim", sim, "--sim", oqmd, "--cost", "oqmd=-1", "--exp",
        exp, "--save-design", design), "must be a positive number");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", sim, "--sim", oqmd, "--cost", "pbe=0.2", "--exp",
        exp, "--save-design", design), "no --sim");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", sim, "--sim", oqmd, "--cost", "oqmd", "--exp",
        exp, "--save-design", design), "write NAME=COST");
  }

  @Test
  void twoSourcesRunIntoOneLedgerResumeAndAThirdSourceJoinsLater() throws Exception {
    Path design = dir.resolve("design.json");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--cost", "oqmd=0.05", "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "50,200", "--reps", "2", "--save-design",
        design.toString()), err.toString());
    StudyDesign saved = DesignJson.read(design);
    assertEquals(1, saved.sources().size());
    assertEquals("oqmd", saved.sources().get(0).name());
    assertEquals(dir.resolve("oqmd.csv").toString(), saved.sources().get(0).dataset().path());
    assertEquals(0.05, saved.sources().get(0).costPerRow());
    shortenTraining(design);

    String results = dir.resolve("out").toString();
    assertEquals(0, run("run", design.toString(), "--out", results, "--threads", "1"),
        err.toString() + out);
    assertTrue(out.toString().contains("Source oqmd: 250 rows; n = [50, 200]"), out.toString());
    List<String> first = ledgerLines();
    // 2 repetitions x (finetune at 2 sizes, finetune@oqmd at 2 sizes, one scratch)
    assertEquals(4, count(first, "finetune"));
    assertEquals(4, count(first, "finetune@oqmd"));
    assertEquals(2, count(first, "scratch"), "one scratch baseline for both sources");
    assertTrue(Files.readString(dir.resolve("out").resolve("summary.csv")).contains("finetune@oqmd"));

    assertEquals(0, run("run", design.toString(), "--out", results, "--threads", "1"));
    assertTrue(out.toString().contains("10 already in the ledger (resuming)"), out.toString());
    assertEquals(first, ledgerLines(), "nothing is trained twice");

    // aflow has 120 rows: its sizes are 50 and 120
    assertEquals(0, run("run", design.toString(), "--sim", "aflow=" + dir.resolve("aflow.csv"),
        "--out", results, "--threads", "1"), err.toString() + out);
    assertTrue(out.toString().contains("Source aflow: 120 rows; n = [50, 120]"), out.toString());
    List<String> grown = ledgerLines();
    assertEquals(first, grown.subList(0, first.size()), "the finished cells are kept as they were");
    assertEquals(4, count(grown.subList(first.size(), grown.size()), "finetune@aflow"));
    assertEquals(first.size() + 4, grown.size(), "only aflow's cells are trained");
  }

  @Test
  void fitAndCompareShowOneCurvePerSourceFromTheOneResultsFolder() throws Exception {
    Path design = dir.resolve("design.json");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--cost", "oqmd=0.05", "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "20,40,80,160", "--reps", "2", "--save-design", design.toString()), err.toString());
    shortenTraining(design);
    String results = dir.resolve("out").toString();
    assertEquals(0, run("run", design.toString(), "--out", results, "--threads", "1"),
        err.toString() + out);
    out.getBuffer().setLength(0);
    assertEquals(0, run("fit", results, "--bootstrap", "100"), err.toString() + out);
    String report = out.toString();
    assertTrue(report.contains("== finetune, m = 48 ==") && report.contains(
        "== finetune@oqmd, m = 48 =="), report);
    List<String> baselines = report.lines().filter(l -> l.startsWith("Scratch baseline: "))
        .toList();
    assertEquals(2, baselines.size(), report);
    assertEquals(baselines.get(0), baselines.get(1), "both sources are judged against one baseline");

    // the paired comparison reads the one folder: the primary's curves get a name
    out.getBuffer().setLength(0);
    assertEquals(0, run("compare", "--study", results, "--primary", "mp", "--bootstrap", "100"),
        err.toString() + out);
    String comparison = out.toString();
    assertTrue(comparison.contains("== finetune, m = 48 =="), comparison);
    assertTrue(comparison.lines().anyMatch(l -> l.strip().startsWith("mp "))
        && comparison.lines().anyMatch(l -> l.strip().startsWith("oqmd ")), comparison);
    // the cost the design records is used; the primary's comes from --cost
    out.getBuffer().setLength(0);
    assertEquals(0, run("compare", "--study", results, "--primary", "mp", "--cost", "mp=0.2",
        "--budget", "100", "--bootstrap", "100", "--json"), err.toString() + out);
    // a budget of 100 buys 100 / 0.2 rows of mp and 100 / 0.05 of oqmd
    String json = out.toString().replace(" ", "");
    assertTrue(json.contains("\"rows\":500.0") && json.contains("\"rows\":2000.0"), json);
    err.getBuffer().setLength(0);
    assertEquals(2, run("compare", "--study", results, "--primary", "oqmd"));
    assertTrue(err.toString().contains("the primary simulation's name 'oqmd' is also the name of"
        + " a source"), err.toString());
  }

  @Test
  void columnFlagsFixTheColumnsOfTheNamedSourcesToo() {
    Path design = dir.resolve("d.json");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--exp", dir.resolve("exp.csv").toString(),
        "--formula-column", "formula", "--target-column", "gap", "--save-design",
        design.toString()), err.toString());
    StudyDesign saved = DesignJson.read(design);
    assertEquals(saved.simulation().roles(), saved.sources().get(0).dataset().roles());
    assertEquals("gap", saved.sources().get(0).dataset().roles().target());
  }

  @Test
  void theFirstSimulationMayBeNamedAndCostsComeAsACommaListOrRepeated() {
    Path design = dir.resolve("d.json");
    assertEquals(0, run("run", "--sim", "mp=" + dir.resolve("sim.csv"), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--sim", "aflow=" + dir.resolve("aflow.csv"),
        "--cost", "mp=0.2,oqmd=0.05", "--cost", "aflow=1", "--exp",
        dir.resolve("exp.csv").toString(), "--save-design", design.toString()), err.toString());
    StudyDesign saved = DesignJson.read(design);
    assertEquals(new PrimarySource("mp", 0.2), saved.primary());
    assertEquals(dir.resolve("sim.csv").toString(), saved.simulation().path(),
        "the name is not part of the path");
    assertEquals(List.of("oqmd", "aflow"), saved.sources().stream().map(s -> s.name()).toList());
    assertEquals(0.05, saved.sources().get(0).costPerRow());
    assertEquals(1.0, saved.sources().get(1).costPerRow());

    assertEquals(0, run("run", "--sim", "mp=" + dir.resolve("sim.csv"), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--exp", dir.resolve("exp.csv").toString(),
        "--save-design", design.toString()), err.toString());
    assertEquals(new PrimarySource("mp", null), DesignJson.read(design).primary(),
        "a name without a cost");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--sim",
        "oqmd=" + dir.resolve("oqmd.csv"), "--exp", dir.resolve("exp.csv").toString(),
        "--save-design", design.toString()), err.toString());
    assertNull(DesignJson.read(design).primary());
    assertFalse(assertDoesNotThrow(() -> Files.readString(design)).contains("\"primary\""),
        "an unnamed primary writes the design as before");
  }

  @Test
  void aNameGivenTwiceAPlainFurtherSimulationOrTheCostOfAnUnnamedPrimaryAreRefused() {
    String sim = dir.resolve("sim.csv").toString();
    String exp = dir.resolve("exp.csv").toString();
    String design = dir.resolve("d.json").toString();
    assertOneLineUserError(run("run", "--sim", "mp=" + sim, "--sim", "mp=" + dir.resolve(
        "oqmd.csv"), "--exp", exp, "--save-design", design),
        "the name mp is given twice (it names the primary simulation)");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", "mp=" + sim, "--sim", "MP=" + dir.resolve(
        "oqmd.csv"), "--exp", exp, "--save-design", design), "given twice");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", sim, "--sim", "oqmd=" + dir.resolve("oqmd.csv"),
        "--sim", "oqmd=" + dir.resolve("aflow.csv"), "--exp", exp, "--save-design", design),
        "given twice");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", "mp=" + sim, "--sim", dir.resolve("oqmd.csv")
        .toString(), "--exp", exp, "--save-design", design), "only the first --sim");
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("run", "--sim", sim, "--sim", "oqmd=" + dir.resolve("oqmd.csv"),
        "--cost", "mp=0.2", "--exp", exp, "--save-design", design),
        "no --sim names a source 'mp' (named: oqmd); to price the primary simulation, name"
            + " it: --sim NAME=FILE first");
    assertFalse(Files.exists(dir.resolve("d.json")), "no design was written");
  }

  @Test
  void namingAndPricingThePrimaryOfAFinishedStudyTrainsNothingAndCompareUsesIt() throws Exception {
    Path unnamed = dir.resolve("unnamed.json");
    Path named = dir.resolve("named.json");
    for (Path design : List.of(unnamed, named)) {
      assertEquals(0, run("run", "--sim", (design == named ? "mp=" : "") + dir.resolve("sim.csv"),
          "--sim", "oqmd=" + dir.resolve("oqmd.csv"), "--cost", "oqmd=0.05"
              + (design == named ? ",mp=0.2" : ""), "--exp", dir.resolve("exp.csv").toString(),
          "--sizes", "20,40,80,160", "--reps", "2", "--save-design", design.toString()),
          err.toString());
      shortenTraining(design);
    }
    String results = dir.resolve("out").toString();
    assertEquals(0, run("run", unnamed.toString(), "--out", results, "--threads", "1"),
        err.toString() + out);
    List<String> finished = ledgerLines();
    assertEquals(18, finished.stream().filter(l -> l.contains("\"strategy\"")).count());

    out.getBuffer().setLength(0);
    assertEquals(0, run("run", named.toString(), "--out", results, "--threads", "1"),
        err.toString() + out);
    assertTrue(out.toString().contains("18 cells, 18 already in the ledger (resuming)"),
        out.toString());
    assertTrue(out.toString().contains("finetune@mp, m = 48: test MAE"), "the run's summary"
        + " names the primary too: " + out);
    out.getBuffer().setLength(0);
    assertEquals(0, run("run", dir.resolve("out").resolve("design.json").toString(), "--cost",
        "mp=0.4", "--out", results, "--threads", "1"), err.toString() + out);
    assertTrue(out.toString().contains("18 cells, 18 already in the ledger (resuming)"),
        out.toString());
    assertEquals(finished, ledgerLines(), "nothing is trained again");
    StudyDesign recorded = DesignJson.read(dir.resolve("out").resolve("design.json"));
    assertEquals(new PrimarySource("mp", 0.4), recorded.primary());
    assertEquals(0.05, recorded.sources().get(0).costPerRow());

    // fit and forecast show the primary's curves by its name beside the named sources'
    out.getBuffer().setLength(0);
    assertEquals(0, run("fit", results, "--bootstrap", "100"), err.toString() + out);
    String fit = out.toString();
    assertTrue(fit.contains("== finetune@mp, m = 48 ==") && fit.contains("== finetune@oqmd, m = 48 ==")
        && !fit.contains("== finetune, m = 48 =="), fit);
    out.getBuffer().setLength(0);
    assertEquals(0, run("fit", results, "--strategy", "finetune@mp", "--bootstrap", "100"),
        err.toString() + out);
    assertTrue(out.toString().contains("== finetune@mp, m = 48 ==")
        && !out.toString().contains("finetune@oqmd, m = 48"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("forecast", results, "--target", "0.5", "--bootstrap", "100"),
        err.toString() + out);
    assertTrue(out.toString().contains("== finetune@mp, m = 48 =="), out.toString());

    // compare calls the primary by its design's name and prices it by the design's cost
    out.getBuffer().setLength(0);
    assertEquals(0, run("compare", "--study", results, "--budget", "100", "--bootstrap", "100",
        "--json"), err.toString() + out);
    String json = out.toString().replace(" ", "");
    // 100 / 0.4 rows of mp and 100 / 0.05 of oqmd
    assertTrue(json.contains("\"rows\":250.0") && json.contains("\"rows\":2000.0"), json);
    assertTrue(json.contains("\"mp\":") && !json.contains("\"primary\":"), json);
    out.getBuffer().setLength(0);
    assertEquals(0, run("compare", "--study", results, "--primary", "pbe", "--budget", "100",
        "--bootstrap", "100"), err.toString() + out);
    assertTrue(out.toString().lines().anyMatch(l -> l.strip().startsWith("pbe ")), out.toString());
    err.getBuffer().setLength(0);
    assertOneLineUserError(run("compare", "--study", results, "--primary", "oqmd"),
        "the primary simulation's name 'oqmd' is also the name of a source");
  }
}
