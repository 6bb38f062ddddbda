package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The status line says what happened on the step on screen, not on one left long ago. */
class ShellViewModelTest {
  @Test
  void aMessageDoesNotStayWhenAnotherStepIsShown() {
    ShellViewModel shell = new ShellViewModel(new ProjectSession());
    shell.statusMessageProperty().set("Imported exp_gap.csv: 4,604 rows read.");
    shell.select(WorkbenchStep.DATA); // the same step: the message stays
    assertEquals("Imported exp_gap.csv: 4,604 rows read.", shell.statusMessageProperty().get());

    shell.select(WorkbenchStep.SCALING);
    assertEquals("", shell.statusMessageProperty().get());
  }

  @Test
  void aMessageGivenAsAStepIsShownStays() {
    ProjectSession session = new ProjectSession();
    ShellViewModel shell = new ShellViewModel(session);
    session.selectedStepProperty().addListener((obs, old, step) ->
        shell.statusMessageProperty().set("Read cells.csv for " + step.title() + "."));
    shell.select(WorkbenchStep.FORECAST);
    assertEquals("Read cells.csv for Forecast.", shell.statusMessageProperty().get());
  }
}
