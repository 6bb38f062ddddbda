package org.sim2real.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A workbench project, the content of a {@code .s2r} file.
 *
 * <p>The study design is kept as a JSON tree for now. SEAM: when the engine's
 * {@code core.study.StudyDesign} record exists, replace the type of {@link #studyDesign} with it
 * (and raise {@link #CURRENT_SCHEMA_VERSION} if its JSON differs from what is stored here).
 *
 * @param schemaVersion version of the file layout; a reader refuses versions it does not know
 * @param name what the user calls the project
 * @param simulationData the large computational dataset, or null before it is imported
 * @param experimentalData the small experimental dataset, or null before it is imported
 * @param studyDesign the design of the scaling study (JSON object, empty when not designed yet)
 * @param resultsDirectory where runs write their ledger, relative to the project's directory
 * @param notes free-form notes of the user
 * @param uiState what the window showed when the project was saved
 * @param targetError the study's target test error (in the unit of the target column), shared by
 *     the Scaling and Forecast steps, or null when none was set
 * @param simulationSources further simulation databases compared with the primary simulation data
 *     in one study, each with its own name (empty for a study of one source; then the field is
 *     left out of the file, which stays as it was before sources existed)
 */
public record Project(
    @JsonProperty(required = true) int schemaVersion,
    @JsonProperty(required = true) String name,
    @Nullable DatasetReference simulationData,
    @Nullable DatasetReference experimentalData,
    JsonNode studyDesign,
    String resultsDirectory,
    String notes,
    UiState uiState,
    @Nullable Double targetError,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourceReference> simulationSources) {

  /** The layout this version writes and the newest it reads. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  public static final String DEFAULT_RESULTS_DIRECTORY = "results";

  public Project {
    if (schemaVersion < 1 || schemaVersion > CURRENT_SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schemaVersion must be between 1 and " + CURRENT_SCHEMA_VERSION + ", not " + schemaVersion);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the project name is empty");
    }
    studyDesign = studyDesign == null ? JsonNodeFactory.instance.objectNode() : studyDesign.deepCopy();
    if (!studyDesign.isObject()) {
      throw new IllegalArgumentException("studyDesign must be a JSON object");
    }
    resultsDirectory = checkedResultsDirectory(resultsDirectory);
    notes = notes == null ? "" : notes;
    uiState = uiState == null ? UiState.initial() : uiState;
    if (targetError != null && !(targetError > 0 && Double.isFinite(targetError))) {
      throw new IllegalArgumentException(
          "targetError must be a positive number or null, not " + targetError);
    }
    simulationSources = simulationSources == null ? List.of() : List.copyOf(simulationSources);
    Set<String> names = new HashSet<>();
    for (SourceReference source : simulationSources) {
      if (!names.add(source.name())) {
        throw new IllegalArgumentException(
            "two simulation sources are called " + source.name() + "; every source needs its own name");
      }
    }
  }

  /** An empty project as File > New creates it. */
  public static Project newProject(String name) {
    return new Project(
        CURRENT_SCHEMA_VERSION, name, null, null, null, DEFAULT_RESULTS_DIRECTORY, "", null, null,
        List.of());
  }

  /** A copy of the design tree, so that nobody changes a project behind its back. */
  @Override
  public JsonNode studyDesign() {
    return studyDesign.deepCopy();
  }

  public @Nullable DatasetReference dataset(DatasetRole role) {
    return role == DatasetRole.SIMULATION ? simulationData : experimentalData;
  }

  public Project withName(String newName) {
    return new Project(schemaVersion, newName, simulationData, experimentalData, studyDesign,
        resultsDirectory, notes, uiState, targetError, simulationSources);
  }

  public Project withDataset(DatasetRole role, @Nullable DatasetReference reference) {
    return role == DatasetRole.SIMULATION
        ? new Project(schemaVersion, name, reference, experimentalData, studyDesign,
            resultsDirectory, notes, uiState, targetError, simulationSources)
        : new Project(schemaVersion, name, simulationData, reference, studyDesign,
            resultsDirectory, notes, uiState, targetError, simulationSources);
  }

  public Project withStudyDesign(JsonNode design) {
    return new Project(schemaVersion, name, simulationData, experimentalData, design,
        resultsDirectory, notes, uiState, targetError, simulationSources);
  }

  /** Another results folder (relative to the project's folder; checked like on reading). */
  public Project withResultsDirectory(String directory) {
    return new Project(schemaVersion, name, simulationData, experimentalData, studyDesign,
        directory, notes, uiState, targetError, simulationSources);
  }

  public Project withNotes(String newNotes) {
    return new Project(schemaVersion, name, simulationData, experimentalData, studyDesign,
        resultsDirectory, newNotes, uiState, targetError, simulationSources);
  }

  public Project withUiState(UiState newUiState) {
    return new Project(schemaVersion, name, simulationData, experimentalData, studyDesign,
        resultsDirectory, notes, newUiState, targetError, simulationSources);
  }

  /** Another target error of the study (null for none). */
  public Project withTargetError(@Nullable Double target) {
    return new Project(schemaVersion, name, simulationData, experimentalData, studyDesign,
        resultsDirectory, notes, uiState, target, simulationSources);
  }

  /** Other simulation sources (names unique; checked like on reading). */
  public Project withSimulationSources(List<SourceReference> sources) {
    return new Project(schemaVersion, name, simulationData, experimentalData, studyDesign,
        resultsDirectory, notes, uiState, targetError, sources);
  }

  private static String checkedResultsDirectory(@Nullable String dir) {
    if (dir == null || dir.isBlank()) {
      return DEFAULT_RESULTS_DIRECTORY;
    }
    Path p;
    try {
      p = Path.of(dir.replace('\\', '/')).normalize(); // backslashes separate on every platform
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("resultsDirectory is not a valid folder name");
    }
    if (p.isAbsolute() || p.startsWith("..") || dir.startsWith("/") || dir.startsWith("\\")
        || dir.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException(
          "resultsDirectory must be a folder inside the project's folder, not '" + dir + "'");
    }
    return dir;
  }
}
