package org.sim2real;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Source-level rules for files that come from users' disks, checked over src/main/java so that
 * new code keeps them: nothing in a file may choose a Java class (no default typing, type ids by
 * closed names only), every JSON document parsed with a mapper from UntrustedJson (size and depth
 * limits, strict types), Java deserialization only behind a filter, and every CSV the application
 * writes goes through SafeCsvWriter (spreadsheet formula neutralization).
 */
class UntrustedInputRulesTest {
  private static final Map<String, String> SOURCES = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        SOURCES.put(file.toString().replace('\\', '/'), Files.readString(file));
      }
    }
    assertTrue(SOURCES.size() > 100, "sources found: " + SOURCES.size());
  }

  private static List<String> filesMatching(Pattern pattern) {
    List<String> found = new ArrayList<>();
    SOURCES.forEach((file, text) -> {
      if (pattern.matcher(text).find()) {
        found.add(file);
      }
    });
    return found;
  }

  @Test
  void noDefaultTypingAnywhere() {
    assertEquals(List.of(), filesMatching(Pattern.compile(
        "activateDefaultTyping|enableDefaultTyping|DefaultTyping\\.|PolymorphicTypeValidator")));
  }

  @Test
  void everyJsonTypeInfoUsesClosedNamesNeverClassIds() {
    Pattern typeInfo = Pattern.compile("@JsonTypeInfo\\s*\\(([^)]*)\\)");
    int count = 0;
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      Matcher m = typeInfo.matcher(source.getValue());
      while (m.find()) {
        count++;
        String arguments = m.group(1);
        assertTrue(arguments.contains("Id.NAME"), source.getKey() + ": " + m.group());
        assertFalse(arguments.matches("(?s).*Id\\.(CLASS|MINIMAL_CLASS|CUSTOM|DEDUCTION).*"),
            source.getKey() + ": " + m.group());
      }
      assertFalse(source.getValue().contains("@JsonTypeIdResolver"), source.getKey());
    }
    assertTrue(count >= 3, "the design's kind-named variants are still found: " + count);
  }

  @Test
  void everyJsonParseUsesAMapperBuiltByUntrustedJson() {
    Pattern parse = Pattern.compile("\\b(\\w+)\\.(readTree|readValue|readValues|treeToValue|readerFor)\\(");
    List<String> offenders = new ArrayList<>();
    int parses = 0;
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      String text = withoutComments(source.getValue());
      Matcher m = parse.matcher(text);
      while (m.find()) {
        parses++;
        String mapper = m.group(1);
        Pattern declaration = Pattern.compile("\\b" + Pattern.quote(mapper)
            + "\\s*=\\s*UntrustedJson\\.mapperBuilder\\(");
        if (!declaration.matcher(text).find()) {
          offenders.add(source.getKey() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), offenders, "JSON parsed with a mapper not built by UntrustedJson");
    assertTrue(parses >= 8, "the JSON readers are still found: " + parses);
  }

  @Test
  void javaDeserializationOnlyBehindAnAllowListFilter() {
    for (String file : filesMatching(Pattern.compile("new ObjectInputStream\\("))) {
      String text = SOURCES.get(file);
      assertTrue(text.contains("setObjectInputFilter") && text.contains("!*"),
          file + " deserializes without an allow-list filter ending in !*");
    }
  }

  @Test
  void everyCsvTheApplicationWritesGoesThroughSafeCsvWriter() {
    Pattern writesFiles = Pattern.compile(
        "AtomicFiles\\.write\\(|Files\\.write|Files\\.newBufferedWriter|new FileWriter|new PrintWriter\\(\\s*(Files|new File)");
    Pattern mentionsCsv = Pattern.compile("\\.csv\\b|\"csv\"|CsvMapper|CsvGenerator|CsvSchema");
    List<String> offenders = new ArrayList<>();
    for (Map.Entry<String, String> source : SOURCES.entrySet()) {
      String text = withoutComments(source.getValue());
      boolean writer = writesFiles.matcher(text).find() || (text.contains("CsvMapper")
          && (text.contains(".writer") || text.contains("writeValue")));
      // ResultTables and PlottedDataCsv write their tables with SafeCsvWriter
      boolean safe = text.contains("SafeCsvWriter") || text.contains("ResultTables.write(")
          || text.contains("PlottedDataCsv.write(");
      if (writer && mentionsCsv.matcher(text).find() && !safe
          && !source.getKey().endsWith("/SafeCsvWriter.java")) {
        offenders.add(source.getKey());
      }
    }
    assertEquals(List.of(), offenders, "CSV written without SafeCsvWriter");
  }

  private static String withoutComments(String java) {
    return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
