package org.sim2real.core.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;

/**
 * The whole import, headless: read the file, detect (or take) the column roles, validate every
 * row, apply the duplicate policy, and return the usable {@link Dataset} together with the
 * {@link ValidationReport} of every row that was not usable. Problems with the file as a whole
 * are {@link UserFacingException}s; problems with rows never are.
 */
public final class DatasetImporter {
  private DatasetImporter() {}

  /** Reads and validates a file, detecting every role the overrides leave open. */
  public static ImportResult importFile(Path file, ImportOptions options, RoleOverrides overrides) {
    RawTable table = TableReader.read(file, options);
    RoleDetection roles = RoleDetector.detect(table, options, overrides);
    return validate(table, file.toString(), options, roles);
  }

  /** Reads and validates a file with roles fixed in advance. */
  public static ImportResult importFile(Path file, ImportOptions options, ColumnRoles roles) {
    RawTable table = TableReader.read(file, options);
    return validate(table, file.toString(), options, new RoleDetection(roles,
        List.of("roles given: " + roles.describe())));
  }

  /** Validates an already-read table against the given roles. */
  public static ImportResult validate(RawTable table, @Nullable String path, ImportOptions options,
      RoleDetection detection) {
    return validate(table, path, options, detection, CheckMonitor.NONE);
  }

  /**
   * Validates an already-read table, telling {@code monitor} how many rows are checked.
   *
   * @throws java.util.concurrent.CancellationException when the monitor asked to stop
   */
  public static ImportResult validate(RawTable table, @Nullable String path, ImportOptions options,
      RoleDetection detection, CheckMonitor monitor) {
    ColumnRoles roles = detection.roles();
    roles.checkColumnsExist(table.columnNames(), table.fileName());
    RowValidator validator = new RowValidator(table, roles, options);
    RowValidator.Accepted rows = validator.validateAll(monitor);
    int[] lines = validator.lines(rows);
    DuplicateResolver.Resolution duplicates =
        DuplicateResolver.resolve(table.fileName(), roles, rows, lines, options);
    String[] ids = validator.optionalColumn(roles.id(), rows);
    String[] groups = validator.optionalColumn(roles.group(), rows);

    int kept = 0;
    for (boolean k : duplicates.keep()) {
      kept += k ? 1 : 0;
    }
    int reps = roles.representations().size();
    String[][] values = new String[reps][kept];
    double[] targets = new double[kept];
    int[] keptLines = new int[kept];
    String[] keys = new String[kept];
    String[] keptIds = ids == null ? null : new String[kept];
    String[] keptGroups = groups == null ? null : new String[kept];
    int k = 0;
    for (int i = 0; i < rows.count; i++) {
      if (!duplicates.keep()[i]) {
        continue;
      }
      for (int j = 0; j < reps; j++) {
        values[j][k] = rows.representations[j][i];
      }
      targets[k] = duplicates.targets()[i];
      keptLines[k] = lines[i];
      keys[k] = rows.keys[i];
      if (keptIds != null) {
        keptIds[k] = ids[i];
      }
      if (keptGroups != null) {
        keptGroups[k] = groups[i];
      }
      k++;
    }
    Dataset dataset = new Dataset(table.fileName(), path, roles, options, values, targets,
        keptLines, keys, keptIds, keptGroups);

    List<Rejection> rejections = new ArrayList<>(table.rejections());
    rejections.addAll(rows.rejections);
    rejections.addAll(duplicates.rejections());
    List<ImportWarning> warnings = new ArrayList<>(table.warnings());
    warnings.addAll(rows.warnings.toWarnings());
    warnings.addAll(duplicates.warnings());
    ValidationReport report = new ValidationReport(table.fileName(), table.recordsRead(),
        dataset.size(), rejections, warnings);
    return new ImportResult(dataset, report, table.format(), table.columnNames(), detection);
  }
}
