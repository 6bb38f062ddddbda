package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruthCheckTest {
  @Test
  void withoutAFitEveryRowShowsTheTruthOnly() {
    List<TruthCheck> rows = TruthCheck.of(TeachingSetup.defaults(), null, null, 0.22);
    assertEquals(List.of("D", "alpha", "C", "n*"), rows.stream().map(TruthCheck::name).toList());
    rows.forEach(r -> assertEquals(TruthCheck.Status.NOT_FITTED, r.status()));
    assertEquals("846k", rows.get(3).truthText());
  }

  @Test
  void sizesReadCompactly() {
    assertEquals("4,640", TeachFormat.size(4640));
    assertEquals("846k", TeachFormat.size(846_123));
    assertEquals("20.8M", TeachFormat.size(20_800_000));
    assertEquals("1M", TeachFormat.size(999_999));
    assertEquals("\u221e", TeachFormat.size(Double.POSITIVE_INFINITY));
  }
}
