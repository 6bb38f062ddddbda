package org.sim2real.core.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.feature.FeatureMatrices;
import org.sim2real.core.feature.FeaturizationCache;
import org.sim2real.core.feature.FeaturizationResult;
import org.sim2real.core.feature.Featurizer;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.UserFacingException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link StudyDesign} into a {@link StudyPlan}: imports the files, detects what the
 * design leaves open (roles, featurizer, sizes, m values), featurizes every row once, checks that
 * the schedule fits the data, and computes the design hash over everything that changes results.
 */
public final class StudyPlanner {
  /** Rows of a featurization problem list shown in warnings before "and N more". */
  private static final int PROBLEMS_SHOWN = 5;

  private StudyPlanner() {}

  /**
   * @param baseDirectory where relative data paths in the design are resolved
   * @param threads featurization threads
   * @param status told what is happening ("Importing sim.csv", ...), for progress displays
   */
  public static StudyPlan plan(StudyDesign design, Path baseDirectory, int threads,
      Consumer<String> status) {
    return plan(design, baseDirectory, threads, status, null);
  }

  /**
   * As {@link #plan(StudyDesign, Path, int, Consumer)}, keeping the featurized tables in
   * {@code featureCache} (a results folder's cache) so that a re-run or a resumed run of the same
   * data reads them instead of featurizing again.
   */
  public static StudyPlan plan(StudyDesign design, Path baseDirectory, int threads,
      Consumer<String> status, @Nullable Path featureCache) {
    return plan(design, baseDirectory, threads, status, featureCache, () -> false);
  }

  /**
   * As {@link #plan(StudyDesign, Path, int, Consumer, Path)}, asking {@code stop} between the
   * steps and before each block of rows it featurizes.
   *
   * @throws java.util.concurrent.CancellationException when {@code stop} said yes
   */
  public static StudyPlan plan(StudyDesign design, Path baseDirectory, int threads,
      Consumer<String> status, @Nullable Path featureCache, BooleanSupplier stop) {
    List<String> warnings = new ArrayList<>();
    status.accept("Importing " + design.simulation().path());
    ImportResult simImport = importFile(design.simulation(), baseDirectory);
    status.accept("Importing " + design.experimental().path());
    checkStop(stop);
    ImportResult expImport = importFile(design.experimental(), baseDirectory);
    checkStop(stop);
    ImportResult testImport = null;
    if (design.testSet() != null) {
      status.accept("Importing " + design.testSet().path());
      testImport = importFile(design.testSet(), baseDirectory);
    }
    FeaturizerSpec featurizerSpec = design.featurizer() != null
        ? design.featurizer()
        : defaultFeaturizer(simImport.dataset().roles());
    Featurizer featurizer;
    try {
      featurizer = featurizerSpec.create();
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("featurizer: " + e.getMessage());
    }
    status.accept("Featurizing " + simImport.dataset().fileName());
    PreparedDataset sim = prepare(simImport, featurizer, threads, warnings, baseDirectory,
        design.simulation(), status, featureCache, stop);
    status.accept("Featurizing " + expImport.dataset().fileName());
    PreparedDataset exp = prepare(expImport, featurizer, threads, warnings, baseDirectory,
        design.experimental(), status, featureCache, stop);
    PreparedDataset test = testImport == null ? null
        : prepare(testImport, featurizer, threads, warnings, baseDirectory,
            java.util.Objects.requireNonNull(design.testSet()), status, featureCache, stop);
    for (ImportResult r : testImport == null ? List.of(simImport, expImport)
        : List.of(simImport, expImport, testImport)) {
      if (r.report().rejectedRows() > 0) {
        warnings.add(r.dataset().fileName() + ": " + r.report().rejectedRows()
            + " rows rejected at import (see the Data step or 'inspect')");
      }
    }

    Splits splits = splits(design, baseDirectory, sim, exp, test);
    List<Integer> sizes = design.sizes().isEmpty()
        ? StudyDesign.logSpacedSizes(Math.min(StudyDesign.DEFAULT_MIN_SIZE, sim.rows()),
            sim.rows(), StudyDesign.DEFAULT_SIZE_COUNT)
        : design.sizes();
    for (int n : sizes) {
      if (n > sim.rows()) {
        throw new UserFacingException("sizes: n = " + n + " is larger than the " + sim.rows()
            + " usable simulation rows of " + sim.dataset().fileName());
      }
    }
    List<Integer> ms = design.experimentalSizes().isEmpty()
        ? List.of(splits.poolSize())
        : design.experimentalSizes();
    for (int m : ms) {
      if (m > splits.poolSize()) {
        throw new UserFacingException("experimentalSizes: m = " + m + " is larger than the "
            + splits.poolSize() + " experimental training rows left after the test split");
      }
    }
    if (ms.size() == 1 && ms.get(0) == splits.poolSize() && design.repetitions() > 1) {
      warnings.add("m = " + splits.poolSize() + " is the whole experimental training pool: every"
          + " repetition fine-tunes on the same experimental rows, so the intervals of the curves"
          + " leave out the variation of drawing other experiments (seeds, simulation subsets and"
          + " the test set still vary). Add m values below the pool (for example "
          + Math.max(1, splits.poolSize() / 2) + ") to measure it.");
    }
    if (splits instanceof ReferenceSplits reference) {
      // fail before the run rather than in the groups of a repetition the file does not hold
      reference.checkCovers(design.repetitions(), sizes.get(sizes.size() - 1), ms.get(ms.size() - 1));
    }
    List<PreparedSource> sources = new ArrayList<>();
    for (SimulationSource source : design.sources()) {
      checkStop(stop);
      sources.add(SourcePreparation.prepare(source, sim, featurizer, sizes, baseDirectory,
          threads, warnings, status, featureCache, stop));
    }
    StudyDesign resolved = design
        .withSources(sources.stream().map(PreparedSource::source).toList())
        .withDatasets(design.simulation().withRoles(sim.dataset().roles()),
            design.experimental().withRoles(exp.dataset().roles()),
            design.testSet() == null || test == null ? null
                : design.testSet().withRoles(test.dataset().roles()))
        .withFeaturizer(featurizerSpec, design.standardizeFeatures())
        .withSizes(sizes)
        .withExperimentalSizes(ms);
    String hash = designHash(resolved, sim, exp, test);
    return new StudyPlan(resolved, hash, sim, exp, test, splits, warnings, sources);
  }

  /**
   * The featurizer of a design that leaves it open: composition statistics for formulas,
   * fingerprints and descriptors for SMILES, both sides for pairs, the columns for descriptors.
   */
  public static FeaturizerSpec defaultFeaturizer(ColumnRoles roles) {
    if (roles.isDescriptors()) {
      return FeaturizerSpec.descriptors(roles.representationColumns());
    }
    if (roles.representations().size() == 2) {
      List<String> columns = roles.representationColumns();
      FeaturizerSpec pair = FeaturizerSpec.defaultFor("pair", columns);
      return FeaturizerSpec.pair(kindOf(roles.kind(0)), pair.pairRoles().get(0),
          kindOf(roles.kind(1)), pair.pairRoles().get(1));
    }
    return FeaturizerSpec.of(kindOf(roles.kind(0)));
  }

  private static FeaturizerSpec.Kind kindOf(RepresentationKind kind) {
    return kind == RepresentationKind.FORMULA
        ? FeaturizerSpec.Kind.COMPOSITION_STATS
        : FeaturizerSpec.Kind.SMILES;
  }

  static ImportResult importFile(DatasetSpec spec, Path baseDirectory) {
    Path file = baseDirectory.resolve(spec.path());
    return spec.roles() != null
        ? DatasetImporter.importFile(file, spec.options(), spec.roles())
        : DatasetImporter.importFile(file, spec.options(), RoleOverrides.none());
  }

  static void checkStop(BooleanSupplier stop) {
    if (stop.getAsBoolean()) {
      throw new java.util.concurrent.CancellationException("planning was cancelled");
    }
  }

  static PreparedDataset prepare(ImportResult imported, Featurizer featurizer, int threads,
      List<String> warnings, Path baseDirectory, DatasetSpec spec, Consumer<String> status,
      @Nullable Path featureCache, BooleanSupplier stop) {
    var dataset = imported.dataset();
    if (dataset.size() == 0) {
      throw new UserFacingException(dataset.fileName() + " has no usable rows: "
          + imported.report().summary());
    }
    String sha;
    try {
      sha = Sha256.ofFile(baseDirectory.resolve(spec.path()));
    } catch (IOException e) {
      throw new UserFacingException("Cannot read " + spec.path() + ": " + e.getMessage());
    }
    FeaturizationCache cache = featureCache == null ? null : new FeaturizationCache(featureCache);
    // the file's content, how it was read and what the features are: nothing else shapes them
    String key = Sha256.ofBytes((sha + "\n" + spec.options() + "\n" + spec.roles() + "\n"
        + dataset.roles() + "\n" + featurizer.id() + "\n" + dataset.size())
        .getBytes(StandardCharsets.UTF_8));
    FeaturizationResult result = cache == null ? null
        : cache.load(key, featurizer, dataset.size()).orElse(null);
    if (result != null) {
      status.accept("Featurized " + dataset.fileName() + " read from the results folder's cache");
    } else {
      result = FeatureMatrices.featurize(dataset.size(), dataset::representation, featurizer,
          threads, new RowProgress("Featurizing " + dataset.fileName(), dataset.size(), status,
              System::nanoTime), stop);
      if (cache != null) {
        cache.store(key, featurizer, result);
      }
    }
    List<String> problems = new ArrayList<>();
    for (FeaturizationResult.RowFailure failure : result.failures()) {
      problems.add(dataset.fileName() + " line " + dataset.line(failure.row()) + ": "
          + failure.reason());
    }
    if (!problems.isEmpty()) {
      warnings.add(problems.size() + " rows of " + dataset.fileName() + " could not be featurized"
          + " and are left out, e.g. " + String.join("; ",
              problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))));
    }
    if (result.matrix().rows() == 0) {
      throw new UserFacingException("no row of " + dataset.fileName() + " could be featurized with "
          + featurizer.id() + ": " + (problems.isEmpty() ? "" : problems.get(0)));
    }
    float[] targets = new float[result.rows().length];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = (float) dataset.target(result.rows()[i]);
    }
    return new PreparedDataset(imported, sha, result.matrix(), targets, result.rows(), problems);
  }

  private static Splits splits(StudyDesign design, Path baseDirectory, PreparedDataset sim,
      PreparedDataset exp, @Nullable PreparedDataset test) {
    if (design.splitsFile() != null) {
      Path file = baseDirectory.resolve(design.splitsFile());
      if (!Files.isRegularFile(file)) {
        throw new UserFacingException("splitsFile: " + file + " does not exist");
      }
      return ReferenceSplits.read(file, sim, exp);
    }
    if (test != null) {
      return NestedSubsampler.withSeparateTestSet(design.seed(), sim.rows(), exp.rows(), test.rows());
    }
    return new NestedSubsampler(design.seed(), sim.rows(), exp.rows(), design.testFraction());
  }

  /**
   * SHA-256 over the resolved design without what does not change results (its name, where the
   * files are, the primary simulation's name and cost, which are labels) plus the content hashes
   * of the data: moving files keeps results, editing them does not. The named simulation sources
   * are left out: the hash names the part every cell
   * shares (experiment, test rows, m values, model, seed), so a source can join a finished study
   * and its cells keep their ids; each source's own data is guarded by its fingerprint
   * ({@link SourceFingerprints}). The adaptive settings are left out too: an adaptive study runs a
   * part of the same grid, so its cells are the fixed grid's and one ledger can hold both.
   */
  static String designHash(StudyDesign resolved, PreparedDataset sim, PreparedDataset exp,
      @Nullable PreparedDataset test) {
    ObjectNode tree = (ObjectNode) DesignJson.toTree(resolved);
    tree.remove("name");
    tree.remove("sources");
    tree.remove("primary"); // a label
    tree.remove("adaptive"); // it chooses which cells run, never what a cell computes
    Map<String, String> data = new LinkedHashMap<>();
    data.put("simulation", sim.sha256());
    data.put("experimental", exp.sha256());
    if (test != null) {
      data.put("testSet", test.sha256());
    }
    for (String key : List.of("simulation", "experimental", "testSet")) {
      if (tree.get(key) instanceof ObjectNode dataset) {
        dataset.remove("path");
        dataset.put("sha256", data.get(key));
      }
    }
    if (tree.hasNonNull("splitsFile")) {
      tree.put("splitsFile", "(by content)");
    }
    return Sha256.ofBytes(DesignJson.canonicalBytes(tree));
  }
}
