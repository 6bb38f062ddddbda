package org.sim2real.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;

/** Every way a project file can be wrong gives one exact sentence naming the file and the spot. */
class DamagedProjectFileTest {
  private static final String SHA = "ab".repeat(32);

  @TempDir Path dir;

  private final ProjectStore store = new ProjectStore();

  private String messageFor(String content) throws IOException {
    Path file = dir.resolve("p.s2r");
    Files.writeString(file, content);
    return assertThrows(UserFacingException.class, () -> store.read(file)).getMessage();
  }

  private String file() {
    return dir.resolve("p.s2r").toString();
  }

  private String backupHint() {
    return " The file is damaged; fix the field or open the backup p.s2r.bak if there is one.";
  }

  @Test
  void truncatedJsonNamesLineAndColumn() throws IOException {
    String message = messageFor("{\n  \"schemaVersion\": 1,\n  \"name\": \"trunc");
    assertEquals("The project file " + file() + " is not valid JSON at line 3, column 17:"
        + " Unexpected end-of-input in VALUE_STRING. The file is damaged or is not a project;"
        + " open its backup p.s2r.bak if there is one.", message);
  }

  @Test
  void plainTextIsNotJson() throws IOException {
    String message = messageFor("formula,gap\nNaCl,5\n");
    assertEquals("The project file " + file() + " is not valid JSON at line 1, column 1:"
        + " Unrecognized token 'formula': was expecting (JSON String, Number, Array, Object or"
        + " token 'null', 'true' or 'false'). The file is damaged or is not a project; open its"
        + " backup p.s2r.bak if there is one.", message);
  }

  @Test
  void topLevelArrayIsNotAProject() throws IOException {
    assertEquals("The file " + file() + " does not contain a project (a JSON object at the top"
        + " level). Choose a .s2r project file.", messageFor("[1, 2]"));
  }

  @Test
  void missingSchemaVersionIsNotAWorkbenchProject() throws IOException {
    assertEquals("The file " + file() + " has no schemaVersion field, so it is not a Sim2Real"
        + " workbench project. Choose a .s2r project file.", messageFor("{\"name\": \"x\"}"));
  }

  @Test
  void newerSchemaVersionAsksForAnUpdate() throws IOException {
    assertEquals("The project file " + file() + " was written by a newer version of the"
        + " workbench (schema version 7; this version reads up to 1). Update the workbench to"
        + " open it.", messageFor("{\"schemaVersion\": 7, \"name\": \"x\"}"));
  }

  @Test
  void textualSchemaVersionIsInvalid() throws IOException {
    assertEquals("The project file " + file() + " has an invalid schemaVersion (\"1\"); it must"
        + " be a whole number from 1. The file is damaged; open its backup p.s2r.bak if there is"
        + " one.", messageFor("{\"schemaVersion\": \"1\", \"name\": \"x\"}"));
  }

  @Test
  void missingNameIsAMissingRequiredField() throws IOException {
    assertEquals("The project file " + file() + " is missing the required field 'name' at line"
        + " 1, column 20." + backupHint(), messageFor("{\"schemaVersion\": 1}"));
  }

  @Test
  void missingHashInsideADatasetNamesTheNestedField() throws IOException {
    String message = messageFor(
        "{\"schemaVersion\": 1, \"name\": \"x\",\n \"experimentalData\": {\"path\": \"e.csv\"}}");
    assertEquals("The project file " + file() + " is missing the required field"
        + " 'experimentalData.sha256' at line 2, column 38." + backupHint(), message);
  }

  @Test
  void numberWhereTextBelongsIsAWrongType() throws IOException {
    String message = messageFor("{\"schemaVersion\": 1, \"name\": 42}");
    assertEquals("The project file " + file() + " has a value of the wrong type for 'name' at"
        + " line 1, column 30 (Cannot coerce Integer value (42) to `java.lang.String` value"
        + " (but could if coercion was enabled using `CoercionConfig`))." + backupHint(), message);
  }

  @Test
  void objectWhereAListBelongsIsAWrongType() throws IOException {
    String message = messageFor("{\"schemaVersion\": 1, \"name\": \"x\", \"simulationData\":"
        + " {\"path\": \"s.csv\", \"sha256\": \"" + SHA + "\", \"importSettings\":"
        + " {\"idColumns\": {\"a\": 1}}}}");
    assertEquals("The project file " + file() + " has a value of the wrong type for"
        + " 'simulationData.importSettings.idColumns' at line 1, column 181 (Cannot deserialize"
        + " value of type `java.util.ArrayList<java.lang.String>` from Object value (token"
        + " `JsonToken.START_OBJECT`))." + backupHint(), message);
  }

  @Test
  void badHashIsAnInvalidValue() throws IOException {
    String message = messageFor("{\"schemaVersion\": 1, \"name\": \"x\", \"simulationData\":"
        + " {\"path\": \"s.csv\", \"sha256\": \"xyz\"}}");
    assertEquals("The project file " + file() + " has an invalid value for 'simulationData' at"
        + " line 1, column 86: sha256 must be 64 lower-case hexadecimal digits, not 'xyz'."
        + backupHint(), message);
  }

  @Test
  void resultsDirectoryOutsideTheProjectIsAnInvalidValue() throws IOException {
    String message = messageFor(
        "{\"schemaVersion\": 1, \"name\": \"x\", \"resultsDirectory\": \"../../tmp\"}");
    assertEquals("The project file " + file() + " has an invalid value at line 1, column 66:"
        + " resultsDirectory must be a folder inside the project's folder, not '../../tmp'."
        + backupHint(), message);
  }

  @Test
  void deeplyNestedDocumentIsRefused() throws IOException {
    String deep = "{\"schemaVersion\": 1, \"name\": \"x\", \"studyDesign\": "
        + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}";
    String message = messageFor(deep);
    assertEquals("The file " + file() + " nests objects more than 64 levels deep, so"
        + " it is not a workbench project. Choose a .s2r project file.", message);
  }

  @Test
  void hugeDocumentIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("p.s2r");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 17; i++) {
        out.write(block);
      }
    }
    UserFacingException e = assertThrows(UserFacingException.class, () -> store.read(file));
    assertEquals("The file " + file + " is 17 MB, larger than a project file can be (16 MB), so"
        + " it is not a workbench project. Choose a .s2r project file.", e.getMessage());
  }

  @Test
  void classNamesInTheFileChooseNothing() throws IOException {
    Project project = store.read(writeAndReturn("{\"schemaVersion\": 1, \"name\": \"x\","
        + " \"@class\": \"java.lang.ProcessBuilder\", \"studyDesign\": {\"@type\":"
        + " \"java.net.URL\", \"value\": \"http://example.invalid\"}}"));
    assertEquals("java.net.URL", project.studyDesign().get("@type").asString());
  }

  private Path writeAndReturn(String content) throws IOException {
    Path file = dir.resolve("p.s2r");
    Files.writeString(file, content);
    return file;
  }
}
