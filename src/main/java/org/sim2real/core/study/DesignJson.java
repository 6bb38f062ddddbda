package org.sim2real.core.study;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TrainingLength;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link StudyDesign}. Design files are untrusted: limits and strict binding
 * from {@link UntrustedJson}, unknown fields are errors (a misspelt setting must not be ignored
 * silently), and the few settings that come in variants (model, training length, tabular model)
 * are chosen by a "kind" name from a closed list, never by a class name from the file.
 */
public final class DesignJson {
  private static final UntrustedJson.DocumentKind DESIGN = new UntrustedJson.DocumentKind(
      "study design file", "a study design", "Choose a study design .json file.",
      file -> "Fix the file, or write a new one with 'run --save-design'.",
      file -> " Fix that field and try again.");

  private static final JsonMapper MAPPER = UntrustedJson.mapperBuilder(true)
      .addMixIn(ModelSpec.class, ModelSpecKinds.class)
      .addMixIn(TrainingLength.class, TrainingLengthKinds.class)
      .addMixIn(TabularSettings.class, TabularSettingsKinds.class)
      .addMixIn(ColumnRoles.class, ColumnRolesFields.class)
      .build();

  /**
   * Only the record components: isDescriptors() and isPair() are derived, and written out they
   * made every design with explicit roles unreadable (its own design.json included).
   */
  @JsonIgnoreProperties({"descriptors", "pair"})
  private interface ColumnRolesFields {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ModelSpec.Mlp.class, name = "mlp"),
    @JsonSubTypes.Type(value = ModelSpec.Tabular.class, name = "tabular")
  })
  private interface ModelSpecKinds {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TrainingLength.Epochs.class, name = "epochs"),
    @JsonSubTypes.Type(value = TrainingLength.StepBudget.class, name = "step-budget"),
    @JsonSubTypes.Type(value = TrainingLength.GrowingStepBudget.class,
        name = "growing-step-budget")
  })
  private interface TrainingLengthKinds {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TabularSettings.GradientBoosting.class, name = "gradient-boosting"),
    @JsonSubTypes.Type(value = TabularSettings.RandomForest.class, name = "random-forest"),
    @JsonSubTypes.Type(value = TabularSettings.GaussianProcess.class, name = "gaussian-process")
  })
  private interface TabularSettingsKinds {}

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(tools.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED)
      .build();

  private static final UnknownFieldCheck UNKNOWN_FIELDS = new UnknownFieldCheck(Map.of(
      ModelSpec.class, Map.of("mlp", ModelSpec.Mlp.class, "tabular", ModelSpec.Tabular.class),
      TrainingLength.class, Map.of("epochs", TrainingLength.Epochs.class,
          "step-budget", TrainingLength.StepBudget.class,
          "growing-step-budget", TrainingLength.GrowingStepBudget.class),
      TabularSettings.class, Map.of(
          "gradient-boosting", TabularSettings.GradientBoosting.class,
          "random-forest", TabularSettings.RandomForest.class,
          "gaussian-process", TabularSettings.GaussianProcess.class)));

  private DesignJson() {}

  public static String write(StudyDesign design) {
    return MAPPER.writeValueAsString(design);
  }

  /** Writes atomically (temporary file, then rename) so a crash never leaves half a design. */
  public static void write(StudyDesign design, Path file) {
    AtomicFiles.write(file, (write(design) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Reads a design file; every problem becomes a message naming the file, field and line. */
  public static StudyDesign read(Path file) {
    byte[] content;
    try {
      if (Files.size(file) > UntrustedJson.MAX_DOCUMENT_BYTES) {
        throw new UserFacingException("The file " + file + " is larger than a study design file"
            + " can be (16 MB). Choose a study design .json file.");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserFacingException("The study design file " + file + " does not exist.");
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the study design file " + file + ": " + e.getMessage());
    }
    return read(content, file);
  }

  /** Parses design bytes; {@code file} only names the source in messages. */
  public static StudyDesign read(byte[] content, Path file) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(content);
    } catch (JacksonException e) {
      throw UntrustedJson.syntaxError(e, file, DESIGN);
    }
    if (tree == null || !tree.isObject()) {
      throw new UserFacingException("The file " + file + " does not contain a study design (a JSON"
          + " object at the top level). Choose a study design .json file.");
    }
    if (!tree.has("schemaVersion")) {
      throw new UserFacingException("The file " + file + " has no schemaVersion field, so it is not"
          + " a study design. Choose a study design .json file.");
    }
    UnknownFieldCheck.Finding unknown = UNKNOWN_FIELDS.find(tree, StudyDesign.class, "");
    if (unknown != null) {
      throw new UserFacingException("The study design file " + file + " has an unknown field "
          + InputEcho.quote(unknown.path()) + " (known fields there: " + String.join(", ", unknown.known())
          + "). Fix that field and try again.");
    }
    try {
      return MAPPER.treeToValue(tree, StudyDesign.class);
    } catch (JacksonException e) {
      // bind again from the bytes so that messages carry line and column
      try {
        return MAPPER.readValue(content, StudyDesign.class);
      } catch (JacksonException located) {
        throw UntrustedJson.bindingError(located, file, DESIGN);
      }
    }
  }

  /** The design as a JSON tree (for embedding in a project file). */
  public static JsonNode toTree(StudyDesign design) {
    return MAPPER.valueToTree(design);
  }

  /** Compact JSON with object keys sorted: the same tree always gives the same bytes. */
  static byte[] canonicalBytes(JsonNode tree) {
    return CANONICAL.writeValueAsBytes(tree);
  }

  /** A design from a JSON tree embedded in a project; {@code source} names it in messages. */
  public static StudyDesign fromTree(JsonNode tree, Path source) {
    return read(MAPPER.writeValueAsBytes(tree), source);
  }
}
