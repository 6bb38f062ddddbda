package org.sim2real.ui.common.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.SourceReference;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.TaskContext;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.ValueEdit;

/**
 * The further simulation sources of the open project (besides its primary simulation data), for
 * the Data step's Sources page and the study: which there are, and whether each file can be used.
 *
 * <p>The project's {@link SourceReference}s are the truth; every edit (add, remove, rename, cost)
 * is one undoable step. Each file is read once in the background to count its usable rows and to
 * check that its columns can be featurized like the primary simulation data; only that summary
 * is kept, not the table. FX thread only.
 */
public final class SourcesSession {
  /** Whether a source can be used in a study, as far as its check knows. */
  public enum State { CHECKING, READY, PROBLEM }

  /**
   * One source as the Sources page shows it.
   *
   * @param message what is wrong or worth knowing, in one sentence (empty when all is well)
   */
  public record Entry(SourceReference source, State state, int usableRows, int rejectedRows,
      String message) {
    public String fileName() {
      return Path.of(source.dataset().path()).getFileName().toString();
    }
  }

  /** What reading a source's file found (the table itself is not kept). */
  record Check(int usableRows, int rejectedRows, @Nullable ColumnRoles roles, String problem,
      String note) {}

  private final ProjectSession session;
  private final DataSession data;
  private final BackgroundTasks tasks;
  private final UndoManager undo;
  private final Consumer<String> status;
  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  /** One wrapper for all: a wrapper made per call drops its listeners when it is collected. */
  private final ObservableList<Entry> readOnlyEntries =
      FXCollections.unmodifiableObservableList(entries);
  private final Map<DatasetReference, Check> checks = new HashMap<>();
  private final Set<DatasetReference> checking = new HashSet<>();
  private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(this, "adding");
  private final ReadOnlyStringWrapper addError = new ReadOnlyStringWrapper(this, "addError", "");
  private BackgroundTasks.@Nullable TaskHandle addHandle;

  public SourcesSession(ProjectSession session, DataSession data, BackgroundTasks tasks,
      UndoManager undo, Consumer<String> status) {
    this.session = session;
    this.data = data;
    this.tasks = tasks;
    this.undo = undo;
    this.status = status;
    session.projectProperty().addListener((obs, old, project) -> follow());
    data.slot(DatasetRole.SIMULATION).stateProperty().addListener((obs, old, s) -> refresh());
    follow();
  }

  /** The sources in the project's order, with their check. */
  public ObservableList<Entry> entries() {
    return readOnlyEntries;
  }

  /** True while a file chosen with {@link #add} is read. */
  public ReadOnlyBooleanProperty addingProperty() {
    return adding.getReadOnlyProperty();
  }

  /** Why the last file could not be added (empty when it was, or nothing was tried). */
  public ReadOnlyStringProperty addErrorProperty() {
    return addError.getReadOnlyProperty();
  }

  /**
   * Reads {@code file} in the background and, when it is a table with usable rows whose columns
   * fit the primary simulation data, adds it as a source with a name taken from its file name
   * (one undoable step). Otherwise {@link #addErrorProperty} says why and the project stays.
   */
  public void add(Path file) {
    if (adding.get()) {
      return;
    }
    Path absolute = file.toAbsolutePath().normalize();
    adding.set(true);
    addError.set("");
    addHandle = tasks.run("Adding the simulation source " + absolute.getFileName(),
        context -> read(absolute, ImportSettings.undecided(), null, context),
        read -> {
          adding.set(false);
          String problem = read.check().problem().isEmpty() ? fitProblem(read.check())
              : read.check().problem();
          if (!problem.isEmpty()) {
            addError.set(absolute.getFileName() + " was not added: " + problem);
            return;
          }
          DatasetReference reference = java.util.Objects.requireNonNull(read.reference());
          checks.put(reference, read.check());
          String name = suggestName(absolute, session.project());
          List<SourceReference> next = new ArrayList<>(session.project().simulationSources());
          next.add(new SourceReference(name, reference, null));
          edit("Add simulation source " + name, next);
          status.accept("Added " + absolute.getFileName() + " as the simulation source " + name
              + " (" + Texts.count(read.check().usableRows()) + " usable rows).");
        },
        error -> {
          adding.set(false);
          addError.set(absolute.getFileName() + " was not added: " + message(error));
        },
        () -> adding.set(false));
  }

  /** Stops reading a file being added; nothing changes. */
  public void cancelAdd() {
    if (addHandle != null && adding.get()) {
      addHandle.cancel();
    }
  }

  public void remove(String name) {
    List<SourceReference> next = new ArrayList<>(session.project().simulationSources());
    if (next.removeIf(s -> s.name().equals(name))) {
      edit("Remove simulation source " + name, next);
    }
  }

  /**
   * Renames a source (one undoable step).
   *
   * @return why the name cannot be used, or empty when it was applied
   */
  public String rename(String name, String newName) {
    String wanted = newName.strip();
    if (wanted.equals(name)) {
      return "";
    }
    String problem = nameProblem(wanted, session.project(), name);
    if (!problem.isEmpty()) {
      return problem;
    }
    edit("Rename simulation source " + name + " to " + wanted,
        session.project().simulationSources().stream()
            .map(s -> s.name().equals(name) ? s.withName(wanted) : s).toList());
    return "";
  }

  /** Sets what one row of a source costs (null: not known), one undoable step. */
  public void setCost(String name, @Nullable Double costPerRow) {
    if (costPerRow != null && !(costPerRow > 0 && Double.isFinite(costPerRow))) {
      throw new IllegalArgumentException("a cost per row must be a positive number");
    }
    edit("Set the cost per row of " + name,
        session.project().simulationSources().stream()
            .map(s -> s.name().equals(name) ? s.withCostPerRow(costPerRow) : s).toList());
  }

  /** Why the sources cannot run as they are, one sentence each (empty when they can). */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Entry e : entries) {
      if (e.state() == State.PROBLEM) {
        problems.add("Simulation source " + e.source().name() + ": " + e.message());
      } else if (e.state() == State.CHECKING) {
        problems.add("Simulation source " + e.source().name() + " is still being checked.");
      }
    }
    return problems;
  }

  /**
   * Why {@code name} cannot name a source of {@code project} ({@code except}: the source being
   * renamed), or empty when it can.
   */
  static String nameProblem(String name, Project project, @Nullable String except) {
    if (!SimulationSource.isValidName(name)) {
      return "'" + name + "' is not a source name: use a letter, then letters, digits, '-' or '_'"
          + " (at most 40), e.g. oqmd.";
    }
    boolean taken = project.simulationSources().stream()
        .anyMatch(s -> s.name().equalsIgnoreCase(name) && !s.name().equals(except));
    // the primary's name is a label of the design (its "primary" part)
    String primary = project.studyDesign().path("primary").path("name").asString("");
    if (!taken && primary.equalsIgnoreCase(name)) {
      return "The primary source is called " + primary + ".";
    }
    return taken ? "Another source is called " + name + "." : "";
  }

  /**
   * A short free name from the file name: the parts of its name that the primary simulation
   * file's name does not have ("sim_oqmd_gap.csv" next to "sim_mp_gap.csv" gives "oqmd").
   */
  static String suggestName(Path file, Project project) {
    List<String> own = parts(file.getFileName().toString());
    DatasetReference primary = project.simulationData();
    Set<String> common = primary == null ? Set.of()
        : new HashSet<>(parts(Path.of(primary.path()).getFileName().toString()));
    List<String> distinct = own.stream().filter(p -> !common.contains(p)).toList();
    String base = String.join("-", distinct.isEmpty() ? own : distinct);
    base = base.replaceAll("[^A-Za-z0-9_-]", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "source" + (base.isEmpty() ? "" : "-" + base);
    }
    base = base.length() > 36 ? base.substring(0, 36) : base;
    String name = base;
    for (int i = 2; !nameProblem(name, project, null).isEmpty(); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private static List<String> parts(String fileName) {
    String stem = fileName.toLowerCase(Locale.ROOT)
        .replaceAll("(\\.(gz|csv|tsv|txt|xlsx|xls))+$", "");
    return new ArrayList<>(new LinkedHashSet<>(List.of(stem.split("[^a-z0-9]+")).stream()
        .filter(p -> !p.isEmpty()).toList()));
  }

  private void edit(String description, List<SourceReference> next) {
    List<SourceReference> old = session.project().simulationSources();
    undo.execute(new ValueEdit<>(description, new Object(), old, List.copyOf(next),
        list -> session.update(p -> p.withSimulationSources(list))));
    undo.endMerge();
  }

  private void follow() {
    for (SourceReference source : session.project().simulationSources()) {
      DatasetReference ref = source.dataset();
      if (!checks.containsKey(ref) && checking.add(ref)) {
        startCheck(ref);
      }
    }
    refresh();
  }

  private void startCheck(DatasetReference ref) {
    tasks.run("Checking the simulation source " + Path.of(ref.path()).getFileName(),
        context -> read(Path.of(ref.path()), ref.importSettings(), ref.sha256(), context).check(),
        check -> done(ref, check),
        error -> done(ref, new Check(0, 0, null, message(error), "")),
        () -> done(ref, new Check(0, 0, null, "the check was cancelled; reopen the project to"
            + " check it again.", "")));
  }

  private void done(DatasetReference ref, Check check) {
    checking.remove(ref);
    checks.put(ref, check);
    refresh();
  }

  private void refresh() {
    List<Entry> next = new ArrayList<>();
    for (SourceReference source : session.project().simulationSources()) {
      Check check = checks.get(source.dataset());
      if (check == null) {
        next.add(new Entry(source, State.CHECKING, 0, 0, "Reading the file\u2026"));
        continue;
      }
      String problem = check.problem().isEmpty() ? fitProblem(check) : check.problem();
      next.add(new Entry(source, problem.isEmpty() ? State.READY : State.PROBLEM,
          check.usableRows(), check.rejectedRows(), problem.isEmpty() ? check.note() : problem));
    }
    if (!next.equals(entries)) {
      entries.setAll(next);
    }
  }

  /** Why a read file cannot be featurized like the primary simulation data ("" when it can). */
  private String fitProblem(Check check) {
    Dataset primary = data.dataset(DatasetRole.SIMULATION);
    if (check.roles() == null || primary == null) {
      return "";
    }
    if (!SimulationSource.fitsPrimary(check.roles(), primary.roles())) {
      return "its columns are " + check.roles().describe() + ", but the primary simulation"
          + " data's are " + primary.roles().describe() + "; a source needs the same kind of"
          + " input columns.";
    }
    return "";
  }

  private record Read(@Nullable DatasetReference reference, Check check) {}

  /** Reads and checks a file off the FX thread. */
  private static Read read(Path file, ImportSettings settings, @Nullable String sha,
      TaskContext context) throws Exception {
    if (!file.isAbsolute()) {
      return new Read(null, new Check(0, 0, null, "the project refers to it as '" + file
          + "', which lies outside the project's folder; the workbench does not follow such"
          + " paths. Remove it and add the file again.", ""));
    }
    if (!Files.isRegularFile(file)) {
      return new Read(null, new Check(0, 0, null, "the file " + file + " is missing: it was"
          + " moved, renamed or deleted. Remove the source and add the file again.", ""));
    }
    ImportState state = DatasetLoader.load(file, settings, sha, context);
    if (context.isCancelled()) {
      throw new CancellationException();
    }
    DatasetReference reference = new DatasetReference(file.toString(), state.sha256(),
        state.assignment().applyTo(ImportSettings.undecided().withOptions(state.options())));
    if (state.rolesProblem() != null || state.result() == null) {
      return new Read(reference, new Check(0, 0, null,
          "its column roles are not clear (" + state.rolesProblem() + ").", ""));
    }
    Dataset dataset = state.result().dataset();
    String note = state.notes().isEmpty() ? "" : String.join(" ", state.notes());
    if (dataset.size() == 0) {
      return new Read(reference, new Check(0, state.rejectedCount(), dataset.roles(),
          "none of its rows can be used (" + Texts.count(state.rejectedCount())
              + " rejected; open it as the simulation data to see why).", note));
    }
    return new Read(reference, new Check(dataset.size(), state.rejectedCount(), dataset.roles(),
        "", note));
  }

  private static String message(Throwable error) {
    if (error instanceof UserFacingException u) {
      return u.getMessage();
    }
    return error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
  }
}
