package org.sim2real.core.study;

import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.UserFacingException;

/**
 * One data file of a study: where it is, how to read it, and which columns play which part
 * ({@code roles} null means "detect from the file", resolved when the study is planned).
 */
public record DatasetSpec(String path, ImportOptions options, @Nullable ColumnRoles roles) {
  @SuppressWarnings("ConstantConditions") // Jackson passes null for missing fields
  public DatasetSpec {
    if (path == null || path.isBlank()) {
      throw new UserFacingException("a dataset needs a file path");
    }
    if (options == null) {
      options = ImportOptions.defaults();
    }
  }

  public static DatasetSpec of(String path) {
    return new DatasetSpec(path, ImportOptions.defaults(), null);
  }

  public DatasetSpec withRoles(@Nullable ColumnRoles value) {
    return new DatasetSpec(path, options, value);
  }

  public DatasetSpec withPath(String value) {
    return new DatasetSpec(value, options, roles);
  }
}
