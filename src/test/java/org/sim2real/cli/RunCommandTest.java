package org.sim2real.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyDesign;

class RunCommandTest extends CommandLineTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    StringBuilder sim = new StringBuilder("formula,gap\n");
    StringBuilder exp = new StringBuilder("formula,gap\n");
    String[] metals = {"Fe", "Ni", "Co", "Zn", "Ti"};
    for (int i = 0; i < 300; i++) {
      String m = metals[random.nextInt(metals.length)];
      double x = 1 + random.nextInt(4);
      double value = 1 + 0.3 * x + m.length() * 0.1;
      sim.append(String.format(Locale.ROOT, "%sO%.0f,%.3f%n", m, x, 0.8 * value + 0.02 * random.nextGaussian()));
      if (i < 60) {
        exp.append(String.format(Locale.ROOT, "%sO%.0f,%.3f%n", m, x, value + 0.05 * random.nextGaussian()));
      }
    }
    Files.writeString(dir.resolve("sim.csv"), sim);
    Files.writeString(dir.resolve("exp.csv"), exp);
  }

  @Test
  void savedDesignRunsAndWritesResultTables() throws Exception {
    Path design = dir.resolve("design.json");
    assertEquals(0, run("run", "--sim", dir.resolve("sim.csv").toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "50,200", "--reps", "2",
        "--save-design", design.toString()), err.toString());
    StudyDesign saved = DesignJson.read(design);
    assertEquals(2, saved.repetitions());
    shortenTraining(design);
    assertEquals(0, run("run", design.toString(), "--out", dir.resolve("out").toString(), "--threads", "2"),
        err.toString() + out);
    assertTrue(Files.exists(dir.resolve("out").resolve("cells.csv")));
    assertTrue(out.toString().contains("finetune, m = 48"), out.toString());
    assertTrue(out.toString().contains("Finished: 6 cells"), out.toString());
    assertTrue(out.toString().contains("Memory: about ") && out.toString().contains(
        "MB of heap with 2 threads") && out.toString().contains("this Java may use"), out.toString());
    // running again resumes: nothing left to do
    assertEquals(0, run("run", design.toString(), "--out", dir.resolve("out").toString()));
    assertTrue(out.toString().contains("6 already in the ledger (resuming)"), out.toString());
    // ... and reads the featurized data from the results folder instead of featurizing again
    assertTrue(out.toString().contains("Featurized sim.csv read from the results folder's cache")
        && out.toString().contains("Featurized exp.csv read from the results folder's cache"),
        out.toString());
  }

  @Test
  void designsWithoutAPresetPretrainLongerAboveTenThousandRowsAndThePresetKeepsTheReference() {
    Path defaults = dir.resolve("defaults.json");
    Path paper = dir.resolve("paper.json");
    String sim = dir.resolve("sim.csv").toString();
    String exp = dir.resolve("exp.csv").toString();
    assertEquals(0, run("run", "--sim", sim, "--exp", exp, "--save-design", defaults.toString()),
        err.toString());
    assertEquals(0, run("run", "--preset", "bandgap-v1", "--sim", sim, "--exp", exp,
        "--save-design", paper.toString()), err.toString());
    assertEquals(TrainingLength.growingStepBudget(100, 500, 10_000, 10_000),
        ((ModelSpec.Mlp) DesignJson.read(defaults).model()).pretrain().length());
    assertEquals(TrainingLength.stepBudget(100, 500, 10_000),
        ((ModelSpec.Mlp) DesignJson.read(paper).model()).pretrain().length());
  }

  @Test
  void impossibleSettingsAreOneLineUserErrors() {
    assertEquals(2, run("run", "--sim", dir.resolve("sim.csv").toString(), "--exp",
        dir.resolve("exp.csv").toString(), "--sizes", "50,5000", "--out", dir.resolve("o").toString()));
    assertEquals("error: sizes: n = 5000 is larger than the 300 usable simulation rows of sim.csv",
        err.toString().strip());
  }

  @Test
  void unknownStrategyAndMissingOutputAreExplained() {
    assertEquals(2, run("run", "--sim", "a.csv", "--exp", "b.csv", "--strategies", "magic", "--out", "x"));
    assertTrue(err.toString().contains("unknown strategy 'magic'"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("run", "--sim", dir.resolve("sim.csv").toString(), "--exp", dir.resolve("exp.csv").toString()));
    assertTrue(err.toString().contains("--out DIR is required"), err.toString());
  }
}
