package org.sim2real.ui.common;

import java.util.List;

/** A file-chooser filter: "Sim2Real project (*.s2r)". */
public record FileType(String description, List<String> patterns) {
  public static final FileType PROJECT = new FileType("Sim2Real project", List.of("*.s2r"));
  public static final FileType DATA =
      new FileType("Data table", List.of("*.csv", "*.tsv", "*.txt", "*.gz", "*.xlsx"));
  public static final FileType ANY = new FileType("All files", List.of("*"));

  public FileType {
    patterns = List.copyOf(patterns);
  }
}
