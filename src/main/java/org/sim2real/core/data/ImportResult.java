package org.sim2real.core.data;

import java.util.List;
import org.sim2real.core.table.DetectedFormat;

/**
 * The two results of one import, which always go together: the usable table and the report of
 * what was not usable; plus how the file was read, its columns, and how they were understood.
 */
public record ImportResult(
    Dataset dataset,
    ValidationReport report,
    DetectedFormat format,
    List<String> columns,
    RoleDetection roles) {

  public ImportResult {
    columns = List.copyOf(columns);
  }
}
