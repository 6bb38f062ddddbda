package org.sim2real.core.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TransferStrategy;

/**
 * Everything that defines a Sim2Real scaling study (src/site/SCIENCE.md, "Study design"): the data, the
 * featurizer, the model, the transfer strategies and the subsampling schedule. Immutable and
 * validated; saved and loaded as JSON by {@link DesignJson}. Run settings that do not change the
 * numbers (threads, output folder, shard) are not part of it.
 *
 * @param sizes simulation sizes n; empty means log-spaced from {@link #DEFAULT_MIN_SIZE} to the
 *     simulation size ({@link #DEFAULT_SIZE_COUNT} values), resolved when the study is planned
 * @param experimentalSizes experimental training sizes m; empty means all training rows
 * @param testSet a separate experimental test file, or null to hold out {@code testFraction}
 * @param featurizer how materials become features; null means the default for the detected
 *     representation, resolved when the study is planned
 * @param standardizeFeatures standardize inputs with statistics of the training rows only
 * @param standardizeTargets train on standardized targets (statistics of the training rows)
 * @param preset the named protocol this design follows ("bandgap-v1"), or null
 * @param splitsFile a reference implementation's splits.json to use its exact rows, or null
 * @param sources further simulation sources besides {@code simulation}, each with its own curves
 *     (src/site/SCIENCE.md, "Study design"); empty for a study of one source, and then left out of
 *     the JSON, so such a design is written and hashed exactly as before sources existed
 * @param primary the primary simulation's name and cost per row, or null (then left out of the
 *     JSON); a label that changes no result and is not part of the design hash
 * @param adaptive the question, precision and budget of an adaptive study, which runs a part of
 *     this design's grid in waves ({@link AdaptiveSettings}); null for a fixed grid, and then left out
 *     of the JSON. It never changes a cell's numbers, so the design hash leaves it out
 */
public record StudyDesign(
    int schemaVersion,
    @Nullable String name,
    DatasetSpec simulation,
    DatasetSpec experimental,
    @Nullable DatasetSpec testSet,
    @Nullable FeaturizerSpec featurizer,
    boolean standardizeFeatures,
    boolean standardizeTargets,
    ModelSpec model,
    List<TransferStrategy> strategies,
    List<Integer> sizes,
    List<Integer> experimentalSizes,
    int repetitions,
    double testFraction,
    long seed,
    @Nullable String preset,
    @Nullable String splitsFile,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SimulationSource> sources,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable PrimarySource primary,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable AdaptiveSettings adaptive) {

  public static final int SCHEMA_VERSION = 1;
  public static final int DEFAULT_MIN_SIZE = 100;
  public static final int DEFAULT_SIZE_COUNT = 10;
  public static final int MAX_REPETITIONS = 10_000;

  @SuppressWarnings("ConstantConditions") // Jackson passes null for missing fields
  public StudyDesign {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new UserFacingException(schemaVersion > SCHEMA_VERSION
          ? "schemaVersion " + schemaVersion + " was written by a newer version of the workbench;"
              + " update the workbench to open it"
          : "unknown schemaVersion " + schemaVersion + " (this workbench reads version "
              + SCHEMA_VERSION + ")");
    }
    require(simulation != null, "simulation: the simulation dataset is missing");
    require(experimental != null, "experimental: the experimental dataset is missing");
    require(model != null, "model: missing");
    require(strategies != null && !strategies.isEmpty(),
        "strategies: choose at least one transfer strategy");
    List<TransferStrategy> withScratch = new ArrayList<>();
    for (TransferStrategy s : strategies) {
      require(s != null, "strategies: unknown strategy");
      require(s.appliesTo(model.family()), "strategies: " + StrategyIds.id(s)
          + " does not apply to " + model.family().name().toLowerCase(java.util.Locale.ROOT)
          + " models");
      if (!withScratch.contains(s)) {
        withScratch.add(s);
      }
    }
    if (!withScratch.contains(TransferStrategy.SCRATCH)) {
      withScratch.add(TransferStrategy.SCRATCH); // the baseline is always part of a study
    }
    strategies = List.copyOf(withScratch);
    sizes = sortedPositive(sizes, "sizes", "simulation size n");
    experimentalSizes = sortedPositive(experimentalSizes, "experimentalSizes",
        "experimental size m");
    require(repetitions >= 1 && repetitions <= MAX_REPETITIONS,
        "repetitions must be between 1 and " + MAX_REPETITIONS + ", got " + repetitions);
    require(testSet != null || (testFraction > 0 && testFraction < 1),
        "testFraction must be between 0 and 1 (exclusive), got " + testFraction);
    if (splitsFile != null) {
      DatasetSpec.requireValidPath(splitsFile, "splitsFile:");
    }
    require(splitsFile == null || testSet == null,
        "splitsFile and testSet cannot both be given: the splits file fixes the test rows");
    sources = sources == null ? List.of() : List.copyOf(sources);
    Set<String> names = new HashSet<>();
    if (primary != null) {
      names.add(primary.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (SimulationSource source : sources) {
      require(source != null, "sources: an empty entry");
      require(names.add(source.name().toLowerCase(java.util.Locale.ROOT)),
          "sources: the name " + source.name() + " is given twice"
              + (primary != null && primary.name().equalsIgnoreCase(source.name())
                  ? " (it names the primary simulation too)" : "")
              + "; every source needs its own name");
    }
    require(sources.isEmpty() || splitsFile == null,
        "sources and splitsFile cannot both be given: a splits file holds the rows of one"
            + " simulation file");
  }

  /** A design of a fixed grid (no {@code adaptive} settings) whose primary source has no name. */
  public StudyDesign(int schemaVersion, @Nullable String name, DatasetSpec simulation,
      DatasetSpec experimental, @Nullable DatasetSpec testSet, @Nullable FeaturizerSpec featurizer,
      boolean standardizeFeatures, boolean standardizeTargets, ModelSpec model,
      List<TransferStrategy> strategies, List<Integer> sizes, List<Integer> experimentalSizes,
      int repetitions, double testFraction, long seed, @Nullable String preset,
      @Nullable String splitsFile, List<SimulationSource> sources) {
    this(schemaVersion, name, simulation, experimental, testSet, featurizer, standardizeFeatures,
        standardizeTargets, model, strategies, sizes, experimentalSizes, repetitions, testFraction,
        seed, preset, splitsFile, sources, null, null);
  }

  /** A design of one simulation source (no {@code sources}). */
  public StudyDesign(int schemaVersion, @Nullable String name, DatasetSpec simulation,
      DatasetSpec experimental, @Nullable DatasetSpec testSet, @Nullable FeaturizerSpec featurizer,
      boolean standardizeFeatures, boolean standardizeTargets, ModelSpec model,
      List<TransferStrategy> strategies, List<Integer> sizes, List<Integer> experimentalSizes,
      int repetitions, double testFraction, long seed, @Nullable String preset,
      @Nullable String splitsFile) {
    this(schemaVersion, name, simulation, experimental, testSet, featurizer, standardizeFeatures,
        standardizeTargets, model, strategies, sizes, experimentalSizes, repetitions, testFraction,
        seed, preset, splitsFile, List.of(), null, null);
  }

  /** A design with the workbench's defaults for the given files, roles detected at planning. */
  public static StudyDesign defaults(String simulationPath, String experimentalPath,
      @Nullable FeaturizerSpec featurizer, ModelSpec model, List<TransferStrategy> strategies) {
    return new StudyDesign(SCHEMA_VERSION, null, DatasetSpec.of(simulationPath),
        DatasetSpec.of(experimentalPath), null, featurizer, true, true, model, strategies,
        List.of(), List.of(), 5, 0.2, 0, null, null);
  }

  /**
   * The reference protocol "bandgap-v1" (src/site/BENCHMARK.md): element fractions, no standardization,
   * MLP 103-256-128-1 with the reference's step budgets, fine-tuning and the scratch baseline,
   * 10 log-spaced sizes 100..100,000, 5 repetitions, 20% test set, seed 0.
   */
  public static StudyDesign paperProtocolBandgap(String simulationPath, String experimentalPath) {
    return new StudyDesign(SCHEMA_VERSION, "paper protocol (band gap)",
        DatasetSpec.of(simulationPath), DatasetSpec.of(experimentalPath), null,
        FeaturizerSpec.bandgapReference(), false, false, ModelSpec.paperProtocolBandgap(),
        List.of(TransferStrategy.FINE_TUNE, TransferStrategy.SCRATCH),
        logSpacedSizes(100, 100_000, 10), List.of(), 5, 0.2, 0, "bandgap-v1", null);
  }

  /**
   * {@code count} sizes spaced evenly in log between {@code min} and {@code max} inclusive,
   * rounded to integers, duplicates removed (numpy.logspace rounding, as the reference does).
   */
  public static List<Integer> logSpacedSizes(int min, int max, int count) {
    if (min < 1 || max < min || count < 1) {
      throw new UserFacingException("sizes need 1 <= minimum <= maximum and a count >= 1, got "
          + min + ", " + max + ", " + count);
    }
    TreeSet<Integer> sizes = new TreeSet<>();
    double lo = Math.log10(min);
    double hi = Math.log10(max);
    for (int i = 0; i < count; i++) {
      double exponent = count == 1 ? hi : lo + (hi - lo) * i / (count - 1);
      sizes.add((int) Math.round(Math.pow(10, exponent)));
    }
    return List.copyOf(sizes);
  }

  public StudyDesign withSizes(List<Integer> value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, value, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withExperimentalSizes(List<Integer> value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, value, repetitions,
        testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withRepetitions(int value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        value, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withSeed(long value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, value, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withDatasets(DatasetSpec sim, DatasetSpec exp, @Nullable DatasetSpec test) {
    return new StudyDesign(schemaVersion, name, sim, exp, test, featurizer, standardizeFeatures,
        standardizeTargets, model, strategies, sizes, experimentalSizes, repetitions,
        testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withSplitsFile(@Nullable String value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, value, sources, primary, adaptive);
  }

  public StudyDesign withStrategies(List<TransferStrategy> value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, value, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withTestFraction(double value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, value, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withModel(ModelSpec value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, value, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withFeaturizer(@Nullable FeaturizerSpec value, boolean standardize) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, value,
        standardize, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withStandardizeTargets(boolean value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, value, model, strategies, sizes, experimentalSizes, repetitions,
        testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withName(@Nullable String value) {
    return new StudyDesign(schemaVersion, value, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, adaptive);
  }

  public StudyDesign withSources(List<SimulationSource> value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, value, primary, adaptive);
  }

  public StudyDesign withPrimary(@Nullable PrimarySource value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, value, adaptive);
  }

  /** The primary simulation's name ("mp"), or {@code fallback} when the design gives none. */
  public String primaryName(String fallback) {
    return primary == null ? fallback : primary.name();
  }

  public StudyDesign withAdaptive(@Nullable AdaptiveSettings value) {
    return new StudyDesign(schemaVersion, name, simulation, experimental, testSet, featurizer,
        standardizeFeatures, standardizeTargets, model, strategies, sizes, experimentalSizes,
        repetitions, testFraction, seed, preset, splitsFile, sources, primary, value);
  }

  private static List<Integer> sortedPositive(@Nullable List<Integer> values, String field,
      String what) {
    if (values == null) {
      return List.of();
    }
    TreeSet<Integer> sorted = new TreeSet<>();
    for (Integer v : values) {
      require(v != null && v >= 1, field + ": every " + what + " must be a positive whole number,"
          + " got " + v);
      sorted.add(v);
    }
    return List.copyOf(sorted);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new UserFacingException(message);
    }
  }
}
