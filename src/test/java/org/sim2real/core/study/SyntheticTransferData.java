package org.sim2real.core.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sim2real.core.io.TextFiles;

/**
 * A synthetic Sim2Real pair with a known truth, for teaching and known-answer tests (the bundled
 * sample-data/synthetic is {@link SyntheticTransferSpec#sample()}).
 *
 * <p>Materials are points x in [0, 1]^8 (eight numeric descriptor columns d1..d8). Their true
 * property is {@link #truth}. The "simulation" sees a biased, smoothly distorted version
 * a*f(x) + b + distortion*g(x) plus a little scatter, for many uniformly drawn x, like a DFT
 * database that underestimates systematically and errs more for some chemistries; the
 * "experiments" measure f(x) plus noise for few x drawn closer to the middle of the space, like
 * the materials a lab actually made. Descriptors are rounded to 3 decimals before the property is
 * computed, so the files hold exactly the x the values belong to.
 *
 * <p>What is known exactly: the functions, the noise levels and therefore the floor
 * {@link SyntheticTransferSpec#noiseFloorMae()} under any model's test MAE. The D, alpha and C of
 * a transfer study also depend on the model and its training, so they cannot be set by
 * construction; sample-data/synthetic/PARAMETERS.json records them as measured by a long reference
 * run.
 */
public final class SyntheticTransferData {
  public static final int DESCRIPTORS = 8;
  public static final List<String> DESCRIPTOR_COLUMNS =
      List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8");
  public static final String TARGET_COLUMN = "property";

  /** One material: its descriptors and its (simulated or measured) property. */
  public record Row(double[] descriptors, double value) {
    public Row {
      descriptors = descriptors.clone();
    }

    @Override
    public double[] descriptors() {
      return descriptors.clone();
    }
  }

  /** The three tables: simulation, experiments (fine-tuning pool) and experimental test set. */
  public record Tables(List<Row> simulation, List<Row> experiments, List<Row> testSet) {
    public Tables {
      simulation = List.copyOf(simulation);
      experiments = List.copyOf(experiments);
      testSet = List.copyOf(testSet);
    }
  }

  private SyntheticTransferData() {}

  /**
   * The true property f(x) = 1.5 + sin(2 pi x1) cos(2 pi x2) + 0.8 sin(2 pi (x3 + x4))
   * + 4 (x5 - 0.5)(x6 - 0.5) + 0.6 cos(3 pi x7) + 0.5 x8 x1: smooth, with interactions, wavy
   * enough that a few hundred experiments alone learn it poorly (standard deviation about 0.9).
   */
  public static double truth(double[] x) {
    checkLength(x);
    return 1.5 + Math.sin(2 * Math.PI * x[0]) * Math.cos(2 * Math.PI * x[1])
        + 0.8 * Math.sin(2 * Math.PI * (x[2] + x[3]))
        + 4 * (x[4] - 0.5) * (x[5] - 0.5)
        + 0.6 * Math.cos(3 * Math.PI * x[6])
        + 0.5 * x[7] * x[0];
  }

  /**
   * The simulation's smooth error shape g(x) = sin(2 pi x1) x8 + 2 (x3 - x6)^2 - 1/3: a
   * chemistry-dependent error that rescaling the simulation cannot remove.
   */
  public static double distortionShape(double[] x) {
    checkLength(x);
    double d = x[2] - x[5];
    return Math.sin(2 * Math.PI * x[0]) * x[7] + 2 * d * d - 1.0 / 3;
  }

  /** The noise-free simulated property a f(x) + b + distortion g(x). */
  public static double simulated(double[] x, SyntheticTransferSpec spec) {
    return spec.simulationScale() * truth(x) + spec.simulationOffset()
        + spec.distortion() * distortionShape(x);
  }

  /**
   * Draws the tables, each from its own stream of the seed, so that changing the number of rows
   * of one table does not change the others.
   */
  public static Tables generate(SyntheticTransferSpec spec) {
    SplittableRandom root = new SplittableRandom(spec.seed());
    SplittableRandom simRandom = root.split();
    SplittableRandom expRandom = root.split();
    SplittableRandom testRandom = root.split();
    List<Row> sim = new ArrayList<>(spec.simulationRows());
    for (int i = 0; i < spec.simulationRows(); i++) {
      double[] x = descriptors(simRandom, 0);
      double value = simulated(x, spec) + spec.simulationNoise() * simRandom.nextGaussian();
      sim.add(new Row(x, round(value, 4)));
    }
    return new Tables(sim, measured(spec, spec.experimentalRows(), expRandom),
        measured(spec, spec.testRows(), testRandom));
  }

  private static List<Row> measured(SyntheticTransferSpec spec, int rows, SplittableRandom random) {
    List<Row> out = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      double[] x = descriptors(random, spec.experimentalShift());
      double value = truth(x) + spec.experimentalNoise() * random.nextGaussian();
      out.add(new Row(x, round(value, 4)));
    }
    return out;
  }

  /** The rows as CSV text: header d1..d8,property, then one line per row. */
  public static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder(rows.size() * 60);
    sb.append(String.join(",", DESCRIPTOR_COLUMNS)).append(',').append(TARGET_COLUMN).append('\n');
    for (Row row : rows) {
      for (double v : row.descriptors) {
        sb.append(String.format(Locale.ROOT, "%.3f,", v));
      }
      sb.append(String.format(Locale.ROOT, "%.4f", row.value())).append('\n');
    }
    return sb.toString();
  }

  /** Writes the three tables (gzip-compressed when a name ends in ".gz"). */
  public static void write(Tables tables, Path simulationFile, Path experimentalFile,
      Path testFile) {
    TextFiles.write(simulationFile, csv(tables.simulation()));
    TextFiles.write(experimentalFile, csv(tables.experiments()));
    TextFiles.write(testFile, csv(tables.testSet()));
  }

  /**
   * Uniform in [0, 1] per descriptor, mixed with weight {@code shift} with the mean of two
   * uniforms (triangular, peaked at 0.5); rounded to 3 decimals. Always three draws per value, so
   * the stream does not depend on the shift.
   */
  private static double[] descriptors(SplittableRandom random, double shift) {
    double[] x = new double[DESCRIPTORS];
    for (int j = 0; j < DESCRIPTORS; j++) {
      double uniform = random.nextDouble();
      double triangular = (random.nextDouble() + random.nextDouble()) / 2;
      x[j] = round((1 - shift) * uniform + shift * triangular, 3);
    }
    return x;
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void checkLength(double[] x) {
    if (x.length != DESCRIPTORS) {
      throw new IllegalArgumentException("expected " + DESCRIPTORS + " descriptors, got " + x.length);
    }
  }
}
