package org.sim2real.core.feature;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.UserFacingException;

/**
 * Featurized tables kept on disk ({@code features-KEY.bin} in a results folder's cache), so that
 * a re-run or a resumed run of a large study does not featurize its data again. The key names the
 * data file's content and everything that shapes the features (the caller builds it from the
 * file's SHA-256, the import settings and the featurizer); the file repeats the featurizer's id
 * and its shape and is used only when all of it matches and every byte is there. A damaged,
 * foreign or outdated file is ignored (and replaced by the next store), never trusted.
 *
 * <p>Format (big-endian): magic, version, featurizer id, input rows, columns, kept rows, the kept
 * rows' input indices, the rows (each either -1 and all its values as float32, or its count of
 * non-zero values and each as a 16-bit column and a float32), the failures (row, reason), and a
 * CRC-32C of all that, so a damaged disk block is noticed instead of silently changing the
 * features. The file is written with {@link AtomicFiles}: a reader sees the old file or the whole
 * new one, synced to disk.
 */
public final class FeaturizationCache {
  private static final int MAGIC = 0x53325246; // "S2RF"
  private static final int VERSION = 2;
  /** A row stored with all its values; otherwise a row starts with its non-zero count. */
  private static final int DENSE_ROW = -1;
  private static final int MAX_SPARSE_COLUMNS = 1 << 16;
  private static final int MAX_REASON_CHARS = 2_000;

  private final Path directory;

  public FeaturizationCache(Path directory) {
    this.directory = directory;
  }

  /** The file of a key; keys are hex digests. */
  public Path file(String key) {
    if (!key.matches("[0-9a-f]{16,128}")) {
      throw new IllegalArgumentException("cache key must be a hex digest: " + key);
    }
    return directory.resolve("features-" + key + ".bin");
  }

  /** The cached result for {@code key}, if a whole matching file is there. */
  public Optional<FeaturizationResult> load(String key, Featurizer featurizer, int inputRows) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file)) {
      long size = Files.size(file);
      if (size < 8) {
        return Optional.empty();
      }
      CheckedInputStream checked = new CheckedInputStream(BoundedInputStream.builder()
          .setInputStream(raw).setMaxCount(size - 8).setPropagateClose(false).get(), new CRC32C());
      DataInputStream in = new DataInputStream(new BufferedInputStream(checked, 1 << 16));
      Optional<FeaturizationResult> result = read(in, size, featurizer, inputRows);
      if (result.isEmpty() || in.read() != -1
          || new DataInputStream(raw).readLong() != checked.getChecksum().getValue()) {
        return Optional.empty();
      }
      return result;
    } catch (EOFException | ArithmeticException | IllegalArgumentException e) {
      return Optional.empty(); // cut short or inconsistent: featurize again
    } catch (IOException e) {
      return Optional.empty(); // unreadable: featurize again, the study does not depend on it
    }
  }

  private static Optional<FeaturizationResult> read(DataInputStream in, long size,
      Featurizer featurizer, int inputRows) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION
        || !in.readUTF().equals(featurizer.id()) || in.readInt() != inputRows) {
      return Optional.empty();
    }
    int columns = in.readInt();
    int kept = in.readInt();
    if (columns != featurizer.dimension() || kept < 0 || kept > inputRows
        || 5L * kept > size) {
      return Optional.empty();
    }
    int[] rows = new int[kept];
    int previous = -1;
    for (int i = 0; i < kept; i++) {
      rows[i] = in.readInt();
      if (rows[i] <= previous || rows[i] >= inputRows) {
        return Optional.empty();
      }
      previous = rows[i];
    }
    CompactFeatureRows.Builder features =
        new CompactFeatureRows.Builder(columns, featurizer.featureNames());
    for (int i = 0; i < kept; i++) {
      float[] row = features.row();
      int offset = features.rowOffset();
      int stored = in.readInt();
      if (stored == DENSE_ROW) {
        for (int c = 0; c < columns; c++) {
          row[offset + c] = in.readFloat();
        }
      } else if (stored >= 0 && stored <= columns) {
        java.util.Arrays.fill(row, offset, offset + columns, 0f);
        for (int k = 0; k < stored; k++) {
          int column = in.readChar();
          if (column >= columns) {
            return Optional.empty();
          }
          row[offset + column] = in.readFloat();
        }
      } else {
        return Optional.empty();
      }
      features.add();
    }
    int failed = in.readInt();
    if (failed != inputRows - kept) {
      return Optional.empty();
    }
    List<FeaturizationResult.RowFailure> failures = new ArrayList<>(failed);
    for (int i = 0; i < failed; i++) {
      int row = in.readInt();
      String reason = in.readUTF();
      if (row < 0 || row >= inputRows || reason.length() > MAX_REASON_CHARS) {
        return Optional.empty();
      }
      failures.add(new FeaturizationResult.RowFailure(row, reason));
    }
    return Optional.of(new FeaturizationResult(features.build(), rows, failures));
  }

  /**
   * Keeps {@code result} for {@code key} (see the class comment for how it is written). A
   * failure to write only costs the next run time.
   *
   * @return true when the file was written
   */
  public boolean store(String key, Featurizer featurizer, FeaturizationResult result) {
    try {
      AtomicFiles.write(file(key), raw -> write(raw, featurizer, result));
      return true;
    } catch (UserFacingException e) {
      return false;
    }
  }

  private static void write(OutputStream raw, Featurizer featurizer, FeaturizationResult result)
      throws IOException {
    CRC32C crc = new CRC32C();
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new CheckedOutputStream(raw, crc), 1 << 16));
    FeatureRows m = result.matrix();
    int columns = m.columns();
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(featurizer.id());
    out.writeInt(result.inputRows());
    out.writeInt(columns);
    out.writeInt(m.rows());
    for (int row : result.rows()) {
      out.writeInt(row);
    }
    float[] values = new float[columns];
    for (int r = 0; r < m.rows(); r++) {
      m.copyRow(r, values, 0);
      int nonZero = 0;
      for (float v : values) {
        nonZero += v != 0f ? 1 : 0;
      }
      if (columns <= MAX_SPARSE_COLUMNS && 6L * nonZero < 4L * columns) {
        out.writeInt(nonZero);
        for (int c = 0; c < columns; c++) {
          if (values[c] != 0f) {
            out.writeChar(c);
            out.writeFloat(values[c]);
          }
        }
      } else {
        out.writeInt(DENSE_ROW);
        for (float v : values) {
          out.writeFloat(v);
        }
      }
    }
    out.writeInt(result.failures().size());
    for (FeaturizationResult.RowFailure f : result.failures()) {
      out.writeInt(f.row());
      String reason = f.reason();
      out.writeUTF(reason.length() > MAX_REASON_CHARS
          ? reason.substring(0, MAX_REASON_CHARS) : reason);
    }
    out.flush();
    new DataOutputStream(raw).writeLong(crc.getValue()); // after the checked part
    raw.flush();
  }
}
