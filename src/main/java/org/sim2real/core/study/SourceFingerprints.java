package org.sim2real.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;

/**
 * The fingerprints of the named simulation sources whose cells a results folder holds
 * ({@code sources.txt}, one "name fingerprint" a line). The design hash covers only what all
 * sources share, so that a source can join a finished study; this file keeps the other half of
 * the promise that a ledger never mixes results of different data: a source whose file (or the
 * way it is read) changed since its cells were measured is refused, and the run names it.
 */
final class SourceFingerprints {
  static final String FILE = "sources.txt";

  private SourceFingerprints() {}

  /**
   * Refuses a source of {@code plan} recorded in {@code resultsDirectory} with another
   * fingerprint, then records every source of the plan (keeping those the design no longer
   * names: their cells stay in the ledger). Called while the ledger's lock is held.
   */
  static void checkAndRecord(Path resultsDirectory, StudyPlan plan) {
    if (plan.sources().isEmpty()) {
      return; // a study of one source writes nothing new
    }
    Path file = resultsDirectory.resolve(FILE);
    Map<String, String> recorded = read(file);
    for (PreparedSource source : plan.sources()) {
      String before = recorded.get(source.name());
      if (before != null && !before.equals(source.fingerprint())) {
        throw new UserFacingException("source " + source.name() + ": " + source.data().dataset()
            .fileName() + " (or how it is read) is not the data the cells of " + source.name()
            + " in " + resultsDirectory + " were measured on. Give the changed data another"
            + " source name, or choose an empty folder.");
      }
      recorded.put(source.name(), source.fingerprint());
    }
    write(resultsDirectory, recorded);
  }

  /** Writes {@code fingerprints} (source name to fingerprint) into a results folder. */
  static void write(Path resultsDirectory, Map<String, String> fingerprints) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(fingerprints).forEach((name, fingerprint) -> text.append(name).append(' ')
        .append(fingerprint).append('\n'));
    AtomicFiles.write(resultsDirectory.resolve(FILE),
        text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, String> read(Path file) {
    Map<String, String> recorded = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return recorded;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserFacingException("Cannot read " + file + ": " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).strip().split(" ");
      if (lines.get(i).isBlank()) {
        continue;
      }
      if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
        throw new UserFacingException(file + " line " + (i + 1) + " is not \"name fingerprint\": "
            + InputEcho.quote(lines.get(i)) + ". Restore the file, or choose an empty folder.");
      }
      recorded.put(parts[0], parts[1]);
    }
    return recorded;
  }
}
