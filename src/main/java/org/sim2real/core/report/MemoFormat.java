package org.sim2real.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;

/** The formats of the forecast memo, chosen by the file's extension. */
public enum MemoFormat {
  HTML("Forecast memo (HTML)", "html"),
  PDF("Forecast memo (PDF)", "pdf");

  private final String description;
  private final String extension;

  MemoFormat(String description, String extension) {
    this.description = description;
    this.extension = extension;
  }

  public String description() {
    return description;
  }

  public String extension() {
    return extension;
  }

  /** HTML for .html or .htm, PDF for .pdf, otherwise null. */
  public static @Nullable MemoFormat ofFile(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return HTML;
    }
    return lower.endsWith(".pdf") ? PDF : null;
  }

  /** The memo in this format. */
  public byte[] render(ForecastMemo memo) {
    return switch (this) {
      case HTML -> MemoHtml.render(memo).getBytes(StandardCharsets.UTF_8);
      case PDF -> MemoPdf.render(memo);
    };
  }

  /**
   * Writes the memo atomically (never half a file).
   *
   * @throws org.sim2real.core.io.UserFacingException when the file cannot be written
   */
  public void write(ForecastMemo memo, Path file) {
    AtomicFiles.write(file, render(memo));
  }

  /** The same path with this format's extension instead of the one it has. */
  public Path sibling(Path file) {
    Path name = file.getFileName();
    String base = name == null ? "memo" : name.toString();
    int dot = base.lastIndexOf('.');
    String stem = dot > 0 ? base.substring(0, dot) : base;
    return file.resolveSibling(stem + "." + extension);
  }
}
