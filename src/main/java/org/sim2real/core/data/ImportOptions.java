package org.sim2real.core.data;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.table.TableMessages;

/**
 * How to read a table file. Validated on construction; an impossible combination is a
 * {@link UserFacingException} that says what to change.
 *
 * @param delimiter field separator of a text file, or null to detect it from the first lines
 * @param decimalComma numbers are written with a decimal comma ("1,25"), as in many European
 *     locales; then the delimiter cannot be a comma
 * @param sheet Excel sheet to read: its name, or its 1-based position when no sheet has that
 *     name; null reads the first sheet. Ignored for text files.
 * @param duplicates what to do with rows whose normalized key repeats
 * @param conflictTolerance absolute target difference (in target units) above which two rows with
 *     the same key conflict; used by {@link DuplicatePolicy#REJECT_CONFLICTS}
 * @param hasHeader the first row holds column names; without one, columns are named "column 1", ...
 */
public record ImportOptions(
    @Nullable Character delimiter,
    boolean decimalComma,
    @Nullable String sheet,
    DuplicatePolicy duplicates,
    double conflictTolerance,
    boolean hasHeader) {

  /** Default tolerance: differences below it are float noise, not a conflict. */
  public static final double DEFAULT_CONFLICT_TOLERANCE = 1e-6;

  public ImportOptions {
    if (delimiter != null) {
      char d = delimiter;
      if (d == '"' || d == '\n' || d == '\r' || Character.isLetterOrDigit(d) || d == '.') {
        throw ImportMessages.delimiterNotAllowed(TableMessages.delimiterName(d));
      }
      if (decimalComma && d == ',') {
        throw ImportMessages.commaForBoth();
      }
    }
    if (sheet != null && sheet.isBlank()) {
      throw ImportMessages.blankSheet();
    }
    if (!(conflictTolerance >= 0) || Double.isInfinite(conflictTolerance)) {
      throw ImportMessages.badTolerance(conflictTolerance);
    }
  }

  /** Detect the delimiter, decimal point, first sheet, keep all duplicates, header row. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, false, null, DuplicatePolicy.KEEP_ALL,
        DEFAULT_CONFLICT_TOLERANCE, true);
  }

  public ImportOptions withDelimiter(@Nullable Character value) {
    return new ImportOptions(value, decimalComma, sheet, duplicates, conflictTolerance, hasHeader);
  }

  public ImportOptions withDecimalComma(boolean value) {
    return new ImportOptions(delimiter, value, sheet, duplicates, conflictTolerance, hasHeader);
  }

  public ImportOptions withSheet(@Nullable String value) {
    return new ImportOptions(delimiter, decimalComma, value, duplicates, conflictTolerance,
        hasHeader);
  }

  public ImportOptions withDuplicates(DuplicatePolicy value) {
    return new ImportOptions(delimiter, decimalComma, sheet, value, conflictTolerance, hasHeader);
  }

  public ImportOptions withConflictTolerance(double value) {
    return new ImportOptions(delimiter, decimalComma, sheet, duplicates, value, hasHeader);
  }

  public ImportOptions withHasHeader(boolean value) {
    return new ImportOptions(delimiter, decimalComma, sheet, duplicates, conflictTolerance, value);
  }
}
