package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellIdTest {
  @Test
  void cellIdTextParsesBackIntoItsParts() {
    assertEquals(Optional.of(new CellId("finetune", 100, 3683, 2)),
        CellId.parse("finetune/n=100/m=3683/r=2"));
    assertEquals(Optional.of(new CellId("scratch", 0, 50, 0)), CellId.parse("scratch/n=0/m=50/r=0"));
    assertEquals("sim-feature/n=12345678901/m=7/r=11",
        new CellId("sim-feature", 12_345_678_901L, 7, 11).text());
  }

  @Test
  void textThatIsNotExactlyACellIdParsesToNothing() {
    for (String text : new String[] {"", "finetune", "finetune/n=100/m=3683", "finetune/n=100/m=0/r=1",
        "finetune/n=0100/m=5/r=1", "finetune/n=-1/m=5/r=1", "finetune/n=1/m=5/r=99999999999",
        "fine tune/n=1/m=5/r=1", "finetune/n=1/m=5/r=1/extra", " finetune/n=1/m=5/r=1",
        "finetune/m=5/n=1/r=1"}) {
      assertEquals(Optional.empty(), CellId.parse(text), text);
    }
  }

  @Test
  void impossibleCellsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CellId("a/b", 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CellId("", 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CellId("finetune", 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CellId("finetune", -1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CellId("finetune", 1, 1, -1));
  }
}
