package org.sim2real.core.data;

import java.util.List;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.table.TableLimits;

/**
 * Every text the import says about a dataset: why a row is rejected, what a warning reports, why
 * the roles cannot be used, why each column got its role. Built here, in one place, so that
 * "where does this message come from" is one search; the messages about the file as a file
 * (encoding, quotes, limits) are {@code core.table.TableMessages}. The rejection reasons' labels
 * are {@link RejectionReason}'s.
 *
 * <p>Tests, the import corpus (src/test/resources/corpus/import/manifest.tsv) and the README quote
 * many of these texts literally: change them together.
 */
final class ImportMessages {
  private ImportMessages() {}

  // ---- the file as a dataset -------------------------------------------------------------------

  static UserFacingException noRows(String file, boolean blankLinesOnly) {
    return new UserFacingException(file + ": the file has no rows, only "
        + (blankLinesOnly ? "blank lines" : "nothing") + ". Choose a file with a header row and"
        + " at least one data row.");
  }

  static UserFacingException headerButNoDataRows(String file, List<String> columns) {
    List<String> shown = (columns.size() <= 5 ? columns : columns.subList(0, 5)).stream()
        .map(Rejection::shortName).toList();
    String list = String.join(", ", shown);
    return new UserFacingException(file + ": the file has a header row but no data rows. Add"
        + " data rows below the header (columns: "
        + Rejection.shorten(columns.size() <= 5 ? list : list + ", ...", 120) + ").");
  }

  // ---- options --------------------------------------------------------------------------------

  static UserFacingException delimiterNotAllowed(String delimiterName) {
    return new UserFacingException("the delimiter cannot be " + delimiterName
        + "; use a comma, semicolon, tab or another punctuation character");
  }

  static UserFacingException commaForBoth() {
    return new UserFacingException("a comma cannot be both the delimiter and the decimal mark;"
        + " with decimal commas use ';' or a tab as the delimiter");
  }

  static UserFacingException blankSheet() {
    return new UserFacingException("the sheet name is blank; give a sheet name or position,"
        + " or none for the first sheet");
  }

  static UserFacingException badTolerance(double tolerance) {
    return new UserFacingException("the conflict tolerance must be a finite number >= 0, not "
        + tolerance);
  }

  static UserFacingException unknownDuplicatePolicy(String text) {
    return new UserFacingException("unknown duplicate policy '" + text
        + "'; use one of keep-all, keep-first, mean, reject");
  }

  // ---- roles -----------------------------------------------------------------------------------

  static UserFacingException noSuchColumn(String file, String column, List<String> columns) {
    return new UserFacingException(file + ": there is no column " + name(column)
        + "; the columns are " + ColumnRoles.quoted(columns));
  }

  static UserFacingException noNumericColumn(String file, List<String> columns,
      String decimalCommaHint) {
    return new UserFacingException(file + ": no column holds numbers, so there is no target to"
        + " learn; the columns are " + ColumnRoles.quoted(columns) + "." + decimalCommaHint
        + " Choose the target column.");
  }

  /** The hint appended to {@link #noNumericColumn}: starts with a space. */
  static String decimalCommaHint(String column) {
    return " Column " + name(column) + " looks like numbers written with a decimal comma"
        + " (\"1,25\"); if so, turn on the decimal-comma option.";
  }

  static UserFacingException noRepresentation(String file, List<String> columns) {
    return new UserFacingException(file + ": no column holds chemical formulas, SMILES or"
        + " numeric descriptors besides the target; the columns are "
        + ColumnRoles.quoted(columns) + ". Choose the representation column.");
  }

  static UserFacingException noRepresentationChosen() {
    return new UserFacingException("choose at least one representation column (a formula,"
        + " SMILES or descriptor columns)");
  }

  static UserFacingException descriptorsMixedWithText(boolean withHowTo) {
    return new UserFacingException("descriptor columns cannot be combined with formula or SMILES"
        + " columns" + (withHowTo ? "; choose either descriptors or one or two formula/SMILES"
            + " columns" : ""));
  }

  static UserFacingException tooManyTextRepresentations(List<String> columns) {
    return new UserFacingException("at most two formula/SMILES columns can describe a material"
        + " (a pair such as polymer + solvent); got " + columns.size() + ": "
        + String.join(", ", columns));
  }

  static UserFacingException representationTwice(String column) {
    return new UserFacingException("column " + name(column) + " is chosen twice as a"
        + " representation");
  }

  static UserFacingException noTargetChosen() {
    return new UserFacingException("choose a target column");
  }

  static UserFacingException targetIsRepresentation(String column) {
    return new UserFacingException("column " + name(column) + " cannot be both the target and a"
        + " representation");
  }

  static UserFacingException idTaken(String column) {
    return new UserFacingException("column " + name(column) + " cannot be the id column and"
        + " also the target or a representation");
  }

  static UserFacingException groupTaken(String column) {
    return new UserFacingException("column " + name(column) + " cannot be the group column and"
        + " also the id, the target or a representation");
  }

  static UserFacingException unnamedRepresentation() {
    return new UserFacingException("a representation column needs a name");
  }

  // ---- why each column got its role (shown with the detected roles) ----------------------------

  static String chosenAs(String column, String role) {
    return "column " + name(column) + ": chosen as the " + role;
  }

  static String chosenAsFormula(String column) {
    return "column " + name(column) + ": chosen as formula";
  }

  /** @param polymerEvidence "" or "; 80% of 50 sampled values contain '*' -> polymer SMILES" */
  static String chosenAsSmiles(String column, String polymerEvidence) {
    return "column " + name(column) + ": chosen as SMILES" + polymerEvidence;
  }

  static String polymerEvidence(String starShare, int sampled) {
    return "; " + starShare + " of " + sampled + " sampled values contain '*' -> polymer SMILES";
  }

  static String chosenAsDescriptors(List<String> columns) {
    return "columns " + ColumnRoles.quoted(columns) + ": chosen as descriptors";
  }

  /** @param parsesAs "chemical formulas", "SMILES", ... */
  static String detectedRepresentation(String column, String share, int sampled, String parsesAs,
      boolean named, String kind) {
    return "column " + name(column) + ": " + share + " of " + sampled + " sampled values parse"
        + " as " + parsesAs + (named ? ", as its name suggests" : "") + " -> " + kind;
  }

  static String polymerSmilesContent(String starShare) {
    return "SMILES and " + starShare + " contain '*' (repeat units)";
  }

  static String nameSuggests(String column, String what, String role) {
    return "column " + name(column) + ": the name suggests " + what + " -> " + role;
  }

  /** @param propertyLike how many numeric columns have a property-like name */
  static String detectedTarget(String column, String numericShare, int sampled, boolean named,
      int propertyLike) {
    return "column " + name(column) + ": " + numericShare + " of " + sampled + " sampled values"
        + " are numbers" + (named ? " and the name looks like a property"
            + (propertyLike > 1 ? " (the last of " + propertyLike + " such)" : "")
            : "; it is the last numeric column")
        + " -> target";
  }

  static String detectedDescriptors(List<String> columns) {
    return "columns " + ColumnRoles.quoted(columns) + ": no column holds formulas or SMILES; the "
        + columns.size() + " other numeric columns -> descriptors";
  }

  // ---- why a row is rejected -------------------------------------------------------------------

  static String raggedRow(int count, int expected) {
    return "ragged row: " + count + (count == 1 ? " field" : " fields") + ", expected " + expected;
  }

  /** @param what "formula", "SMILES", ... (the kind's label) */
  static String missingRepresentation(String what) {
    return "missing " + what;
  }

  static String unparseableFormula(String why) {
    return "unparseable formula: " + why;
  }

  /** @param why the parser's message, used as it is when it already says "invalid SMILES" */
  static String invalidSmiles(String why) {
    return why.startsWith("invalid SMILES") ? why : "invalid SMILES: " + why;
  }

  static String invalidSmiles(String value, RuntimeException e) {
    return "invalid SMILES '" + Rejection.shorten(value) + "': " + e;
  }

  static String descriptorProblem(int status, String value) {
    return switch (status) {
      case NumberReader.MISSING -> "missing descriptor value" + quotedUnlessEmpty(value);
      case NumberReader.NOT_FINITE -> "descriptor is NaN or infinite '" + value + "'";
      default -> "non-numeric descriptor '" + Rejection.shorten(value) + "'";
    };
  }

  static String targetProblem(int status, String value, boolean decimalComma) {
    return switch (status) {
      case NumberReader.MISSING -> "missing target" + quotedUnlessEmpty(value);
      case NumberReader.NOT_FINITE -> "NaN or infinite target '" + Rejection.shorten(value) + "'";
      default -> "non-numeric target '" + Rejection.shorten(value) + "'"
          + (!decimalComma && NumberReader.looksLikeDecimalComma(value)
              ? " (a decimal comma? turn on the decimal-comma option)" : "");
    };
  }

  static String duplicateDropped(String key, int firstLine) {
    return "duplicate key (first occurrence kept): key '" + Rejection.shorten(key)
        + "' first seen on line " + firstLine;
  }

  static String duplicateConflict(String key, double here, double first, int firstLine,
      double tolerance) {
    return "duplicate key with a conflicting value: key '" + Rejection.shorten(key)
        + "' has target " + NumberReader.display(here) + " here but "
        + NumberReader.display(first) + " on line " + firstLine + " (tolerance "
        + NumberReader.display(tolerance) + ")";
  }

  // ---- warnings --------------------------------------------------------------------------------

  /** @param renamed "'x' (column 3) -> 'x (2)'" for each renamed column */
  static String renamedColumns(int line, List<String> renamed) {
    List<String> shown = renamed.size() <= 5 ? renamed : renamed.subList(0, 5);
    return "the header on line " + line + " repeats column names; renamed "
        + String.join(", ", shown)
        + (renamed.size() > shown.size() ? ", ... (" + renamed.size() + " in all)" : "");
  }

  static String renamedColumn(String name, int column, String unique) {
    return "'" + Rejection.shortName(name) + "' (column " + column + ") -> '"
        + Rejection.shortName(unique) + "'";
  }

  /** @param lines the first few lines of blank rows */
  static String blankRows(int count, List<Integer> lines) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      shown.append(i == 0 ? "" : ", ").append(lines.get(i));
    }
    return count + (count == 1 ? " blank row skipped" : " blank rows skipped") + " (line"
        + (lines.size() == 1 ? " " : "s ") + shown + (count > lines.size() ? ", ..." : "") + ")";
  }

  /** A row-level warning counted per category: "3 rows: ionic charge removed (first on ...)". */
  static String tallied(String category, int count, int firstLine, String firstMessage) {
    return TableLimits.format(count) + (count == 1 ? " row: " : " rows: ") + category
        + " (first on line " + firstLine + ": " + firstMessage + ")";
  }

  static String polymerWithoutStar(String value) {
    return "polymer SMILES '" + Rejection.shorten(value) + "' has no '*' connection point";
  }

  /** "2 keys occur more than once (3 extra rows)": the start of every duplicate warning. */
  static String repeatedKeys(int keys, int extraRows) {
    return TableLimits.format(keys) + (keys == 1 ? " key occurs" : " keys occur")
        + " more than once (" + TableLimits.format(extraRows)
        + (extraRows == 1 ? " extra row)" : " extra rows)");
  }

  static String duplicatesKept(String repeatedKeys) {
    return repeatedKeys + "; all rows kept (duplicates: keep-all)";
  }

  static String duplicatesAveraged(String repeatedKeys, int rows, int into) {
    return repeatedKeys + "; " + TableLimits.format(rows) + " rows averaged into "
        + TableLimits.format(into) + " (duplicates: mean)";
  }

  static String duplicatesAgree(String repeatedKeys, int agreeing, double tolerance) {
    return repeatedKeys + "; " + TableLimits.format(agreeing) + " repeated rows agree with the"
        + " first occurrence within " + NumberReader.display(tolerance) + " and are kept"
        + " (duplicates: reject)";
  }

  private static String name(String column) {
    return "'" + Rejection.shortName(column) + "'";
  }

  private static String quotedUnlessEmpty(String value) {
    return value.isEmpty() ? "" : " '" + value + "'";
  }
}
