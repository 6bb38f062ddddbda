package org.sim2real.ui.common.data;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.BackgroundWork;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.ValueEdit;

/**
 * The two imported datasets of the open project, for the Data screen and the steps after it
 * (Study and Run read {@link #dataset}).
 *
 * <p>The project's {@link DatasetReference}s are the truth: path, checksum, reading options and
 * column roles. Every edit (a new file, a role, an option) changes the project through the
 * {@link UndoManager}, and this class follows the project: whenever a reference differs from
 * the one its import was made for, it reads the file again, or only validates again when just
 * the roles changed. Opening a project, undo and redo therefore re-import by the same path.
 * One task per dataset runs at a time; changes made meanwhile are caught up when it ends.
 * FX thread only.
 */
public final class DataSession {
  private final ProjectSession session;
  private final BackgroundTasks tasks;
  private final UndoManager undo;
  private final Consumer<String> status;
  private final Map<DatasetRole, DatasetSlot> slots = new EnumMap<>(DatasetRole.class);
  private final Map<DatasetRole, Work> work = new EnumMap<>(DatasetRole.class);
  private final BooleanBinding ready;

  /** Bookkeeping of one slot's background work. */
  private static final class Work {
    /** The reference last acted on (imported, or attempted and failed). */
    @Nullable DatasetReference applied;
    /** The reference the slot's current state was made for. */
    @Nullable DatasetReference stateRef;
    boolean running;
    BackgroundTasks.@Nullable TaskHandle handle;
    @Nullable Path pendingImport;
  }

  public DataSession(ProjectSession session, BackgroundTasks tasks, UndoManager undo,
      Consumer<String> status) {
    this.session = session;
    this.tasks = tasks;
    this.undo = undo;
    this.status = status;
    for (DatasetRole role : DatasetRole.values()) {
      slots.put(role, new DatasetSlot(role));
      work.put(role, new Work());
    }
    DatasetSlot sim = slots.get(DatasetRole.SIMULATION);
    DatasetSlot exp = slots.get(DatasetRole.EXPERIMENTAL);
    ready = Bindings.createBooleanBinding(
        () -> sim.dataset() != null && exp.dataset() != null
            && sim.dataset().size() > 0 && exp.dataset().size() > 0,
        sim.stateProperty(), exp.stateProperty());
    session.projectProperty().addListener((obs, old, project) -> followProject());
    followProject();
  }

  public DatasetSlot slot(DatasetRole role) {
    return slots.get(role);
  }

  /** The usable rows of a dataset, or null when it is not imported or its roles are incomplete. */
  public @Nullable Dataset dataset(DatasetRole role) {
    return slots.get(role).dataset();
  }

  /** True when both datasets are imported with complete roles and have rows. */
  public BooleanBinding readyProperty() {
    return ready;
  }

  /** The settings the project holds for a dataset, or null when it has no such file. */
  public @Nullable ImportSettings settings(DatasetRole role) {
    DatasetReference ref = session.project().dataset(role);
    return ref == null ? null : ref.importSettings();
  }

  /**
   * Imports a file the user chose, detecting its format and roles. On success the project refers
   * to it (one undoable step); on failure the message shows and the previous import stays.
   */
  public void importFile(DatasetRole role, Path file) {
    Work w = work.get(role);
    Path absolute = file.toAbsolutePath().normalize();
    if (w.running) {
      w.pendingImport = absolute;
    } else {
      startImport(role, absolute);
    }
  }

  /**
   * Changes the settings of a dataset as one undoable step named {@code description}. Edits with
   * the same {@code mergeKey} in a row become one step (a value changed with the arrow keys).
   */
  public void changeSettings(DatasetRole role, ImportSettings settings, String description,
      Object mergeKey) {
    DatasetReference ref = session.project().dataset(role);
    if (ref == null || ref.importSettings().equals(settings)) {
      return;
    }
    undo.execute(new ValueEdit<>(description, mergeKey, ref.importSettings(), settings,
        s -> setSettings(role, s)));
  }

  /**
   * Stops the running import or check of a dataset (and forgets a file waiting behind it): the
   * data shown and the project stay as they were, and the slot's notice says so when it ends.
   */
  public void cancel(DatasetRole role) {
    Work w = work.get(role);
    if (!w.running || w.handle == null) {
      return;
    }
    w.pendingImport = null;
    w.handle.cancel();
    DatasetSlot slot = slots.get(role);
    slot.setProgress(slot.progressProperty().get(), "Cancelling...");
  }

  /** Reads the file again from disk (it may have been edited) with the current settings. */
  public void reload(DatasetRole role) {
    Work w = work.get(role);
    w.applied = null;
    w.stateRef = null;
    followProject();
  }

  private void setSettings(DatasetRole role, ImportSettings settings) {
    DatasetReference current = session.project().dataset(role);
    if (current != null) {
      session.update(p -> p.withDataset(role,
          new DatasetReference(current.path(), current.sha256(), settings)));
    }
  }

  private void setReference(DatasetRole role, @Nullable DatasetReference ref) {
    session.update(p -> p.withDataset(role, ref));
  }

  private void followProject() {
    for (DatasetRole role : DatasetRole.values()) {
      follow(role);
    }
  }

  private void follow(DatasetRole role) {
    Work w = work.get(role);
    DatasetSlot slot = slots.get(role);
    if (w.running) {
      return; // caught up when the running task ends
    }
    if (w.pendingImport != null) {
      Path file = w.pendingImport;
      w.pendingImport = null;
      startImport(role, file);
      return;
    }
    DatasetReference ref = session.project().dataset(role);
    if (Objects.equals(ref, w.applied)) {
      return;
    }
    w.applied = ref;
    if (ref == null) {
      w.stateRef = null;
      slot.setState(null);
      slot.setError("");
      slot.setNotice("");
      return;
    }
    DatasetReference was = w.stateRef;
    ImportState current = slot.state();
    boolean sameTable = current != null && was != null && was.path().equals(ref.path())
        && was.sha256().equals(ref.sha256())
        && was.importSettings().sameReadingAs(ref.importSettings());
    boolean reloading = was == null && current != null
        && current.file().toString().equals(ref.path());
    Path file = Path.of(ref.path());
    start(role, (sameTable ? "Checking " : "Importing ") + file.getFileName(),
        context -> sameTable
            ? DatasetLoader.revalidate(current, ref.importSettings(), context)
            : DatasetLoader.load(file, ref.importSettings(), reloading ? null : ref.sha256(),
                context),
        state -> {
          // reloaded after an edit outside the workbench: the project follows the new content
          DatasetReference now = reloading && !state.sha256().equals(ref.sha256())
              ? ref.withSha256(state.sha256()) : ref;
          w.applied = now;
          w.stateRef = now;
          slot.setState(state);
          slot.setError("");
          if (now != ref) {
            session.update(p -> p.withDataset(role, now));
          }
          status.accept(describe(state));
        },
        error -> {
          ImportState shown = slot.state();
          if (shown != null && !shown.file().toString().equals(ref.path())) {
            slot.setState(null); // another project's or another file's data must not stay
            w.stateRef = null;
          }
          fail(slot, file, error);
        },
        () -> {
          ImportState shown = slot.state();
          if (shown != null && !shown.file().toString().equals(ref.path())) {
            slot.setState(null); // another project's or another file's data must not stay
            w.stateRef = null;
            shown = null;
          }
          cancelled(slot, file, shown == null
              ? "no data imported. Open the file again to import it."
              : "the previous data are kept; they may not follow the latest settings. Press"
                  + " Reload to read the file again.");
        });
  }

  private void startImport(DatasetRole role, Path file) {
    DatasetSlot slot = slots.get(role);
    Work w = work.get(role);
    start(role, "Importing " + file.getFileName(),
        context -> DatasetLoader.load(file, ImportSettings.undecided(), null, context),
        state -> {
          DatasetReference ref = new DatasetReference(file.toString(), state.sha256(),
              state.assignment().applyTo(ImportSettings.undecided().withOptions(state.options())));
          w.applied = ref;
          w.stateRef = ref;
          slot.setState(state);
          slot.setError("");
          DatasetReference old = session.project().dataset(role);
          undo.execute(new ValueEdit<>("Import " + title(role), new Object(), old, ref,
              r -> setReference(role, r)));
          undo.endMerge();
          status.accept(describe(state));
        },
        error -> fail(slot, file, error),
        () -> cancelled(slot, file, slot.state() == null ? "no data imported."
            : "the previous data are kept."));
  }

  private void start(DatasetRole role, String title, BackgroundWork<ImportState> job,
      Consumer<ImportState> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
    Work w = work.get(role);
    DatasetSlot slot = slots.get(role);
    w.running = true;
    slot.setBusy(true);
    slot.setNotice("");
    slot.setProgress(-1, title);
    BackgroundTasks.TaskHandle handle = tasks.run(title, job, slot::setProgress,
        state -> {
          finish(role);
          onSuccess.accept(state);
          follow(role);
        },
        error -> {
          finish(role);
          onFailure.accept(error);
          follow(role);
        },
        () -> {
          finish(role);
          onCancelled.run();
          follow(role);
        });
    if (w.running && w.handle == null) {
      w.handle = handle; // not when the task already ended (work on the calling thread)
    }
  }

  private void finish(DatasetRole role) {
    Work w = work.get(role);
    w.running = false;
    w.handle = null;
    DatasetSlot slot = slots.get(role);
    slot.setBusy(false);
    slot.setProgress(-1, "");
  }

  /** Says that an import stopped before its end and what is shown now. */
  private void cancelled(DatasetSlot slot, Path file, String outcome) {
    String message = "Import of " + file.getFileName() + " cancelled; " + outcome;
    slot.setError("");
    slot.setNotice(message);
    status.accept(message);
  }

  private void fail(DatasetSlot slot, Path file, Throwable error) {
    String message = messageOf(file, error);
    slot.setError(message);
    status.accept("Could not import " + file.getFileName() + ": " + message);
  }

  /** The sentence for the user: a core message as it is, never a stack trace. */
  static String messageOf(Path file, Throwable error) {
    if (error instanceof UserFacingException) {
      return Objects.requireNonNullElse(error.getMessage(), error.toString());
    }
    if (error instanceof NoSuchFileException) {
      return file.getFileName() + ": file not found (" + file + "). It may have been moved or"
          + " deleted; open it again.";
    }
    if (error instanceof IOException io) {
      return file.getFileName() + ": the file cannot be read (" + io.getMessage() + "). Check"
          + " that it exists and that you may read it.";
    }
    return "Something went wrong that the workbench did not expect: " + error
        + ". Please report this with the steps that led to it.";
  }

  /** The status line after an import or check. */
  static String describe(ImportState state) {
    if (state.result() == null) {
      return "Read " + state.fileName() + " (" + Texts.plural(state.table().rowCount(), "row",
          "rows") + "); choose the column roles: " + state.rolesProblem();
    }
    return "Imported " + state.result().report().summary() + ".";
  }

  public static String title(DatasetRole role) {
    return role == DatasetRole.SIMULATION ? "Simulation Data" : "Experimental Data";
  }
}
