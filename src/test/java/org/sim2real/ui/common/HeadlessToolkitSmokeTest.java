package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Proves that the headless toolkit (Monocle) starts a stage and delivers a real mouse click. */
class HeadlessToolkitSmokeTest extends ApplicationTest {
  private @Nullable Label label;

  @Override
  public void start(Stage stage) {
    label = new Label("not clicked");
    Button button = new Button("Click me");
    button.setId("smokeButton");
    button.setOnAction(e -> label.setText("clicked"));
    stage.setScene(new Scene(new VBox(button, label), 200, 100));
    stage.show();
  }

  @Test
  void clickingTheButtonChangesTheLabel() {
    clickOn("#smokeButton");
    assertEquals("clicked", java.util.Objects.requireNonNull(label).getText());
  }

  @Test
  void theToolkitRunsOnMonocleHeadlessNotOnARealDisplay() {
    String glassApplication = com.sun.glass.ui.Application.GetApplication().getClass().getName();
    assertEquals("com.sun.glass.ui.monocle.MonocleApplication", glassApplication);
  }
}
