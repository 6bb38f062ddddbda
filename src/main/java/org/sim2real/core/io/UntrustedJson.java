package org.sim2real.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON documents that come from users' disks (projects, study designs) are untrusted: this class
 * builds mappers with size and depth limits, strict types and no polymorphic typing from
 * content, and turns Jackson's exceptions into messages that name the file, the field, the line
 * and column, and what to do.
 */
public final class UntrustedJson {
  public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * How messages speak about one kind of document.
   *
   * @param noun e.g. "project file"
   * @param content e.g. "a workbench project" (what the file is not, when it is something else)
   * @param chooseHint e.g. "Choose a .s2r project file."
   * @param syntaxHint what to do about a file that is not JSON, given the file
   * @param fieldHint what to do about a bad field, given the file (starts with a space)
   */
  public record DocumentKind(String noun, String content, String chooseHint,
      Function<Path, String> syntaxHint, Function<Path, String> fieldHint) {}

  private UntrustedJson() {}

  /** A mapper builder with the limits and strictness every untrusted document gets. */
  public static JsonMapper.Builder mapperBuilder(boolean failOnUnknownFields) {
    JsonFactory factory = JsonFactory.builder()
        // a field given twice could show one value to a reader and bind the other
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .build())
        .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .withCoercionConfig(LogicalType.Textual, cfg -> {
          cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
          cfg.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        });
    return failOnUnknownFields
        ? builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The message for a document that is not (well-formed, small enough) JSON. */
  public static UserFacingException syntaxError(JacksonException e, Path file, DocumentKind kind) {
    String where = location(e);
    if (e instanceof StreamConstraintsException) {
      String what = e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("depth")
          ? "nests objects more than " + MAX_NESTING_DEPTH + " levels deep"
          : "is larger than a " + kind.noun() + " can be (" + MAX_DOCUMENT_BYTES / (1024 * 1024)
              + " MB)";
      return new UserFacingException("The file " + file + " " + what + where + ", so it is not "
          + kind.content() + ". " + kind.chooseHint(), e);
    }
    if (e instanceof StreamReadException) {
      return new UserFacingException("The " + kind.noun() + " " + file + " is not valid JSON"
          + where + ": " + firstLine(e) + ". " + kind.syntaxHint().apply(file), e);
    }
    return new UserFacingException("Cannot read the " + kind.noun() + " " + file + ": "
        + firstLine(e), e);
  }

  /** The message for well-formed JSON whose fields do not make a valid document. */
  public static UserFacingException bindingError(JacksonException e, Path file, DocumentKind kind) {
    String field = fieldPath(e);
    String where = location(e);
    String tail = kind.fieldHint().apply(file);
    String prefix = "The " + kind.noun() + " " + file;
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return new UserFacingException(prefix + " has an invalid value" + forField(field) + where
          + ": " + InputEcho.oneLine(String.valueOf(e.getCause().getMessage())) + "." + tail, e);
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new UserFacingException(prefix + " has an unknown field " + InputEcho.quote(field) + where
          + " (known fields here: " + String.join(", ", unknown.getKnownPropertyIds().stream()
              .map(String::valueOf).sorted().toList()) + ")." + tail, e);
    }
    if (e instanceof MismatchedInputException
        && e.getOriginalMessage().startsWith("Missing required creator property")) {
      String full = field.isEmpty() ? missingProperty(e.getOriginalMessage()) : field;
      return new UserFacingException(prefix + " is missing the required field "
          + InputEcho.quote(full) + where + "." + tail, e);
    }
    if (e instanceof DatabindException) {
      return new UserFacingException(prefix + " has a value of the wrong type" + forField(field)
          + where + " (" + firstLine(e) + ")." + tail, e);
    }
    return syntaxError(e, file, kind);
  }

  private static String forField(String field) {
    return field.isEmpty() ? "" : " for " + InputEcho.quote(field);
  }

  /** "simulationData.importSettings.idColumns[2]" from Jackson's reference chain. */
  static String fieldPath(JacksonException e) {
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
    String m = String.valueOf(e.getOriginalMessage());
    int nl = m.indexOf('\n');
    return InputEcho.oneLine(nl < 0 ? m : m.substring(0, nl));
  }
}
