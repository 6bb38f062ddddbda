package org.sim2real.core.scaling.curve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The band-gap reference study "bandgap-v1" as a learning-curve table, SYNTHESIZED from the
 * published summary in src/site/BENCHMARK.md (per-n mean of 5 repetitions and its 90% bootstrap interval;
 * scratch baseline 0.516 +- 0.011 over 5 repetitions). The individual repetitions were not
 * published, so 5 are generated per n (seeded): their mean equals the published mean exactly and
 * their standard deviation s is chosen so that the 90% percentile bootstrap interval of a 5-sample
 * mean, about +-1.645 * s * sqrt(4/5) / sqrt(5) = +-0.658 s, matches the published half-width. Half
 * of each repetition's deviation is shared across all n of that repetition (the nested design of
 * the study makes repetitions correlated); the scratch repetitions share it too.
 */
public final class BandGapReferenceFixture {
  public static final long[] SIZES = {100, 215, 464, 1000, 2154, 4642, 10000, 21544, 46416, 100000};
  public static final double[] MEANS = {0.529, 0.520, 0.505, 0.515, 0.528, 0.507, 0.485, 0.450, 0.416, 0.406};
  public static final double[] LOWER = {0.514, 0.506, 0.494, 0.504, 0.520, 0.498, 0.471, 0.445, 0.413, 0.403};
  public static final double[] UPPER = {0.542, 0.535, 0.519, 0.524, 0.535, 0.515, 0.499, 0.454, 0.419, 0.408};
  public static final double SCRATCH_MEAN = 0.516;
  public static final double SCRATCH_SD = 0.011;
  public static final int M = 3683;
  public static final int REPETITIONS = 5;

  private BandGapReferenceFixture() {}

  public static LearningCurveTable table(long seed) {
    return LearningCurveTable.of("bandgap-v1 (synthesized)", observations(seed));
  }

  public static List<Observation> observations(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] shared = new double[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      shared[r] = random.nextGaussian();
    }
    List<Observation> rows = new ArrayList<>();
    double[] z = standardized(shared, random);
    for (int r = 0; r < REPETITIONS; r++) {
      rows.add(new Observation(Observation.SCRATCH, M, 0, r, SCRATCH_MEAN + SCRATCH_SD * z[r]));
    }
    for (int j = 0; j < SIZES.length; j++) {
      double sd = (UPPER[j] - LOWER[j]) / 2 / 0.658;
      z = standardized(shared, random);
      for (int r = 0; r < REPETITIONS; r++) {
        rows.add(new Observation("finetune", M, SIZES[j], r, MEANS[j] + sd * z[r]));
      }
    }
    return rows;
  }

  /** Half shared, half own noise, then exactly mean 0 and standard deviation 1. */
  private static double[] standardized(double[] shared, SplittableRandom random) {
    double[] z = new double[shared.length];
    double mean = 0;
    for (int r = 0; r < z.length; r++) {
      z[r] = Math.sqrt(0.5) * shared[r] + Math.sqrt(0.5) * random.nextGaussian();
      mean += z[r] / z.length;
    }
    double ss = 0;
    for (int r = 0; r < z.length; r++) {
      z[r] -= mean;
      ss += z[r] * z[r];
    }
    double sd = Math.sqrt(ss / (z.length - 1));
    for (int r = 0; r < z.length; r++) {
      z[r] /= sd;
    }
    return z;
  }

  /** Writes the table as the study engine's cells.csv into dir. */
  public static Path writeCellsCsv(Path dir, long seed) throws IOException {
    StringBuilder csv = new StringBuilder(
        "cell_id,strategy,n,m,repetition,seed,mae,rmse,r2,train_seconds,finetune_seconds\n");
    for (Observation o : observations(seed)) {
      // the cell id as the study engine writes it: readers parse it back (CellId)
      String id = new CellId(o.strategy(), o.n(), o.m(), o.repetition()).text();
      csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%.6f,%.6f,%.4f,%.2f,%.2f%n",
          id, o.strategy(), o.n(), o.m(), o.repetition(), 1000 + o.repetition(), o.error(),
          1.5 * o.error(), 0.8, 1.0, 2.0));
    }
    Path file = dir.resolve("cells.csv");
    Files.writeString(file, csv);
    return file;
  }
}
