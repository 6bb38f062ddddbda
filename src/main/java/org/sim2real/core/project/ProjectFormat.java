package org.sim2real.core.project;

import java.nio.file.Path;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link Project} and the translation of every way a file can be wrong into
 * one sentence for the user. Project files are untrusted input: no polymorphic typing (nothing in
 * the file chooses a Java class), a size and a nesting limit, no lenient coercion of types.
 */
final class ProjectFormat {
  static final long MAX_DOCUMENT_BYTES = UntrustedJson.MAX_DOCUMENT_BYTES;
  static final int MAX_NESTING_DEPTH = UntrustedJson.MAX_NESTING_DEPTH;

  private static final UntrustedJson.DocumentKind PROJECT = new UntrustedJson.DocumentKind(
      "project file", "a workbench project", "Choose a .s2r project file.",
      file -> "The file is damaged or is not a project; open its backup " + file.getFileName()
          + ".bak if there is one.",
      file -> " The file is damaged; fix the field or open the backup " + file.getFileName()
          + ".bak if there is one.");

  private final JsonMapper mapper = UntrustedJson.mapperBuilder(false).build();

  byte[] write(Project project) {
    return mapper.writeValueAsBytes(project);
  }

  /** Parses a project file's bytes; {@code file} only names the file in messages. */
  Project read(byte[] content, Path file) {
    JsonNode tree;
    try {
      tree = mapper.readTree(content);
    } catch (JacksonException e) {
      throw UntrustedJson.syntaxError(e, file, PROJECT);
    }
    if (tree == null || tree.isMissingNode() || !tree.isObject()) {
      throw new UserFacingException(
          "The file " + file + " does not contain a project (a JSON object at the top level)."
              + " Choose a .s2r project file.");
    }
    checkSchemaVersion(tree.get("schemaVersion"), file);
    try {
      return mapper.readValue(content, Project.class);
    } catch (JacksonException e) {
      throw UntrustedJson.bindingError(e, file, PROJECT);
    }
  }

  private static void checkSchemaVersion(JsonNode version, Path file) {
    if (version == null || version.isNull()) {
      throw new UserFacingException(
          "The file " + file + " has no schemaVersion field, so it is not a Sim2Real workbench"
              + " project. Choose a .s2r project file.");
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
      throw new UserFacingException(
          "The project file " + file + " has an invalid schemaVersion (" + version
              + "); it must be a whole number from 1. The file is damaged; open its backup "
              + file.getFileName() + ".bak if there is one.");
    }
    if (version.intValue() > Project.CURRENT_SCHEMA_VERSION) {
      throw new UserFacingException(
          "The project file " + file + " was written by a newer version of the workbench (schema"
              + " version " + version.intValue() + "; this version reads up to "
              + Project.CURRENT_SCHEMA_VERSION + "). Update the workbench to open it.");
    }
  }
}
