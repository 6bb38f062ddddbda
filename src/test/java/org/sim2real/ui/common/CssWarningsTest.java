package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sim2real.testing.FailOnCssWarnings;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check every test runs under (FailOnCssWarnings) sees what JavaFX logs when a stylesheet's
 * looked-up colour does not resolve, and the theme's colours resolve on the main window's root.
 */
class CssWarningsTest extends ApplicationTest {
  private final StackPane root = new StackPane();

  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(root, 200, 100));
    stage.show();
  }

  private void show(Label label) {
    interact(() -> root.getChildren().setAll(label));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aLookedUpColourThatNoStylesheetDefinesIsCaughtAsACssWarning() {
    Label label = new Label("unresolved");
    label.setStyle("-fx-text-fill: -no-such-colour;");
    show(label);

    List<String> warnings = FailOnCssWarnings.take();
    assertTrue(warnings.stream().anyMatch(w -> w.contains("-no-such-colour")),
        warnings.toString());
  }

  @Test
  void theThemesDefineEveryWorkbenchColourOnTheRoot() {
    for (Theme theme : Theme.values()) {
      interact(() -> theme.applyTo(root.getScene()));
      Label label = new Label(theme.displayName());
      label.setStyle("-fx-text-fill: -wb-muted; -fx-background-color: -wb-surface;");
      show(label);

      assertEquals(List.of(), FailOnCssWarnings.take(), theme.displayName());
    }
  }
}
