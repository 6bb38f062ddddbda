package org.sim2real.core.project;

import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import org.sim2real.core.data.UserFacingException;

/**
 * The JSON form of a {@link Project} and the translation of every way a file can be wrong into
 * one sentence for the user. Project files are untrusted input: no polymorphic typing (nothing in
 * the file chooses a Java class), a size and a nesting limit, no lenient coercion of types.
 */
final class ProjectFormat {
  static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
  static final int MAX_NESTING_DEPTH = 64;

  private final JsonMapper mapper;

  ProjectFormat() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build();
    mapper =
        JsonMapper.builder(factory)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .withCoercionConfig(
                LogicalType.Textual,
                cfg -> {
                  cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                  cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                  cfg.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                })
            .build();
  }

  byte[] write(Project project) {
    return mapper.writeValueAsBytes(project);
  }

  /** Parses a project file's bytes; {@code file} only names the file in messages. */
  Project read(byte[] content, Path file) {
    JsonNode tree;
    try {
      tree = mapper.readTree(content);
    } catch (JacksonException e) {
      throw syntaxError(e, file);
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
      throw bindingError(e, file);
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

  private static UserFacingException syntaxError(JacksonException e, Path file) {
    String where = location(e);
    if (e instanceof StreamConstraintsException) {
      String what = e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("depth")
          ? "nests objects more than " + MAX_NESTING_DEPTH + " levels deep"
          : "is larger than a project file can be (" + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB)";
      return new UserFacingException(
          "The file " + file + " " + what + where + ", so it is not a workbench project."
              + " Choose a .s2r project file.", e);
    }
    if (e instanceof StreamReadException) {
      return new UserFacingException(
          "The project file " + file + " is not valid JSON" + where + ": " + firstLine(e)
              + ". The file is damaged or is not a project; open its backup "
              + file.getFileName() + ".bak if there is one.", e);
    }
    return new UserFacingException("Cannot read the project file " + file + ": " + firstLine(e), e);
  }

  private static UserFacingException bindingError(JacksonException e, Path file) {
    String field = fieldPath(e);
    String where = location(e);
    String tail = " The file is damaged; fix the field or open the backup " + file.getFileName()
        + ".bak if there is one.";
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return new UserFacingException(
          "The project file " + file + " has an invalid value" + forField(field) + where + ": "
              + e.getCause().getMessage() + "." + tail, e);
    }
    if (e instanceof MismatchedInputException
        && e.getOriginalMessage().startsWith("Missing required creator property")) {
      // Jackson's path already ends with the missing property
      String full = field.isEmpty() ? missingProperty(e.getOriginalMessage()) : field;
      return new UserFacingException(
          "The project file " + file + " is missing the required field '" + full + "'" + where
              + "." + tail, e);
    }
    if (e instanceof DatabindException) {
      return new UserFacingException(
          "The project file " + file + " has a value of the wrong type" + forField(field) + where
              + " (" + firstLine(e) + ")." + tail, e);
    }
    return syntaxError(e, file);
  }

  private static String forField(String field) {
    return field.isEmpty() ? "" : " for '" + field + "'";
  }

  /** "simulationData.importSettings.idColumns[2]" from Jackson's reference chain. */
  private static String fieldPath(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String missingProperty(String message) {
    int start = message.indexOf('\'');
    int end = message.indexOf('\'', start + 1);
    return start >= 0 && end > start ? message.substring(start + 1, end) : "?";
  }

  private static String location(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null || loc.getLineNr() < 1) {
      return "";
    }
    return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String firstLine(JacksonException e) {
    String m = e.getOriginalMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
