package org.sim2real.core.study;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;

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
    requireValidPath(path, "the data file path");
    if (options == null) {
      options = ImportOptions.defaults();
    }
  }

  /** Refuses a path this platform cannot represent (a NUL character, on Windows "a:b:c"). */
  static void requireValidPath(String path, String what) {
    try {
      Path.of(path);
    } catch (InvalidPathException e) {
      throw new UserFacingException(what + " " + InputEcho.quote(path)
          + " is not a valid file path (" + InputEcho.oneLine(e.getReason()) + ")");
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
