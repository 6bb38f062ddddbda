package org.sim2real.core.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.sim2real.core.io.Sha256;

/**
 * A data file the project uses: where it is, what its content was (SHA-256 of the bytes, so a
 * moved or edited file is noticed on open) and how it is imported.
 *
 * <p>In memory {@code path} is absolute; in the file it is relative to the project's directory
 * when the data lies inside that directory tree (see {@link DatasetPaths}).
 */
public record DatasetReference(
    @JsonProperty(required = true) String path,
    @JsonProperty(required = true) String sha256,
    ImportSettings importSettings) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public DatasetReference {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("the data file path is empty");
    }
    if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "sha256 must be 64 lower-case hexadecimal digits, not '" + sha256 + "'");
    }
    if (importSettings == null) {
      importSettings = ImportSettings.undecided();
    }
  }

  /** Builds a reference from raw digest bytes. */
  public static DatasetReference of(String path, byte[] digest, ImportSettings settings) {
    return new DatasetReference(path, HexFormat.of().formatHex(digest), settings);
  }

  public DatasetReference withPath(String newPath) {
    return new DatasetReference(newPath, sha256, importSettings);
  }

  public DatasetReference withSha256(String newSha256) {
    return new DatasetReference(path, newSha256, importSettings);
  }
}
