package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.teaching.TeachingCurveGenerator;
import org.sim2real.core.scaling.teaching.TeachingCurveSpec;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.WorkbenchStep;
import org.testfx.framework.junit5.ApplicationTest;

/** The Forecast step in the main window: wired, and reading the same fit as the Scaling step. */
class ForecastStepGuiTest extends ApplicationTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final QueuedWork work = new QueuedWork();
  private Workbench workbench;

  @Override
  public void start(Stage stage) {
    workbench = Workbench.show(stage, work.services(dialogs,
        new WorkbenchPreferences(new InMemoryPreferences())));
  }

  private void finishBackgroundWork() {
    interact(work::runAll);
  }

  private boolean showing(String id) {
    for (Node n = lookup(id).query(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private Path curveCsv() throws IOException {
    LearningCurveTable table = TeachingCurveGenerator.generate(
        TeachingCurveSpec.of(2.0, 0.3, 0.2, 11).withScratch(0.45, 500));
    StringBuilder csv = new StringBuilder("strategy,n,m,repetition,mae\n");
    for (Observation o : table.observations()) {
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%.6f%n", o.strategy(), o.n(), o.m(),
          o.repetition(), o.error()));
    }
    return Files.writeString(dir.resolve("curve.csv"), csv);
  }

  private String text(String id) {
    return lookup(id).queryAs(Label.class).getText();
  }

  private String field(String id) {
    return lookup(id).queryAs(TextField.class).getText();
  }

  @Test
  void forecastStepOpensATableThatTheScalingStepThenShowsToo() throws IOException {
    Path file = curveCsv();

    push(KeyCode.CONTROL, KeyCode.DIGIT5);
    assertEquals(WorkbenchStep.FORECAST, workbench.session().selectedStepProperty().get());
    assertTrue(showing("#emptyState-FORECAST"));
    dialogs.filesToOpen.add(file);
    clickOn("#forecastOpenTable");
    finishBackgroundWork();
    interact(() -> lookup("#targetField").queryAs(TextField.class).setText("0.25"));
    finishBackgroundWork();
    assertTrue(showing("#forecastCards"));
    assertTrue(lookup("#DATA_NEED-value").queryAs(Text.class).getText().startsWith("about "));

    push(KeyCode.CONTROL, KeyCode.DIGIT4);
    finishBackgroundWork();
    assertTrue(showing("#scalingChart"), "the Scaling step shows the table the Forecast step opened");
  }

  @Test
  void oneTargetPerStudyBothStepsAnswerItInTheSameWordsAndTheProjectKeepsIt()
      throws IOException {
    Path file = curveCsv();
    push(KeyCode.CONTROL, KeyCode.DIGIT5);
    dialogs.filesToOpen.add(file);
    clickOn("#forecastOpenTable");
    finishBackgroundWork();
    interact(() -> lookup("#targetField").queryAs(TextField.class).setText("0.25"));
    finishBackgroundWork();
    String answer = lookup("#DATA_NEED-value").queryAs(Text.class).getText();
    assertTrue(answer.startsWith("about "), answer);
    assertEquals(0.25, workbench.session().project().targetError(), "saved with the project");

    // the Scaling step: the same target in its field, the same answer in the same words
    push(KeyCode.CONTROL, KeyCode.DIGIT4);
    finishBackgroundWork();
    assertEquals("0.25", field("#targetError"));
    assertTrue(text("#nNeeded").startsWith("Simulation needed for MAE 0.25: " + answer
        + " simulation rows (90% forecast interval: "), text("#nNeeded"));

    // changed there, it is changed here
    interact(() -> lookup("#targetError").queryAs(TextField.class).setText("0.24"));
    finishBackgroundWork();
    assertEquals(0.24, workbench.session().project().targetError());
    push(KeyCode.CONTROL, KeyCode.DIGIT5);
    finishBackgroundWork();
    assertEquals("0.240", field("#targetField"));
    assertTrue(text("#DATA_NEED-sentence").contains("test MAE of 0.240"),
        text("#DATA_NEED-sentence"));
    String changed = lookup("#DATA_NEED-value").queryAs(Text.class).getText();
    push(KeyCode.CONTROL, KeyCode.DIGIT4);
    finishBackgroundWork();
    assertTrue(text("#nNeeded").startsWith("Simulation needed for MAE 0.240: " + changed
        + " simulation rows"), text("#nNeeded"));

    // a project opened brings its own target to both steps
    interact(() -> workbench.session().load(
        workbench.session().project().withTargetError(0.3), null, false));
    push(KeyCode.CONTROL, KeyCode.DIGIT4); // the project opens on its own step
    finishBackgroundWork();
    assertEquals("0.300", field("#targetError"));
    push(KeyCode.CONTROL, KeyCode.DIGIT5);
    finishBackgroundWork();
    assertEquals("0.300", field("#targetField"));
  }
}
