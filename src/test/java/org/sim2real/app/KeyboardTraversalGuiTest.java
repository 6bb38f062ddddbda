package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.StepNavigator;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.testfx.framework.junit5.ApplicationTest;

/** Tab goes round every step of an opened demo and comes back to the step list. */
class KeyboardTraversalGuiTest extends ApplicationTest {
  /** More presses than any step has focus stops; a trap shows as never coming back. */
  private static final int MAX_PRESSES = 150;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final QueuedWork work = new QueuedWork();
  private Stage stage;
  private Workbench workbench;

  @Override
  public void start(Stage s) {
    stage = s;
    workbench = Workbench.show(s, work.services(dialogs,
        new WorkbenchPreferences(new InMemoryPreferences())));
  }

  private Node focusOwner() {
    return stage.getScene().getFocusOwner();
  }

  /** The ids of the focus stops Tab passes from the step list until it is back there. */
  private List<String> tabRound() {
    List<String> stops = new ArrayList<>();
    for (int i = 0; i < MAX_PRESSES; i++) {
      push(KeyCode.TAB);
      Node owner = focusOwner();
      if (owner instanceof StepNavigator) {
        return stops;
      }
      stops.add(owner == null ? "none" : owner.getId() != null ? owner.getId()
          : owner.getClass().getSimpleName());
    }
    throw new AssertionError("Tab never came back to the step list; the last stops: "
        + stops.subList(0, 40));
  }

  @Test
  void theStepListShowsAFocusRingWhenTabReachesIt() {
    interact(() -> workbench.shell().select(WorkbenchStep.FORECAST));
    clickOn("#step-FORECAST");
    List<String> stops = tabRound(); // round the Forecast step and back to the list
    assertTrue(!stops.isEmpty());
    Region cell = lookup("#step-FORECAST").queryAs(Region.class);
    assertTrue(focusOwner() instanceof StepNavigator);
    List<BackgroundFill> fills = cell.getBackground().getFills();
    assertTrue(fills.size() >= 2, "a ring under the selected step: " + fills);
    assertNotEquals(Color.TRANSPARENT, fills.get(0).getFill());

    push(KeyCode.TAB); // on to the step's first control: the ring goes
    assertTrue(!(focusOwner() instanceof StepNavigator));
    assertEquals(1, cell.getBackground().getFills().size(), cell.getBackground().getFills()
        .toString());
  }

  @Test
  void tabComesBackToTheStepListFromEveryStepOfTheDemo() {
    interact(() -> workbench.projects().openFile(
        Path.of("sample-data", "synthetic", "synthetic-demo.s2r").toAbsolutePath()));
    interact(work::runAll);
    for (WorkbenchStep step : List.of(WorkbenchStep.DATA, WorkbenchStep.STUDY,
        WorkbenchStep.RUN, WorkbenchStep.SCALING, WorkbenchStep.FORECAST)) {
      interact(() -> workbench.shell().select(step));
      interact(work::runAll);
      clickOn("#step-" + step.name());
      List<String> stops = tabRound();
      assertTrue(!stops.isEmpty(), step + ": Tab reaches the step's controls");
      if (step == WorkbenchStep.STUDY) {
        int slider = stops.indexOf("sizeRange");
        assertTrue(slider >= 0, "the size slider is a focus stop: " + stops);
        assertTrue(stops.lastIndexOf("sizeRange") - slider <= 1,
            "its two thumbs are one stop each, then focus moves on: " + stops);
      }
    }
  }
}
