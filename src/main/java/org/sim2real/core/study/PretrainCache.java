package org.sim2real.core.study;

import org.sim2real.core.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.sim2real.core.model.PretrainedModel;

/**
 * On-disk cache of pretrained models next to the study results, so a resumed or extended run does
 * not pretrain again. A pretrained model depends only on (n, repetition) within one design, and a
 * results folder belongs to one design, so the file name holds n, the repetition and the design
 * hash. Files are written atomically; an unreadable file is reported and the model retrained.
 */
final class PretrainCache {
  static final String DIRECTORY = "cache";
  private static final int MAGIC = 0x53325243; // "S2RC"

  /** A pretrained model with the scaling of the rows it was trained on. */
  record Entry(PretrainedModel model, DataScaling scaling) {}

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

  Optional<Entry> load(int n, int repetition) {
    Path file = file(n, repetition);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a cache file");
      }
      DataScaling scaling = DataScaling.read(in);
      PretrainedModel model = PretrainedModel.fromBytes(in.readAllBytes());
      return Optional.of(new Entry(model, scaling));
    } catch (IOException | IllegalArgumentException e) {
      warnings.accept("cached model " + file.getFileName() + " is unreadable (" + e.getMessage()
          + "); it is trained again");
      return Optional.empty();
    }
  }

  void store(int n, int repetition, Entry entry) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(MAGIC);
      entry.scaling().write(out);
      out.write(entry.model().toBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    try {
      AtomicFiles.write(file(n, repetition), buffer.toByteArray());
    } catch (RuntimeException e) {
      // the cache only saves time: a model that cannot be cached is simply not reused
      warnings.accept("could not cache the model for n=" + n + " r=" + repetition + ": "
          + e.getMessage());
    }
  }
}
