package org.sim2real.core.study;

import org.sim2real.core.io.UserFacingException;

/**
 * One shard of a study for cluster job arrays: {@code --shard i/N} with 1 <= i <= N runs a
 * deterministic share of the work. Work is assigned by pretraining group (simulation size and
 * repetition), so each pretrained model is trained in exactly one shard.
 */
public record ShardSpec(int index, int count) {
  public static final ShardSpec ALL = new ShardSpec(1, 1);

  public ShardSpec {
    if (count < 1 || index < 1 || index > count) {
      throw new UserFacingException("shard must be i/N with 1 <= i <= N, got " + index + "/" + count);
    }
  }

  /** Parses "i/N" as written on the command line. */
  public static ShardSpec parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2) {
      throw new UserFacingException("shard must be written i/N (e.g. 3/10), got '" + text + "'");
    }
    try {
      return new ShardSpec(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new UserFacingException("shard must be written i/N (e.g. 3/10), got '" + text + "'");
    }
  }

  /** Whether the work group with this position in the design's fixed group order belongs here. */
  public boolean owns(int groupOrdinal) {
    return Math.floorMod(groupOrdinal, count) == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
