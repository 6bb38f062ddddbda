package org.sim2real.core.scaling.curve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyDrawsTest {
  /** Two sizes and a baseline, 4 repetitions, 50 test rows; row i is hard (error 1) or easy (0.1). */
  private static LearningCurveTable table(boolean withRows) {
    List<Observation> obs = new ArrayList<>();
    Map<RowErrors.CellKey, float[]> rows = new HashMap<>();
    for (int r = 0; r < 4; r++) {
      for (long n : new long[] {0, 100, 1000}) {
        String strategy = n == 0 ? Observation.SCRATCH : "finetune";
        double scale = (n == 0 ? 1.0 : n == 100 ? 0.8 : 0.6) * (1 + 0.03 * r);
        float[] e = new float[50];
        double sum = 0;
        for (int i = 0; i < e.length; i++) {
          e[i] = (float) (scale * (i % 5 == 0 ? 1.0 : 0.1));
          sum += e[i];
        }
        obs.add(new Observation(strategy, 10, n, r, sum / e.length));
        rows.put(new RowErrors.CellKey(strategy, 10, n, r), e);
      }
    }
    LearningCurveTable table = LearningCurveTable.of("t", obs);
    return withRows ? table.withRowErrors(RowErrors.fromResiduals(RowErrors.Kind.ABSOLUTE, rows))
        : table;
  }

  private static double sd(double[] v) {
    double m = 0;
    for (double x : v) {
      m += x / v.length;
    }
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }

  @Test
  void testRowsWidenTheDrawsAndMoveEveryCellOfADrawTogether() {
    LearningCurveTable withRows = table(true);
    LearningCurveTable without = table(false);
    StudyDraws rows = new StudyDraws(withRows, 2000, 1);
    StudyDraws reps = new StudyDraws(without, 2000, 1);
    assertTrue(rows.includesTestRows());
    assertFalse(reps.includesTestRows());
    LearningCurve curve = withRows.curve("finetune", 10).orElseThrow();
    LearningCurve base = withRows.baseline(10).orElseThrow();
    double[] small = rows.means(curve, 0);
    double[] large = rows.means(curve, 1);
    assertTrue(sd(small) > 2 * sd(reps.means(without.curve("finetune", 10).orElseThrow(), 0)),
        "the shared test set adds spread");
    // every cell scales the same hard rows: a hard draw is hard for all, so gains stay paired
    double[] scratch = rows.means(base, 0);
    double[] gain = new double[small.length];
    for (int b = 0; b < gain.length; b++) {
      gain[b] = scratch[b] - large[b];
    }
    // paired: sd(gain) is (1.0 - 0.6) / 0.6 = 0.67 of sd(large); unpaired it would be 1.94 of it
    assertTrue(sd(gain) < 0.8 * sd(large), sd(gain) + " vs " + sd(large));
  }

  @Test
  void sameTableCountAndSeedGiveTheSameDrawsAndTheMeanIsCentred() {
    LearningCurveTable t = table(true);
    LearningCurve curve = t.curve("finetune", 10).orElseThrow();
    assertArrayEquals(new StudyDraws(t, 500, 7).means(curve, 1),
        new StudyDraws(t, 500, 7).means(curve, 1));
    double[] d = new StudyDraws(t, 4000, 3).means(curve, 1);
    double mean = 0;
    for (double v : d) {
      mean += v / d.length;
    }
    assertEquals(curve.mean(1), mean, 0.01 * curve.mean(1));
  }

  @Test
  void repetitionPartIsStudentTWithTheSpreadOfTheMean() {
    // no rows: draws of one mean are mean + t(nu) * sd / sqrt(R) with nu = 1.5 (R - 1) rounded,
    // 5 for these 4 repetitions; the 95th percentile of t(5) is 2.015, of t(3) 2.353, of a normal
    // 1.645
    LearningCurveTable t = table(false);
    LearningCurve curve = t.curve("finetune", 10).orElseThrow();
    double[] d = new StudyDraws(t, 20000, 5).means(curve, 0).clone();
    double se = Math.sqrt(curve.varianceOfMean(0));
    double q95 = Percentiles.quantile(d, 0.95);
    assertEquals(2.015, (q95 - curve.mean(0)) / se, 0.12);
  }
}
