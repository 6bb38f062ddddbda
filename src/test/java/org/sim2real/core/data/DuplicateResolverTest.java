package org.sim2real.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DuplicateResolverTest {
  /** What a HashMap from key to first row says. */
  private static int[] expected(String[] keys) {
    Map<String, Integer> first = new HashMap<>();
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Integer previous = first.putIfAbsent(keys[i], i);
      out[i] = previous == null ? i : previous;
    }
    return out;
  }

  @Test
  void firstOccurrencesFindTheFirstRowOfEveryKeyThroughGrowthAndHashCollisions() {
    SplittableRandom random = new SplittableRandom(5);
    String[] keys = new String[20_000];
    for (int i = 0; i < keys.length; i++) {
      // "Aa" and "BB" share a String hash: equal hashes must still compare the keys
      String collision = random.nextBoolean() ? "Aa" : "BB";
      keys[i] = random.nextInt(3) == 0 ? collision + random.nextInt(50)
          : "Fe" + random.nextInt(9_000) + "O" + random.nextInt(3);
    }
    assertArrayEquals(expected(keys), DuplicateResolver.firstOccurrences(keys, keys.length));
  }

  @Test
  void distinctKeysAreTheirOwnFirstOccurrence() {
    String[] keys = new String[1000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = "K" + i;
    }
    int[] first = DuplicateResolver.firstOccurrences(keys, keys.length);
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, first[i]);
    }
  }
}
