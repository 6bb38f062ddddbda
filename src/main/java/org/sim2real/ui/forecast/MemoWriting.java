package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.CurveKey;
import org.sim2real.core.report.ForecastMemo;
import org.sim2real.core.report.MemoFormat;
import org.sim2real.core.report.MemoSettings;
import org.sim2real.core.report.ReproducibilityStamp;
import org.sim2real.core.report.ReproducibilityStamps;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.CurrentAnalysis;

/**
 * Writes the forecast memo of what the Forecast screen shows, in the background: stamp (which
 * hashes the data files), memo, file. Reports in the status line and keeps the last file written
 * for the screen's "Open" link. FX thread only.
 */
final class MemoWriting {
  private final BackgroundTasks tasks;
  private final CurrentAnalysis current;
  private final Consumer<String> status;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<@Nullable Path> written = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper();

  MemoWriting(BackgroundTasks tasks, CurrentAnalysis current, Consumer<String> status,
      Clock clock) {
    this.tasks = tasks;
    this.current = current;
    this.status = status;
    this.clock = clock;
  }

  /** The format of a chosen file; a name without .html or .pdf gets .html. */
  static Path withExtension(Path file) {
    return MemoFormat.ofFile(file) != null ? file
        : file.resolveSibling(file.getFileName() + "." + MemoFormat.HTML.extension());
  }

  void write(ForecastOutcome shown, Path chosen) {
    Path file = withExtension(chosen);
    MemoFormat format = MemoFormat.ofFile(file);
    CurrentAnalysis.Source source = current.sourceProperty().get();
    if (format == null || source == null) {
      message.set("The memo needs a table that was read from a file.");
      return;
    }
    CurveKey key = CurveKey.of(shown.curve());
    MemoSettings settings = new MemoSettings(null, key.strategy(), key.m(), shown.request(),
        shown.error());
    writing.set(true);
    message.set("Writing " + file.getFileName() + " ...");
    tasks.run("Writing the forecast memo", context -> {
      ReproducibilityStamp stamp = ReproducibilityStamps.collect(source.file(),
          shown.analysis().options(), clock);
      format.write(ForecastMemo.build(shown.analysis(), shown.curve(), shown.forecast(), settings,
          stamp).withSources(shown.sources()), file);
      return file;
    }, done -> {
      writing.set(false);
      written.set(done);
      message.set("Memo written to " + done);
      status.accept("Forecast memo written to " + done);
    }, e -> {
      writing.set(false);
      String why = e instanceof UserFacingException ? e.getMessage() : e.toString();
      message.set("The memo could not be written: " + why);
      status.accept("The forecast memo could not be written.");
    });
  }

  /** The last memo written, or null. */
  ReadOnlyObjectProperty<@Nullable Path> writtenProperty() {
    return written.getReadOnlyProperty();
  }

  /** What happened to the last memo ("Memo written to ..." or why not). */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty writingProperty() {
    return writing.getReadOnlyProperty();
  }
}
