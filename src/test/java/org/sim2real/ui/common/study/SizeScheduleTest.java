package org.sim2real.ui.common.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SizeScheduleTest {
  @Test
  void logSpacingGivesTheReferenceSizes() {
    assertEquals(List.of(100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000),
        new SizeSchedule(100, 100_000, 10, true).generate(null));
  }

  @Test
  void linearSpacingIsEvenInN() {
    assertEquals(List.of(10, 20, 30, 40, 50), new SizeSchedule(10, 50, 5, false).generate(null));
  }

  @Test
  void anOpenMaximumUsesAllSimulationRowsAndAMinimumAboveThemIsLowered() {
    assertEquals(List.of(100, 1000, 10000), new SizeSchedule(100, null, 3, true).generate(10_000));
    assertEquals(List.of(60), new SizeSchedule(100, null, 1, true).generate(60));
    assertEquals(List.of(20), new SizeSchedule(100, null, 3, true).generate(20),
        "a minimum above the data is lowered to the data, as the planner does");
  }

  @Test
  void anOpenMaximumWithoutDataSaysWhatToDo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SizeSchedule.DEFAULT.generate(null));
    assertTrue(e.getMessage().contains("enter a maximum"), e.getMessage());
  }

  @Test
  void duplicatesFromANarrowRangeAreDropped() {
    assertEquals(List.of(1, 2, 3), new SizeSchedule(1, 3, 10, false).generate(null));
  }

  @Test
  void aGeneratedListRevealsItsGeneratorAndACustomOneDoesNot() {
    assertEquals(Optional.of(new SizeSchedule(100, 100_000, 10, true)),
        SizeSchedule.infer(new SizeSchedule(100, 100_000, 10, true).generate(null)));
    assertEquals(Optional.of(new SizeSchedule(10, 50, 5, false)),
        SizeSchedule.infer(List.of(10, 20, 30, 40, 50)));
    assertEquals(Optional.empty(), SizeSchedule.infer(List.of(100, 300, 5000)));
  }

  @Test
  void listsAreReadInAnyOrderWithCommasOrSpacesAndWrittenBack() {
    List<Integer> sizes = SizeSchedule.parseList(" 1000, 100  464;1e4, 100_000 ");
    assertEquals(List.of(100, 464, 1000, 10000, 100000), sizes);
    assertEquals("100, 464, 1000, 10000, 100000", SizeSchedule.format(sizes));
    assertEquals(List.of(), SizeSchedule.parseList("  "));
  }

  @Test
  void aBadEntryIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SizeSchedule.parseList("100, 2x0, 300"));
    assertEquals("'2x0' is not a whole number", e.getMessage());
    assertEquals("'0' is not a positive whole number",
        assertThrows(IllegalArgumentException.class, () -> SizeSchedule.parseList("0")).getMessage());
    assertEquals("'12.5' is not a whole number",
        assertThrows(IllegalArgumentException.class, () -> SizeSchedule.parseList("12.5"))
            .getMessage());
  }

  @Test
  void impossibleGeneratorsAreRefusedWithTheReason() {
    assertEquals("the maximum (50) is smaller than the minimum (100)",
        assertThrows(IllegalArgumentException.class, () -> new SizeSchedule(100, 50, 3, true))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SizeSchedule(10, 50, 0, true));
  }
}
