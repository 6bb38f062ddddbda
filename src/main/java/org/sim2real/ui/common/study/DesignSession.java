package org.sim2real.ui.common.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.SourceReference;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.adaptive.AdaptiveStudy;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.ValueEdit;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import tools.jackson.databind.JsonNode;

/**
 * The study design of the open project, for the Study and Run screens. The project's design tree
 * is the truth: edits go through the {@link UndoManager} into the project (marking it modified,
 * which autosaves), and undo, redo and opening a project come back through the project.
 *
 * <p>The project's dataset references, not the design, say which files the study uses: the design
 * stored in the project names the files only for people reading it, and {@link #runnableDesign}
 * puts the project's current files, reading options and column roles in. FX thread only.
 */
public final class DesignSession {
  private static final Path SOURCE = Path.of("the project's study design");

  private final ProjectSession session;
  private final DataSession data;
  private final SourcesSession sources;
  private final UndoManager undo;
  private final Consumer<String> status;
  private final ReadOnlyObjectWrapper<StudyDesign> design = new ReadOnlyObjectWrapper<>(this,
      "design");
  private final ReadOnlyObjectWrapper<DataFacts> facts = new ReadOnlyObjectWrapper<>(this,
      "facts", DataFacts.NONE);
  private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(this,
      "problems", List.of());
  private final IntegerProperty threads;
  private @Nullable JsonNode storedTree;

  /** @param cores the default number of threads for runs (the machine's cores) */
  public DesignSession(ProjectSession session, DataSession data, SourcesSession sources,
      UndoManager undo, Consumer<String> status, int cores) {
    this.session = session;
    this.data = data;
    this.sources = sources;
    this.undo = undo;
    this.status = status;
    this.threads = new SimpleIntegerProperty(this, "threads", Math.max(1, cores));
    followProject(session.project());
    session.projectProperty().addListener((obs, old, project) -> followProject(project));
    for (DatasetRole role : DatasetRole.values()) {
      data.slot(role).stateProperty().addListener((obs, old, state) -> updateFacts());
    }
    updateFacts();
    design.addListener((obs, old, d) -> updateProblems());
    facts.addListener((obs, old, f) -> updateProblems());
    sources.entries().addListener((javafx.collections.ListChangeListener<SourcesSession.Entry>)
        change -> {
          updateFacts();
          updateProblems();
        });
    updateProblems();
  }

  public StudyDesign design() {
    return design.get();
  }

  public ReadOnlyObjectProperty<StudyDesign> designProperty() {
    return design.getReadOnlyProperty();
  }

  public DataFacts facts() {
    return facts.get();
  }

  public ReadOnlyObjectProperty<DataFacts> factsProperty() {
    return facts.getReadOnlyProperty();
  }

  /** Why the design cannot run on the data as they are (empty when it can, as far as is known). */
  public ReadOnlyObjectProperty<List<String>> problemsProperty() {
    return problems.getReadOnlyProperty();
  }

  /** Cells trained in parallel by a run (a run setting, not part of the design). */
  public IntegerProperty threadsProperty() {
    return threads;
  }

  public ProjectSession projectSession() {
    return session;
  }

  /** The simulation rows as imported, for the run-time calibration; null before the import. */
  public @Nullable Dataset simulationData() {
    return data.dataset(DatasetRole.SIMULATION);
  }

  /**
   * Changes the design as one undoable step; consecutive edits with the same {@code field}
   * (typing in one text field) merge into one step.
   */
  public void edit(String description, Object field, StudyDesign next) {
    StudyDesign old = design.get();
    StudyDesign normalized = StudyPreset.normalize(next);
    if (normalized.equals(old) || undo.isApplying()) {
      return;
    }
    undo.execute(new ValueEdit<>(description, field, old, normalized, this::store));
  }

  /**
   * Names and prices the primary simulation source (null: neither), one undoable step; a label
   * only, so a finished study's cells stay valid.
   */
  public void setPrimary(@Nullable PrimarySource primary) {
    edit(primary == null ? "Remove the primary source's name"
        : "Name the primary source " + primary.name(), new Object(),
        design.get().withPrimary(primary));
    undo.endMerge();
  }

  /** Ends typing in a field: the next edit is a new undo step. */
  public void endEditing() {
    undo.endMerge();
  }

  /**
   * The design as the engine runs it: the project's data files with their reading options and
   * column roles (roles left to detection when the Data step has none).
   *
   * @throws UserFacingException when a dataset is missing or its roles are unfinished
   */
  public StudyDesign runnableDesign() {
    Project p = session.project();
    DatasetReference sim = p.dataset(DatasetRole.SIMULATION);
    DatasetReference exp = p.dataset(DatasetRole.EXPERIMENTAL);
    if (sim == null || exp == null) {
      throw new UserFacingException("Import the simulation and the experimental data in the Data"
          + " step first.");
    }
    StudyDesign d = design.get();
    List<SimulationSource> named = new ArrayList<>();
    for (SourceReference source : p.simulationSources()) {
      named.add(new SimulationSource(source.name(), spec(source.dataset()), source.costPerRow(),
          List.of()));
    }
    return d.withDatasets(spec(sim), spec(exp), d.testSet()).withSources(named);
  }

  /** What identifies a plan of the current design: the design, the data's content, the folder. */
  public PlanService.PlanKey planKey() {
    Project p = session.project();
    StudyDesign runnable = runnableDesign();
    StringBuilder simulation = new StringBuilder(
        Objects.requireNonNull(p.dataset(DatasetRole.SIMULATION)).sha256());
    for (SourceReference source : p.simulationSources()) {
      simulation.append(' ').append(source.dataset().sha256()); // a source's content, too
    }
    return new PlanService.PlanKey(runnable, simulation.toString(),
        Objects.requireNonNull(p.dataset(DatasetRole.EXPERIMENTAL)).sha256(), baseDirectory());
  }

  /** Where relative paths of the design resolve: the project's folder, else the data's. */
  public Path baseDirectory() {
    Path file = session.file();
    if (file != null && file.toAbsolutePath().getParent() != null) {
      return file.toAbsolutePath().getParent();
    }
    DatasetReference sim = session.project().dataset(DatasetRole.SIMULATION);
    Path parent = sim == null ? null : Path.of(sim.path()).toAbsolutePath().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }

  private static DatasetSpec spec(DatasetReference ref) {
    ImportSettings s = ref.importSettings();
    return new DatasetSpec(ref.path(), s.toOptions(), s.hasRoles() ? s.toRoles() : null);
  }

  private void store(StudyDesign value) {
    // the project's sources, not the design, say which sources there are (runnableDesign)
    StudyDesign named = value.withDatasets(placeholder(DatasetRole.SIMULATION),
        placeholder(DatasetRole.EXPERIMENTAL), value.testSet()).withSources(List.of());
    JsonNode tree = DesignJson.toTree(named);
    storedTree = tree;
    design.set(named);
    session.update(p -> p.withStudyDesign(tree));
  }

  private void followProject(Project project) {
    JsonNode tree = project.studyDesign();
    if (tree.equals(storedTree) && design.get() != null) {
      return;
    }
    storedTree = tree;
    design.set(read(tree));
  }

  private StudyDesign read(JsonNode tree) {
    if (tree.isEmpty()) {
      return defaults();
    }
    try {
      return DesignJson.fromTree(tree, SOURCE);
    } catch (UserFacingException | IllegalArgumentException e) {
      status.accept("The project's study design could not be read (" + e.getMessage()
          + "); the Study step shows the workbench defaults instead.");
      return defaults();
    }
  }

  private StudyDesign defaults() {
    return Objects.requireNonNull(StudyPreset.WORKBENCH_DEFAULTS.design(
        placeholder(DatasetRole.SIMULATION), placeholder(DatasetRole.EXPERIMENTAL)));
  }

  /** The file name of a dataset, for people reading the stored design. */
  private DatasetSpec placeholder(DatasetRole role) {
    DatasetReference ref = session.project().dataset(role);
    String name = ref == null ? role.displayName()
        : Objects.toString(Path.of(ref.path()).getFileName(), role.displayName());
    return DatasetSpec.of(name);
  }

  private void updateFacts() {
    Dataset sim = data.dataset(DatasetRole.SIMULATION);
    Dataset exp = data.dataset(DatasetRole.EXPERIMENTAL);
    List<@Nullable Integer> sourceRows = new ArrayList<>();
    for (SourcesSession.Entry e : sources.entries()) {
      sourceRows.add(e.state() == SourcesSession.State.READY ? e.usableRows() : null);
    }
    facts.set(new DataFacts(sim == null ? null : sim.size(), exp == null ? null : exp.size(),
        sim == null ? null : sim.roles(), sourceRows));
  }

  private void updateProblems() {
    List<String> all = new ArrayList<>(DesignProblems.of(design.get(), facts.get()));
    all.addAll(sources.problems());
    AdaptiveSettings adaptive = design.get().adaptive();
    List<SourceReference> further = session.project().simulationSources();
    if (adaptive != null && adaptive.question() == AdaptiveSettings.Question.RANKING) {
      PrimarySource primary = design.get().primary();
      String problem = AdaptiveStudy.rankingProblem(further.isEmpty(),
          primary == null ? null : primary.costPerRow(), further.stream()
              .filter(s -> s.costPerRow() == null).map(SourceReference::name).toList());
      if (problem != null) {
        all.add(Character.toUpperCase(problem.charAt(0)) + problem.substring(1)
            + " on the Data step.");
      }
    } else if (adaptive != null && !further.isEmpty()) {
      all.add("An adaptive study asks about the primary simulation only: remove the further"
          + " sources on the Data step, or ask nothing and run the whole grid.");
    }
    problems.set(List.copyOf(all));
  }

  /** Convenience for tests and summaries: the problems as one list. */
  public List<String> problems() {
    return new ArrayList<>(problems.get());
  }
}
