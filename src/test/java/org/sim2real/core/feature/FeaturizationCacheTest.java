package org.sim2real.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Featurized tables come back from the cache exactly as stored; a file that is cut short, has a
 * flipped bit, belongs to another featurizer or another number of rows is not used.
 */
class FeaturizationCacheTest {
  private static final String KEY = "0123456789abcdef0123456789abcdef";

  @TempDir Path dir;

  private final Featurizer fractions = FeaturizerSpec.of(FeaturizerSpec.Kind.ELEMENT_FRACTIONS)
      .create();

  private FeaturizationResult featurized() {
    List<List<String>> rows = List.of(List.of("Fe2O3"), List.of("not a formula"),
        List.of("NaCl"), List.of("CuSO4"), List.of("??"));
    return FeatureMatrices.featurize(rows, fractions, 1);
  }

  @Test
  void denseRowsComeBackExactlyToo() {
    // composition statistics have few zeros: their rows are stored with every value
    Featurizer statistics = FeaturizerSpec.of(FeaturizerSpec.Kind.COMPOSITION_STATS)
        .create();
    List<List<String>> rows = List.of(List.of("Fe2O3"), List.of("NaCl"), List.of("GaAs"));
    FeaturizationResult stored = FeatureMatrices.featurize(rows, statistics, 1);
    FeaturizationCache cache = new FeaturizationCache(dir.resolve("cache"));
    assertTrue(cache.store(KEY, statistics, stored));
    FeaturizationResult loaded = cache.load(KEY, statistics, 3).orElseThrow();
    assertArrayEquals(stored.matrix().denseValues(), loaded.matrix().denseValues());
  }

  @Test
  void whatWasStoredComesBackExactly() {
    FeaturizationResult stored = featurized();
    assertEquals(2, stored.failures().size(), "two rows cannot be featurized");
    FeaturizationCache cache = new FeaturizationCache(dir.resolve("cache"));
    assertTrue(cache.store(KEY, fractions, stored));

    FeaturizationResult loaded = cache.load(KEY, fractions, 5).orElseThrow();
    assertArrayEquals(stored.matrix().denseValues(), loaded.matrix().denseValues());
    assertArrayEquals(stored.rows(), loaded.rows());
    assertEquals(stored.failures(), loaded.failures());
    assertEquals(stored.matrix().names(), loaded.matrix().names());
  }

  @Test
  void aMissingForeignOrDamagedFileIsNotUsed() throws IOException {
    FeaturizationCache cache = new FeaturizationCache(dir);
    assertEquals(Optional.empty(), cache.load(KEY, fractions, 5), "nothing stored yet");
    cache.store(KEY, fractions, featurized());
    Featurizer stats = FeaturizerSpec.of(FeaturizerSpec.Kind.COMPOSITION_STATS).create();
    assertEquals(Optional.empty(), cache.load(KEY, stats, 5), "another featurizer");
    assertEquals(Optional.empty(), cache.load(KEY, fractions, 6), "another number of rows");

    byte[] whole = Files.readAllBytes(cache.file(KEY));
    for (int at : new int[] {0, 20, whole.length / 2, whole.length - 12, whole.length - 1}) {
      byte[] flipped = whole.clone();
      flipped[at] ^= 0x10;
      Files.write(cache.file(KEY), flipped);
      assertEquals(Optional.empty(), cache.load(KEY, fractions, 5), "bit flipped at " + at);
    }
    for (int length : new int[] {0, 7, 30, whole.length - 8, whole.length - 1}) {
      Files.write(cache.file(KEY), java.util.Arrays.copyOf(whole, length));
      assertEquals(Optional.empty(), cache.load(KEY, fractions, 5), "cut to " + length);
    }
    Files.write(cache.file(KEY), whole);
    assertTrue(cache.load(KEY, fractions, 5).isPresent(), "the whole file again");
  }
}
