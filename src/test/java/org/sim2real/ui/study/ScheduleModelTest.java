package org.sim2real.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.study.SizeSchedule;
import org.sim2real.ui.common.study.StudyPreset;

/** The n schedule and the m values of the study form, with and without data. */
class ScheduleModelTest {
  @TempDir Path dir;

  private final StudyBench bench = new StudyBench();
  private final ScheduleModel schedule = bench.form.schedule();

  @Test
  void withoutDataTheAutomaticScheduleWaitsForTheData() {
    assertEquals("", schedule.sizes().textProperty().get());
    assertEquals("100", schedule.min().textProperty().get());
    assertEquals("", schedule.max().textProperty().get());
    assertEquals("all rows", schedule.maxPromptProperty().get());
    assertTrue(schedule.sizesNoteProperty().get().startsWith("Automatic"));
    assertEquals(List.of(), schedule.previewProperty().get());
  }

  @Test
  void theAutomaticScheduleFollowsTheImportedData() throws IOException {
    bench.withData(dir);
    assertEquals("all 120 rows", schedule.maxPromptProperty().get());
    List<Integer> automatic = StudyDesign.logSpacedSizes(100, 120, 10);
    assertEquals(automatic, schedule.previewProperty().get());
    assertEquals(SizeSchedule.format(automatic), schedule.sizes().textProperty().get());
    assertEquals(List.of(), bench.design.design().sizes(), "still automatic in the design");
    assertEquals("all 32 training rows", schedule.experimentalPromptProperty().get());
  }

  @Test
  void theGeneratorWritesTheListAndTheListShowsWhereItCameFrom() throws IOException {
    bench.withData(dir);
    schedule.min().textProperty().set("10");
    assertEquals(StudyDesign.logSpacedSizes(10, 120, 10), bench.design.design().sizes());
    schedule.count().textProperty().set("3");
    assertEquals(List.of(10, 35, 120), bench.design.design().sizes());
    assertEquals("10, 35, 120", schedule.sizes().textProperty().get());
    assertEquals("120", schedule.max().textProperty().get());
    schedule.logSpacing().set(false);
    assertEquals(List.of(10, 65, 120), bench.design.design().sizes());
    assertTrue(schedule.sizesNoteProperty().get().startsWith("Generated: 3 sizes, linearly"),
        schedule.sizesNoteProperty().get());
  }

  @Test
  void anEditedListIsCustomAndTheGeneratorKeepsItsValues() throws IOException {
    bench.withData(dir);
    schedule.count().textProperty().set("4");
    schedule.sizes().textProperty().set("10, 20, 100");
    assertEquals(List.of(10, 20, 100), bench.design.design().sizes());
    assertEquals("4", schedule.count().textProperty().get(), "the generator is left as it was");
    assertTrue(schedule.sizesNoteProperty().get().startsWith("Custom list of 3 sizes"));
    assertEquals(List.of(10, 20, 100), schedule.previewProperty().get());
  }

  @Test
  void sizesBeyondTheSimulationDataAreRefusedWithTheReason() throws IOException {
    bench.withData(dir);
    schedule.sizes().textProperty().set("10, 500");
    assertEquals("n = 500 is larger than the 120 usable simulation rows",
        schedule.sizes().errorProperty().get());
    assertEquals(List.of(), bench.design.design().sizes());
    schedule.max().textProperty().set("1000");
    assertEquals("n = 1,000 is larger than the 120 usable simulation rows",
        schedule.max().errorProperty().get());
  }

  @Test
  void clearingTheListReturnsToTheAutomaticSchedule() throws IOException {
    bench.withData(dir);
    schedule.sizes().textProperty().set("10, 20");
    schedule.sizes().endEditing();
    schedule.sizes().textProperty().set("");
    assertEquals(List.of(), bench.design.design().sizes());
  }

  @Test
  void experimentalSizesAreCheckedAgainstTheRowsLeftAfterTheTestSplit() throws IOException {
    bench.withData(dir);
    schedule.experimentalSizes().textProperty().set("8, 16, 32");
    assertEquals(List.of(8, 16, 32), bench.design.design().experimentalSizes());
    schedule.experimentalSizes().textProperty().set("8, 33");
    assertEquals("m = 33 is larger than the 32 experimental training rows left after the test"
        + " split", schedule.experimentalSizes().errorProperty().get());
  }

  @Test
  void aPresetWhoseSizesExceedTheDataIsShownAsAProblem() throws IOException {
    bench.withData(dir);
    bench.form.preset().set(StudyPreset.PAPER_PROTOCOL);
    assertEquals("n = 100,000 is larger than the 120 usable simulation rows",
        schedule.sizes().errorProperty().get());
    assertEquals(List.of("n = 100,000 is larger than the 120 usable simulation rows."),
        bench.design.problemsProperty().get());
  }
}
