package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/**
 * The question, precision and budget of an adaptive study are one optional part of the design: written
 * when given, left out when not, read back as written, and never part of the design hash (an adaptive
 * study runs cells of the same grid).
 */
class AdaptiveDesignTest {
  @TempDir Path dir;

  @Test
  void adaptiveSettingsRoundTripThroughTheDesignFile() {
    AdaptiveSettings settings = AdaptiveSettings.requiredN(0.42, 1.3).withBudget(60, 90.0);
    StudyDesign design = SyntheticStudyFiles.design().withAdaptive(settings);
    String json = DesignJson.write(design);
    assertTrue(json.replaceAll("\\s", "").contains("\"adaptive\":{\"question\":\"nstar\",\"value\":0.42,\"precision\":1.3,"
        + "\"budgetCells\":60,\"budgetCpuMinutes\":90.0}"), json);
    StudyDesign read = DesignJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("d.json"));
    assertEquals(design, read);
    assertEquals(AdaptiveSettings.errorAt(100_000, 0.05, true),
        DesignJson.read(DesignJson.write(design.withAdaptive(AdaptiveSettings.errorAt(100_000, 0.05,
            true))).getBytes(StandardCharsets.UTF_8), Path.of("d.json")).adaptive());
  }

  @Test
  void aFixedGridDesignHasNoAdaptivePartInItsJson() {
    assertFalse(DesignJson.write(SyntheticStudyFiles.design()).contains("adaptive"));
  }

  @Test
  void adaptiveSettingsDoNotChangeTheDesignHash() throws Exception {
    StudyPlan fixed = SyntheticStudyFiles.plannedWithThreeRepetitions(dir);
    StudyPlan adaptive = StudyPlanner.plan(fixed.design().withAdaptive(
        AdaptiveSettings.floor(0.01)), dir, 1, s -> { });
    assertEquals(fixed.designHash(), adaptive.designHash());
    assertEquals(AdaptiveSettings.floor(0.01), adaptive.design().adaptive());
  }

  @Test
  void impossibleSettingsAreRefusedNamingTheField() {
    assertMessage("adaptive.precision", () -> AdaptiveSettings.requiredN(0.4, 1.0));
    assertMessage("adaptive.value", () -> AdaptiveSettings.requiredN(-1, 1.3));
    assertMessage("adaptive.value", () -> AdaptiveSettings.errorAt(0, 0.01, false));
    assertMessage("adaptive.budgetCells",
        () -> AdaptiveSettings.floor(0.01).withBudget(0, null));
    assertMessage("adaptive.budgetCpuMinutes",
        () -> AdaptiveSettings.floor(0.01).withBudget(null, -3.0));
    byte[] unknown = DesignJson.write(SyntheticStudyFiles.design().withAdaptive(
        AdaptiveSettings.floor(0.01))).replace("\"precision\"", "\"precison\"")
        .getBytes(StandardCharsets.UTF_8);
    assertMessage("precison", () -> DesignJson.read(unknown, Path.of("d.json")));
  }

  @Test
  void theRankingOfTheSourcesRoundTripsWithItsBudgetAndARelativePrecision() {
    AdaptiveSettings settings = AdaptiveSettings.ranking(2000, 0.02, true).withBudget(40, null);
    StudyDesign design = SyntheticStudyFiles.design().withAdaptive(settings);
    String json = DesignJson.write(design);
    assertTrue(json.replaceAll("\\s", "").contains("\"adaptive\":{\"question\":\"ranking\","
        + "\"value\":2000.0,\"precision\":0.02,\"precisionRelative\":true,\"budgetCells\":40}"),
        json);
    assertEquals(design, DesignJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("d.json")));
    assertEquals("ranking at a budget of 2,000", settings.describeQuestion());
    assertEquals("decided, or within ±2%", settings.describePrecision());
    assertEquals("decided, or within ±0.01",
        AdaptiveSettings.ranking(2000, 0.01, false).describePrecision());
  }

  @Test
  void aRankingWithoutABudgetOrWithoutAPrecisionIsRefusedNamingTheField() {
    assertMessage("adaptive.value: the ranking of the sources needs a budget above 0",
        () -> AdaptiveSettings.ranking(0, 0.01, false));
    assertMessage("adaptive.value: the ranking of the sources needs a budget above 0",
        () -> new AdaptiveSettings(AdaptiveSettings.Question.RANKING, null, 0.01, null, null, null));
    assertMessage("adaptive.precision: give the half-width within which two sources count as"
        + " equivalent", () -> AdaptiveSettings.ranking(2000, 0, false));
    assertMessage("adaptive.precisionRelative: only the error at n and the ranking",
        () -> new AdaptiveSettings(AdaptiveSettings.Question.FLOOR, null, 0.01, true, null, null));
  }

  private static void assertMessage(String part, Runnable action) {
    UserFacingException e = assertThrows(UserFacingException.class, action::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
