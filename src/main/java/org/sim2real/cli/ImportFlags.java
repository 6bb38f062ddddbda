package org.sim2real.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DuplicatePolicy;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.io.UserFacingException;
import picocli.CommandLine.Option;

/** How to read data files and which column plays which part: options shared by commands. */
final class ImportFlags {
  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "field separator: a character or comma, semicolon, tab, pipe (default: detect)")
  @Nullable String delimiter;

  @Option(names = "--decimal-comma", description = "numbers use a decimal comma (\"1,25\")")
  boolean decimalComma;

  @Option(names = "--sheet", paramLabel = "NAME|N",
      description = "Excel sheet by name or 1-based position (default: the first)")
  @Nullable String sheet;

  @Option(names = "--duplicates", paramLabel = "POLICY", defaultValue = "keep-all",
      description = "rows with the same material: keep-all, keep-first, mean, reject"
          + " (default: ${DEFAULT-VALUE})")
  String duplicates = "keep-all";

  @Option(names = "--conflict-tolerance", paramLabel = "X",
      description = "with --duplicates reject: target difference that counts as a conflict"
          + " (default: 1e-6)")
  double conflictTolerance = ImportOptions.DEFAULT_CONFLICT_TOLERANCE;

  @Option(names = "--no-header", description = "the first row is data, not column names")
  boolean noHeader;

  @Option(names = "--formula-column", paramLabel = "COLUMN", description = "column of formulas")
  List<String> formulaColumns = new ArrayList<>();

  @Option(names = "--smiles-column", paramLabel = "COLUMN",
      description = "column of SMILES; repeat for a pair (polymer + solvent)")
  List<String> smilesColumns = new ArrayList<>();

  @Option(names = "--descriptor-columns", paramLabel = "A,B,C", split = ",",
      description = "numeric descriptor columns")
  List<String> descriptorColumns = new ArrayList<>();

  @Option(names = "--target-column", paramLabel = "COLUMN", description = "the target column")
  @Nullable String targetColumn;

  @Option(names = "--id-column", paramLabel = "COLUMN", description = "an identifier column")
  @Nullable String idColumn;

  @Option(names = "--group-column", paramLabel = "COLUMN", description = "a group column")
  @Nullable String groupColumn;

  ImportOptions options() {
    return new ImportOptions(parseDelimiter(delimiter), decimalComma, sheet,
        DuplicatePolicy.fromLabel(duplicates), conflictTolerance, !noHeader);
  }

  RoleOverrides overrides() {
    return new RoleOverrides(formulaColumns, smilesColumns,
        descriptorColumns.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
        targetColumn, idColumn, groupColumn);
  }

  static @Nullable Character parseDelimiter(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "tab", "\\t", "\t" -> '\t';
      case "comma", "," -> ',';
      case "semicolon", ";" -> ';';
      case "pipe", "|" -> '|';
      case "space", " " -> ' ';
      default -> {
        if (text.length() == 1) {
          yield text.charAt(0);
        }
        throw new UserFacingException("unknown delimiter '" + text + "'; give one character or"
            + " comma, semicolon, tab, pipe");
      }
    };
  }
}
