package org.sim2real.core.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.model.Activation;
import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;

/**
 * Small hand-made formula datasets for engine tests: ternary oxides whose "property" is a smooth
 * function of the composition; the simulation is biased and distorted, the experiments noisy.
 */
public final class SyntheticStudyFiles {
  private static final String[] METALS = {"Fe", "Ni", "Co", "Mn", "Cu", "Zn", "Ti", "V"};

  private SyntheticStudyFiles() {}

  public static void write(Path dir, int simRows, int expRows) throws IOException {
    Files.writeString(dir.resolve("sim.csv"), table(simRows, 11, true, "property"));
    Files.writeString(dir.resolve("exp.csv"), table(expRows, 12, false, "property"));
  }

  /**
   * Ternary oxides with a smooth made-up target: the simulation biased and scaled, the
   * experiment noisier. Columns {@code formula} and {@code targetColumn}.
   */
  public static String table(int rows, long seed, boolean simulation, String targetColumn) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("formula," + targetColumn + "\n");
    for (int i = 0; i < rows; i++) {
      int a = random.nextInt(METALS.length);
      int b = (a + 1 + random.nextInt(METALS.length - 1)) % METALS.length;
      double x = 0.1 + 0.8 * random.nextDouble();
      double oxygen = 1 + random.nextInt(3);
      double truth = 2.0 + Math.sin(a + x) + 0.3 * b * (1 - x) + 0.2 * oxygen;
      double value = simulation
          ? 0.8 * truth - 0.3 + 0.05 * random.nextGaussian()
          : truth + 0.1 * random.nextGaussian();
      sb.append(String.format(Locale.ROOT, "%s%.3f%s%.3fO%.0f,%.4f%n",
          METALS[a], x, METALS[b], 1 - x, oxygen, value));
    }
    return sb.toString();
  }

  /**
   * The memory tests' study: 2,000 simulation and 90 experimental rows written to {@code dir},
   * {@link #design()} with three repetitions, planned.
   */
  public static StudyPlan plannedWithThreeRepetitions(Path dir) throws IOException {
    write(dir, 2000, 90);
    return StudyPlanner.plan(design().withRepetitions(3), dir, 1, s -> { });
  }

  /** A fast design: small MLP, short training, two sizes, two repetitions. */
  public static StudyDesign design() {
    MlpSettings base = new MlpSettings(List.of(16, 8), Activation.RELU, 1e-2, 32,
        TrainingLength.epochs(15), 0.9, 0.999, 1e-8, 0, null);
    ModelSpec.Mlp model = new ModelSpec.Mlp(base.withLength(TrainingLength.stepBudget(10, 50, 200)),
        base.withLearningRate(3e-3), base, base);
    return StudyDesign.defaults("sim.csv", "exp.csv", FeaturizerSpec.of(FeaturizerSpec.Kind.COMPOSITION_STATS),
            model, List.of(TransferStrategy.FINE_TUNE, TransferStrategy.FROZEN_FEATURES))
        .withSizes(List.of(50, 200))
        .withRepetitions(2)
        .withSeed(5);
  }
}
