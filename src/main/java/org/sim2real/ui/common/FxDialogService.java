package org.sim2real.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.project.DataFileProblem;

/** The real dialogs: JavaFX alerts and the platform's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Supplier<@Nullable Window> owner;

  public FxDialogService(Supplier<@Nullable Window> owner) {
    this.owner = owner;
  }

  @Override
  public @Nullable Path chooseFileToOpen(
      String title, @Nullable Path initialDirectory, List<FileType> types) {
    File f = chooser(title, initialDirectory, types).showOpenDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public @Nullable Path chooseFileToSave(
      String title, @Nullable Path initialDirectory, String initialFileName, List<FileType> types) {
    FileChooser chooser = chooser(title, initialDirectory, types);
    chooser.setInitialFileName(initialFileName);
    File f = chooser.showSaveDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public @Nullable Path chooseFolder(String title, @Nullable Path initialDirectory) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
      chooser.setInitialDirectory(initialDirectory.toFile());
    }
    File f = chooser.showDialog(owner.get());
    return f == null ? null : f.toPath();
  }

  @Override
  public SaveChoice askToSaveChanges(String projectName) {
    ButtonType save = new ButtonType("Save", ButtonData.YES);
    ButtonType dontSave = new ButtonType("Don't Save", ButtonData.NO);
    ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.WARNING, "Unsaved changes",
        "Save the changes to \"" + projectName + "\"?",
        "Your changes are lost if you don't save them.", save, dontSave, cancel);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == cancel) {
      return SaveChoice.CANCEL;
    }
    return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DONT_SAVE;
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    ButtonType ok = new ButtonType(confirmLabel, ButtonData.OK_DONE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, null, message, ok, ButtonType.CANCEL);
    return alert.showAndWait().filter(b -> b == ok).isPresent();
  }

  @Override
  public DataFileResolution resolveDataFile(DataFileProblem problem) {
    ButtonType locate = new ButtonType("Locate...", ButtonData.YES);
    ButtonType accept = new ButtonType("Use Changed File", ButtonData.OTHER);
    ButtonType skip = new ButtonType("Skip", ButtonData.CANCEL_CLOSE);
    Alert alert = problem.kind() == DataFileProblem.Kind.CHANGED
        ? alert(Alert.AlertType.WARNING, "Data file changed", null, problem.message(),
            locate, accept, skip)
        : alert(Alert.AlertType.WARNING, "Data file not found", null, problem.message(),
            locate, skip);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isPresent() && answer.get() == accept) {
      return new DataFileResolution.AcceptChanged();
    }
    if (answer.isPresent() && answer.get() == locate) {
      Path dir = problem.expectedPath().getParent();
      Path chosen = chooseFileToOpen("Locate " + problem.role().displayName(),
          dir != null && Files.isDirectory(dir) ? dir : null, List.of(FileType.DATA, FileType.ANY));
      if (chosen != null) {
        return new DataFileResolution.Locate(chosen);
      }
    }
    return new DataFileResolution.Skip();
  }

  @Override
  public void showError(String title, String message) {
    alert(Alert.AlertType.ERROR, title, null, message, ButtonType.OK).showAndWait();
  }

  @Override
  public void showInformation(String title, String header, String message) {
    alert(Alert.AlertType.INFORMATION, title, header, message, ButtonType.OK).showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, @Nullable String header, String text,
      ButtonType... buttons) {
    Alert alert = new Alert(type, "", buttons);
    alert.initOwner(owner.get());
    alert.setTitle(title);
    alert.setHeaderText(header);
    // a wrapping label instead of the default content text, so long messages are not clipped
    Label content = new Label(text);
    content.setWrapText(true);
    content.setPrefWidth(540);
    content.setMaxWidth(540);
    content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    alert.getDialogPane().setContent(content);
    Window w = owner.get();
    if (w != null && w.getScene() != null) {
      alert.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
    }
    return alert;
  }

  private static FileChooser chooser(String title, @Nullable Path dir, List<FileType> types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (dir != null && Files.isDirectory(dir)) {
      chooser.setInitialDirectory(dir.toFile());
    }
    for (FileType t : types) {
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
          t.description() + " (" + String.join(", ", t.patterns()) + ")", t.patterns()));
    }
    return chooser;
  }
}
