package org.sim2real.core.study;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.AtomicFiles;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.model.LossConvergence;
import org.sim2real.core.model.PretrainedModel;

/**
 * On-disk cache of pretrained models next to the study results, so a resumed or extended run does
 * not pretrain again. A pretrained model depends only on (source, n, repetition) within one
 * design, and a results folder belongs to one design, so the file name holds n, the repetition and
 * the design hash, and for a named source its name and fingerprint. Files are written atomically and carry a SHA-256 of their content, so a damaged file (a
 * bad disk block, a copy cut short) is noticed instead of silently changing results; an
 * unreadable file is reported and the model retrained. With the model the file keeps whether its
 * pretraining loss had flattened, so the cells that reuse it carry the same flag; files written
 * before the workbench kept the flag (format 2) still load, with the flag unknown.
 */
final class PretrainCache {
  static final String DIRECTORY = "cache";
  private static final int MAGIC = 0x53325245; // "S2RE": format 3, with the convergence flag
  private static final int MAGIC_WITHOUT_CONVERGENCE = 0x53325244; // "S2RD": format 2
  private static final int DIGEST_BYTES = 32;

  /**
   * A pretrained model with the scaling of the rows it was trained on and whether its
   * pretraining loss had flattened.
   */
  record Entry(PretrainedModel model, DataScaling scaling, LossConvergence convergence) {
    Entry {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(scaling, "scaling");
      Objects.requireNonNull(convergence, "convergence");
    }
  }

  private final Path directory;
  private final String designHash;
  private final Consumer<String> warnings;

  PretrainCache(Path resultsDirectory, String designHash, Consumer<String> warnings) {
    this.directory = resultsDirectory.resolve(DIRECTORY);
    this.designHash = designHash;
    this.warnings = warnings;
  }

  Path file(int n, int repetition) {
    return directory.resolve("pretrained-n" + n + "-r" + repetition + "-"
        + designHash.substring(0, Math.min(16, designHash.length())) + ".bin");
  }

  /**
   * The file of a model of a named source: its name and fingerprint (file content, how it is
   * read) join the design hash, so an edited source file never reuses a model of the old one.
   */
  Path file(@Nullable PreparedSource source, int n, int repetition) {
    if (source == null) {
      return file(n, repetition);
    }
    return directory.resolve("pretrained-" + source.name() + "-n" + n + "-r" + repetition + "-"
        + designHash.substring(0, Math.min(16, designHash.length())) + "-"
        + source.fingerprint().substring(0, 16) + ".bin");
  }

  Optional<Entry> load(int n, int repetition) {
    return load(null, n, repetition);
  }

  Optional<Entry> load(@Nullable PreparedSource source, int n, int repetition) {
    Path file = file(source, n, repetition);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length < 4 + DIGEST_BYTES) {
        throw new IOException("too short");
      }
      byte[] body = Arrays.copyOfRange(bytes, 0, bytes.length - DIGEST_BYTES);
      byte[] digest = Arrays.copyOfRange(bytes, bytes.length - DIGEST_BYTES, bytes.length);
      if (!MessageDigest.isEqual(digest, HexFormat.of().parseHex(Sha256.ofBytes(body)))) {
        throw new IOException("checksum mismatch: the file is damaged");
      }
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
        int magic = in.readInt();
        if (magic != MAGIC && magic != MAGIC_WITHOUT_CONVERGENCE) {
          throw new IOException("not a cache file of this version");
        }
        DataScaling scaling = DataScaling.read(in);
        LossConvergence convergence = magic == MAGIC
            ? new LossConvergence(in.readDouble(), in.readLong())
            : LossConvergence.unknown();
        PretrainedModel model = PretrainedModel.fromBytes(in.readAllBytes());
        return Optional.of(new Entry(model, scaling, convergence));
      }
    } catch (IOException | RuntimeException e) {
      // any failure to decode only costs the pretraining again, never a wrong model
      warnings.accept("cached model " + file.getFileName() + " is unreadable (" + e.getMessage()
          + "); it is trained again");
      return Optional.empty();
    }
  }

  void store(int n, int repetition, Entry entry) {
    store(null, n, repetition, entry);
  }

  void store(@Nullable PreparedSource source, int n, int repetition, Entry entry) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      entry.scaling().write(out);
      out.writeDouble(entry.convergence().relativeImprovement());
      out.writeLong(entry.convergence().windowSteps());
      out.write(entry.model().toBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] body = buffer.toByteArray();
    byte[] content = Arrays.copyOf(body, body.length + DIGEST_BYTES);
    System.arraycopy(HexFormat.of().parseHex(Sha256.ofBytes(body)), 0, content, body.length,
        DIGEST_BYTES);
    try {
      AtomicFiles.write(file(source, n, repetition), content);
    } catch (RuntimeException e) {
      // the cache only saves time: a model that cannot be cached is simply not reused
      warnings.accept("could not cache the model for " + (source == null ? "" : source.name() + " ")
          + "n=" + n + " r=" + repetition + ": "
          + e.getMessage());
    }
  }
}
