package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;

class DesignJsonTest {
  @TempDir Path dir;

  private StudyDesign readText(String json) {
    return DesignJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("design.json"));
  }

  @Test
  void paperProtocolRoundTripsThroughJson() {
    StudyDesign design = StudyDesign.paperProtocolBandgap("sim.csv", "exp.csv");
    Path file = dir.resolve("design.json");
    DesignJson.write(design, file);
    assertEquals(design, DesignJson.read(file));
    assertEquals(List.of(100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000), design.sizes());
  }

  @Test
  void pretrainingBudgetGrowingWithNRoundTripsThroughJson() {
    ModelSpec.Mlp paper = ModelSpec.paperProtocolBandgap();
    ModelSpec.Mlp growing = new ModelSpec.Mlp(paper.pretrain().withLength(
        TrainingLength.growingStepBudget(100, 500, 10_000, 10_000)), paper.fineTune(),
        paper.scratch(), paper.newHead());
    StudyDesign design = StudyDesign.defaults("sim.csv", "exp.csv", null, growing,
        List.of(TransferStrategy.FINE_TUNE));
    String json = DesignJson.write(design);
    assertTrue(json.contains("\"kind\" : \"growing-step-budget\",\n        \"epochs\" : 100,\n"
        + "        \"minSteps\" : 500,\n        \"maxSteps\" : 10000,\n"
        + "        \"referenceRows\" : 10000\n"), json);
    assertEquals(design, readText(json));
    String misspelt = json.replace("\"referenceRows\"", "\"referenceRow\"");
    assertTrue(assertThrows(UserFacingException.class, () -> readText(misspelt)).getMessage()
        .contains("unknown field 'model.pretrain.length.referenceRow' (known fields there: epochs,"
            + " kind, maxSteps, minSteps, referenceRows)"));
    String zero = json.replace("\"referenceRows\" : 10000", "\"referenceRows\" : 0");
    assertTrue(assertThrows(UserFacingException.class, () -> readText(zero)).getMessage()
        .contains("referenceRows must be at least 1, got 0"));
  }

  @Test
  void designsWithTheReferenceStepBudgetReadAndWriteAsBefore() {
    String json = DesignJson.write(StudyDesign.paperProtocolBandgap("sim.csv", "exp.csv"));
    assertTrue(json.contains("\"length\" : {\n        \"kind\" : \"step-budget\",\n"
        + "        \"epochs\" : 100,\n        \"minSteps\" : 500,\n        \"maxSteps\" : 10000\n"
        + "      }"), json);
    StudyDesign read = readText(json);
    assertEquals(TrainingLength.stepBudget(100, 500, 10_000),
        ((ModelSpec.Mlp) read.model()).pretrain().length());
    assertEquals(json, DesignJson.write(read), "the same bytes, so the same design hash");
  }

  @Test
  void designWithExplicitColumnRolesRoundTrips() {
    ColumnRoles descriptors = new ColumnRoles(List.of(
        new RepresentationColumn("d1", RepresentationKind.DESCRIPTORS),
        new RepresentationColumn("d2", RepresentationKind.DESCRIPTORS)), "property", null, null);
    StudyDesign design = StudyDesign.paperProtocolBandgap("sim.csv", "exp.csv")
        .withFeaturizer(FeaturizerSpec.descriptors(List.of("d1", "d2")), true);
    design = design.withDatasets(design.simulation().withRoles(descriptors),
        design.experimental().withRoles(ColumnRoles.of(RepresentationKind.FORMULA, "f", "y")), null);
    String json = DesignJson.write(design);
    assertEquals(design, readText(json), json);
    assertEquals(design, DesignJson.fromTree(DesignJson.toTree(design), Path.of("project.s2r")));
  }

  @Test
  void tabularDesignRoundTripsWithItsKind() {
    StudyDesign design = StudyDesign.defaults("s.csv", "e.csv", FeaturizerSpec.of(FeaturizerSpec.Kind.COMPOSITION_STATS),
        new ModelSpec.Tabular(TabularSettings.GradientBoosting.defaults()),
        List.of(TransferStrategy.DELTA, TransferStrategy.SIM_PREDICTION_FEATURE));
    String json = DesignJson.write(design);
    assertTrue(json.contains("\"kind\" : \"gradient-boosting\""), json);
    assertEquals(design, readText(json));
    assertEquals(List.of(TransferStrategy.DELTA, TransferStrategy.SIM_PREDICTION_FEATURE, TransferStrategy.SCRATCH),
        design.strategies(), "the scratch baseline is always added");
  }

  @Test
  void unknownFieldsAreErrorsThatNameTheField() {
    String json = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replace("\"repetitions\"", "\"repetitons\"");
    UserFacingException e = assertThrows(UserFacingException.class, () -> readText(json));
    assertTrue(e.getMessage().startsWith("The study design file design.json has an unknown field 'repetitons' (known"
        + " fields there: adaptive, experimental, experimentalSizes, "), e.getMessage());
    String nested = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replaceFirst("\"learningRate\"", "\"learningRat\"");
    assertTrue(assertThrows(UserFacingException.class, () -> readText(nested)).getMessage()
        .contains("unknown field 'model.pretrain.learningRat'"));
  }

  @Test
  void invalidValuesNameTheFieldAndTheReason() {
    String json = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replace("\"repetitions\" : 5", "\"repetitions\" : 0");
    UserFacingException e = assertThrows(UserFacingException.class, () -> readText(json));
    assertTrue(e.getMessage().contains("repetitions must be between 1 and 10000, got 0"), e.getMessage());
    String negative = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replace("\"sizes\" : [ 100,", "\"sizes\" : [ -100,");
    UserFacingException e2 = assertThrows(UserFacingException.class, () -> readText(negative));
    assertTrue(e2.getMessage().contains("sizes: every simulation size n must be a positive whole number, got -100"),
        e2.getMessage());
  }

  @Test
  void classNamesInTheFileCannotChooseWhatIsBuilt() {
    String json = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replace("\"kind\" : \"mlp\"", "\"kind\" : \"java.lang.ProcessBuilder\"");
    UserFacingException e = assertThrows(UserFacingException.class, () -> readText(json));
    assertTrue(e.getMessage().contains("model"), e.getMessage());
  }

  @Test
  void newerSchemaVersionsAndNonDesignsAreRefusedClearly() throws Exception {
    String json = DesignJson.write(StudyDesign.paperProtocolBandgap("s.csv", "e.csv"))
        .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 9");
    assertTrue(assertThrows(UserFacingException.class, () -> readText(json)).getMessage()
        .contains("schemaVersion 9 was written by a newer version of the workbench"));
    assertEquals("The file design.json has no schemaVersion field, so it is not a study design."
        + " Choose a study design .json file.",
        assertThrows(UserFacingException.class, () -> readText("{\"a\":1}")).getMessage());
    assertTrue(assertThrows(UserFacingException.class, () -> readText("{\"schemaVersion\": 1,"))
        .getMessage().startsWith("The study design file design.json is not valid JSON at line 1"));
    Path deep = dir.resolve("deep.json");
    Files.writeString(deep, "[".repeat(500) + "]".repeat(500));
    assertTrue(assertThrows(UserFacingException.class, () -> DesignJson.read(deep)).getMessage()
        .contains("nests objects more than 64 levels deep"));
  }
}
