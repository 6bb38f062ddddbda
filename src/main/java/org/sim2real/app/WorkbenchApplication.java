package org.sim2real.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the services and the main window. */
public final class WorkbenchApplication extends Application {

  static void launchGui(String[] args) {
    Application.launch(WorkbenchApplication.class, args);
  }

  @Override
  public void start(Stage stage) {
    BorderPane root = new BorderPane(new Label("Sim2Real Scaling Workbench"));
    stage.setTitle("Sim2Real Scaling Workbench");
    stage.setScene(new Scene(root, 1200, 800));
    stage.show();
  }
}
