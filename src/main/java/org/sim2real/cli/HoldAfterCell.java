package org.sim2real.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.CellResult;
import org.sim2real.core.study.ForwardingProgressListener;
import org.sim2real.core.study.Progress;
import org.sim2real.core.study.ProgressListener;

/**
 * A seam for the cluster tests, off unless the system property {@value #PROPERTY} names a file:
 * then every finished cell, once its ledger line is written, waits while that file exists. A test
 * that cancels a running shard (scancel) creates the file before submitting, waits for the first
 * ledger line, cancels, and deletes the file, so the shard is surely cancelled mid-run whatever the
 * speed of the machine (without it, a fast shard could finish before the cancel reached it).
 */
final class HoldAfterCell extends ForwardingProgressListener {
  static final String PROPERTY = "sim2real.holdAfterCellWhileExists";

  private final Path hold;

  private HoldAfterCell(ProgressListener target, Path hold) {
    super(target);
    this.hold = hold;
  }

  /** The listener itself, or wrapped in the hold when the property is set. */
  static ProgressListener wrap(ProgressListener target) {
    @Nullable String file = System.getProperty(PROPERTY);
    return file == null || file.isBlank() ? target : new HoldAfterCell(target, Path.of(file));
  }

  @Override
  public void cellFinished(CellResult result, Progress progress) {
    super.cellFinished(result, progress);
    try {
      while (Files.exists(hold)) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
