package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts row-level warnings per category, remembering the first example and its line. */
final class WarningTally {
  private static final class Entry {
    int count;
    int firstLine;
    String firstMessage = "";
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  void add(String category, int line, String message) {
    Entry e = entries.computeIfAbsent(category, k -> new Entry());
    if (e.count++ == 0) {
      e.firstLine = line;
      e.firstMessage = message;
    }
  }

  void addAll(WarningTally other) {
    other.entries.forEach((category, o) -> {
      Entry e = entries.computeIfAbsent(category, k -> new Entry());
      if (e.count == 0) {
        e.firstLine = o.firstLine;
        e.firstMessage = o.firstMessage;
      }
      e.count += o.count;
    });
  }

  /** One warning per category: "3 values: ionic charge removed (first on line 5: ...)". */
  List<ImportWarning> toWarnings() {
    List<ImportWarning> out = new ArrayList<>();
    entries.forEach((category, e) -> out.add(new ImportWarning(category, e.count,
        ImportMessages.tallied(category, e.count, e.firstLine, e.firstMessage))));
    return out;
  }
}
