package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.LossConvergence;
import org.sim2real.core.model.MlpNetwork;
import org.sim2real.core.model.PretrainedModel;

class PretrainCacheTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private PretrainCache cache() {
    return new PretrainCache(dir, "0123456789abcdef0123", warnings::add);
  }

  private static PretrainedModel model() {
    return new PretrainedModel.OfMlp(MlpNetwork.initialize(new int[] {3, 4, 1}, Activation.RELU, 7));
  }

  @Test
  void cachedModelKeepsItsConvergenceFlag() {
    LossConvergence flat = new LossConvergence(0.0123, 1_000);
    cache().store(100, 2, new PretrainCache.Entry(model(), DataScaling.NONE, flat));
    PretrainCache.Entry loaded = cache().load(100, 2).orElseThrow();
    assertEquals(flat, loaded.convergence());
    assertArrayEquals(model().toBytes(), loaded.model().toBytes());
    cache().store(200, 0, new PretrainCache.Entry(model(), DataScaling.NONE,
        LossConvergence.unknown()));
    assertFalse(cache().load(200, 0).orElseThrow().convergence().isKnown());
    assertEquals(List.of(), warnings);
  }

  @Test
  void modelCachedBeforeTheFlagWasKeptLoadsWithTheFlagUnknown() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(body)) {
      out.writeInt(0x53325244); // "S2RD", format 2: scaling, then the model
      DataScaling.NONE.write(out);
      out.write(model().toBytes());
    }
    byte[] bytes = body.toByteArray();
    byte[] file = Arrays.copyOf(bytes, bytes.length + 32);
    System.arraycopy(HexFormat.of().parseHex(Sha256.ofBytes(bytes)), 0, file, bytes.length, 32);
    Files.createDirectories(cache().file(100, 0).getParent());
    Files.write(cache().file(100, 0), file);
    PretrainCache.Entry loaded = cache().load(100, 0).orElseThrow();
    assertFalse(loaded.convergence().isKnown());
    assertArrayEquals(model().toBytes(), loaded.model().toBytes());
    assertEquals(List.of(), warnings);
  }
}
