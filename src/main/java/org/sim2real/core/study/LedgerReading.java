package org.sim2real.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UntrustedJson;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a run ledger line by line: the header names the design; a torn last line (a crash
 * mid-write) is ignored with a warning and its offset kept so that {@link RunLedger} cuts it off;
 * unreadable, duplicate and foreign records are skipped with warnings. Ledgers also come from
 * colleagues (merge), so the file is untrusted: a size limit, each line parsed with {@link
 * UntrustedJson}'s limits and strictness (a line above its document size or nesting limit, a field
 * given twice or a number written as text is an unreadable record), and only user-facing errors.
 */
final class LedgerReading {
  private static final JsonMapper JSON = UntrustedJson.mapperBuilder(false).build();

  private LedgerReading() {}

  static RunLedger.Contents read(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > RunLedger.MAX_BYTES) {
        throw new UserFacingException(file + " is larger than a run ledger can be ("
            + RunLedger.MAX_BYTES / (1024 * 1024) + " MB), so it is not one. Choose the"
            + " ledger.jsonl of a results folder.");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserFacingException("Cannot read the run ledger " + file + ": "
          + AtomicFiles.describe(e), e);
    }
    RunLedger.Contents contents = new RunLedger.Contents();
    int lineStart = 0;
    int lineNumber = 0;
    while (lineStart < bytes.length) {
      int end = lineStart;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      boolean complete = end < bytes.length;
      String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
      try {
        JsonNode node = JSON.readTree(line);
        if (!complete) {
          throw new IllegalStateException("no line end");
        }
        if (!node.isObject()) {
          throw new IllegalStateException("not a JSON object"); // e.g. "null": no record to bind
        }
        if (lineNumber == 1) {
          if (!node.has("designHash") || !"sim2real-workbench".equals(node.path("ledger").asString())) {
            throw new UserFacingException(file + " line 1: not a Sim2Real Workbench run ledger");
          }
          int version = node.path("version").asInt();
          if (version > RunLedger.FORMAT_VERSION) {
            throw new UserFacingException(file + " line 1: ledger format version " + version
                + " was written by a newer version of the workbench; update the workbench");
          }
          contents.designHash = node.get("designHash").asString();
        } else {
          CellResult result = JSON.treeToValue(node, CellResult.class);
          if (!result.designHash().equals(contents.designHash)) {
            contents.warnings.add(file.getFileName() + " line " + lineNumber + ": record of"
                + " another study design (" + RunLedger.abbreviate(result.designHash()) + ") skipped");
            contents.validLength = end + 1;
            lineStart = end + 1;
            continue;
          }
          CellResult earlier = contents.results.putIfAbsent(result.cellId(), result);
          if (earlier != null) {
            contents.warnings.add(file.getFileName() + " line " + lineNumber + ": cell "
                + result.cellId() + " recorded twice; the first record is kept");
          }
        }
        contents.validLength = complete ? end + 1 : end;
      } catch (UserFacingException e) {
        throw e;
      } catch (JacksonException | IllegalStateException | IllegalArgumentException e) {
        if (lineNumber == 1) {
          throw new UserFacingException(file + " line 1: not a Sim2Real Workbench run ledger");
        }
        if (complete) {
          contents.warnings.add(file.getFileName() + " line " + lineNumber
              + ": unreadable record skipped (" + e.getClass().getSimpleName() + ")");
          contents.validLength = end + 1;
        } else {
          contents.warnings.add(file.getFileName() + " line " + lineNumber
              + ": incomplete last record (the run was interrupted while writing it) ignored;"
              + " that cell will run again");
        }
      }
      lineStart = end + 1;
    }
    if (contents.designHash == null) {
      throw new UserFacingException(file + ": empty run ledger");
    }
    return contents;
  }
}
