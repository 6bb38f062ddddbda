package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.MlpWarmUp;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.MemoryCheck;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.RunControl;
import org.sim2real.core.study.ShardSpec;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StrategyIds;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.ProgressListener;
import org.sim2real.core.study.StudyOutcome;
import org.sim2real.core.study.StudyPlan;
import org.sim2real.core.study.StudyPlanner;
import org.sim2real.core.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code run}: runs a transfer study from a design file or from flags, resumably. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs a Sim2Real transfer study (pretrain on n simulation rows, adapt to m"
        + " experimental rows, test on a fixed experimental test set) from a design file or from"
        + " flags, writing ledger.jsonl, cells.csv, summary.csv and design.json into --out. Running"
        + " the same command again resumes an interrupted study; Ctrl-C stops cleanly. With"
        + " --question the study runs adaptively: in waves of cells chosen from the grid until the"
        + " question's 90% interval is as narrow as --precision asks, the budget is spent, or the"
        + " answer cannot get better; one line per wave says why each cell was chosen.")
public final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DESIGN.json",
      description = "a study design file (see --save-design); or give --sim and --exp")
  @Nullable Path designFile;

  @Option(names = "--out", paramLabel = "DIR", description = "results folder (required)")
  @Nullable Path out;

  @Option(names = "--sim", paramLabel = "[NAME=]FILE",
      description = "simulation data file; repeat as --sim NAME=FILE for further sources, each"
          + " with its own curves (finetune@NAME) against the same experiments and scratch"
          + " baseline. The first --sim is the primary one: its curves are 'finetune' (as in a"
          + " study of one source), and NAME=FILE gives it a name ('mp', a label for comparisons"
          + " that changes no result); with a design file, named --sim add sources to it")
  @Nullable List<String> sim;

  @Option(names = "--cost", paramLabel = "NAME=X,...", split = ",",
      description = "cost of one simulation row of each named source, the primary included, in"
          + " any unit of money or time (stored in the design; changes no result): a comma list"
          + " or repeated, e.g. --cost mp=0.2,oqmd=0.05 --cost aflow=1")
  @Nullable List<String> cost;

  @Option(names = "--exp", paramLabel = "FILE", description = "experimental data file")
  @Nullable Path exp;

  @Option(names = "--test-file", paramLabel = "FILE",
      description = "a separate experimental test file (default: hold out --test-fraction)")
  @Nullable Path testFile;

  @Option(names = "--preset", paramLabel = "NAME",
      description = "a named protocol: bandgap-v1 (the paper's band-gap study: element"
          + " fractions, MLP 103-256-128-1, Adam, batch 128, fine-tuning and scratch)")
  @Nullable String preset;

  @Option(names = "--sizes", paramLabel = "N,N,...", split = ",",
      description = "simulation sizes n (default: 10 log-spaced from 100 to all rows)")
  @Nullable List<Integer> sizes;

  @Option(names = "--m", paramLabel = "M,M,...", split = ",",
      description = "experimental training sizes m (default: all training rows)")
  @Nullable List<Integer> ms;

  @Option(names = "--reps", paramLabel = "R", description = "repetitions (default: 5)")
  @Nullable Integer repetitions;

  @Option(names = "--strategies", paramLabel = "S,S,...", split = ",",
      description = "finetune, frozen, scratch (MLP); sim-feature, delta, scratch (tree and kernel"
          + " models). Scratch is always included (default: finetune,scratch for the MLP,"
          + " delta,scratch for tree and kernel models)")
  @Nullable List<String> strategies;

  @Option(names = "--model", paramLabel = "KIND",
      description = "mlp (default), gradient-boosting, random-forest, gaussian-process")
  @Nullable String model;

  @Option(names = "--featurizer", paramLabel = "KIND",
      description = "element-fractions, composition-stats or smiles (default: chosen from the"
          + " detected columns; a pair of SMILES columns or descriptor columns always is)")
  @Nullable String featurizer;

  @Option(names = "--test-fraction", paramLabel = "F",
      description = "share of experimental rows held out for testing (default: 0.2)")
  @Nullable Double testFraction;

  @Option(names = "--seed", paramLabel = "S", description = "master seed (default: 0)")
  @Nullable Long seed;

  @Option(names = "--splits", paramLabel = "splits.json",
      description = "use the exact rows of the reference implementation's splits.json")
  @Nullable Path splits;

  @Option(names = "--threads", paramLabel = "T",
      description = "cells trained in parallel (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--shard", paramLabel = "i/N",
      description = "run only shard i of N (for cluster job arrays); combine with 'merge'")
  @Nullable String shard;

  @Option(names = "--shard-folders", arity = "1..*", paramLabel = "DIR",
      description = "an adaptive study (--question) with --shard i/N: the results folders of"
          + " shards 1 to N in order, --out being number i; every shard plans each wave from all"
          + " their ledgers, runs its share and waits for the others'")
  @Nullable List<Path> shardFolders;

  @Option(names = "--save-design", paramLabel = "FILE",
      description = "write the design as JSON and stop (edit it, then 'run FILE --out DIR')")
  @Nullable Path saveDesign;

  @CommandLine.Mixin ImportFlags importFlags = new ImportFlags();

  @CommandLine.Mixin AdaptiveFlags adaptiveFlags = new AdaptiveFlags();

  @Override
  public Integer call() {
    StudyDesign design = design();
    PrintWriter console = spec.commandLine().getOut();
    if (saveDesign != null) {
      DesignJson.write(DesignFilePaths.relocate(design, readBase(), saveDesign), saveDesign);
      console.println("Design written to " + saveDesign);
      return ExitCodes.OK;
    }
    if (out == null) {
      throw new UserFacingException("--out DIR is required: the folder for the study's results");
    }
    if (threads < 1) {
      throw new UserFacingException("--threads must be at least 1, got " + threads);
    }
    ShardSpec shardSpec = shard == null ? ShardSpec.ALL : ShardSpec.parse(shard);
    List<Path> folders = AdaptiveStudies.check(design, shardSpec, shardFolders, out);
    Path base = readBase();
    long start = System.nanoTime();
    MlpWarmUp.startInBackground(design.model()); // compiles the kernels while the data load
    // the featurized data go into the results folder's cache: a re-run or resume reads them
    StudyPlan plan = StudyPlanner.plan(design, base, threads,
        status -> console.println(status + " ..."), out.resolve(StudyRunner.CACHE_DIRECTORY));
    console.printf(Locale.ROOT, "Simulation: %,d rows; experimental: %,d rows (%d test); design %s%n",
        plan.simulation().rows(), plan.experimental().rows(), plan.splits().testRows().length,
        plan.designHash().substring(0, 12));
    for (var source : plan.sources()) {
      console.printf(Locale.ROOT, "Source %s: %,d rows; n = %s%n", source.name(),
          source.data().rows(), source.source().sizes());
    }
    console.println("Sizes n: " + plan.design().sizes() + "; m: " + plan.design().experimentalSizes()
        + "; repetitions: " + plan.design().repetitions() + "; threads: " + threads);
    // the run itself says when memory lowers the threads (or may not suffice); this is the need
    MemoryCheck memory = MemoryCheck.of(plan, shardSpec, threads);
    console.println(memory.summary() + ".");
    RunControl control = new RunControl();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      control.cancel();
      try {
        finished.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    StudyOutcome outcome;
    try {
      ProgressListener progress = HoldAfterCell.wrap(
          new TerminalProgress(console, System.console() != null));
      outcome = plan.design().adaptive() != null
          ? AdaptiveStudies.run(plan, folders, shardSpec, threads, control, progress, console)
          : StudyRunner.run(plan, out, threads, shardSpec, control, progress);
    } finally {
      finished.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is running and waits for us
    }
    console.printf(Locale.ROOT, "Wall time %.1f s (threads %d). Results in %s%n",
        (System.nanoTime() - start) / 1e9, memory.threads(), out);
    SummaryPrinter.print(console, out, outcome.memory());
    return switch (outcome.status()) {
      case COMPLETED -> ExitCodes.OK;
      case CANCELLED -> ExitCodes.INTERRUPTED;
      case INCOMPLETE -> ExitCodes.INCOMPLETE;
      case FAILED -> ExitCodes.INTERNAL_ERROR;
    };
  }

  /** Where relative data paths are resolved: the design file's folder, else the working directory. */
  private Path readBase() {
    return designFile != null && designFile.toAbsolutePath().getParent() != null
        ? designFile.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
  }

  private StudyDesign design() {
    StudyDesign design;
    StudyDesign fromFile = designFile == null ? null : DesignJson.read(designFile);
    Set<String> designNames = new LinkedHashSet<>();
    if (fromFile != null) {
      if (fromFile.primary() != null) {
        designNames.add(fromFile.primary().name());
      }
      fromFile.sources().forEach(source -> designNames.add(source.name()));
    }
    SimulationFlags simulations = SimulationFlags.parse(sim == null ? List.of() : sim,
        cost == null ? List.of() : cost, importFlags.options(), fromFile != null, designNames);
    if (fromFile != null) {
      if (exp != null || preset != null) {
        throw new UserFacingException("give either a design file or --sim/--exp/--preset, not both"
            + " (named sources, --sim NAME=FILE, may join a design file)");
      }
      design = withCosts(fromFile, simulations.costs());
      if (!simulations.sources().isEmpty()) {
        List<SimulationSource> all = new ArrayList<>(design.sources());
        all.addAll(simulations.sources());
        design = design.withSources(all);
      }
    } else {
      if (simulations.primary() == null || exp == null) {
        throw new UserFacingException("give a design file, or --sim FILE and --exp FILE");
      }
      design = base(simulations.primary(), exp.toString())
          .withSources(simulations.withRoles(importFlags))
          .withPrimary(simulations.primarySource());
    }
    if (sizes != null) {
      design = design.withSizes(sizes);
    }
    if (ms != null) {
      design = design.withExperimentalSizes(ms);
    }
    if (repetitions != null) {
      design = design.withRepetitions(repetitions);
    }
    if (testFraction != null) {
      design = design.withTestFraction(testFraction);
    }
    if (seed != null) {
      design = design.withSeed(seed);
    }
    if (splits != null) {
      design = design.withSplitsFile(splits.toAbsolutePath().toString());
    }
    return design.withAdaptive(adaptiveFlags.settings(design.adaptive()));
  }

  /** The design file's primary and sources priced as {@code --cost} says (the rest kept). */
  private static StudyDesign withCosts(StudyDesign design, Map<String, Double> costs) {
    PrimarySource primary = design.primary();
    if (primary != null && costs.containsKey(primary.name())) {
      design = design.withPrimary(primary.withCostPerRow(costs.get(primary.name())));
    }
    return design.withSources(design.sources().stream()
        .map(source -> costs.containsKey(source.name())
            ? source.withCostPerRow(costs.get(source.name())) : source)
        .toList());
  }

  private StudyDesign base(String simPath, String expPath) {
    if (preset != null) {
      if (!preset.equals("bandgap-v1")) {
        throw new UserFacingException("unknown preset '" + preset + "'; available: bandgap-v1");
      }
      if (model != null || featurizer != null || strategies != null) {
        throw new UserFacingException("--preset bandgap-v1 fixes the model, featurizer and"
            + " strategies; drop --model/--featurizer/--strategies or drop --preset");
      }
      return withData(StudyDesign.paperProtocolBandgap(simPath, expPath), simPath, expPath);
    }
    ModelSpec modelSpec = modelSpec();
    List<TransferStrategy> chosen = new ArrayList<>();
    for (String s : strategies != null ? strategies
        : modelSpec instanceof ModelSpec.Mlp ? List.of("finetune") : List.of("delta")) {
      chosen.add(StrategyIds.parse(s));
    }
    FeaturizerSpec featurizerSpec = featurizer == null ? null : featurizerSpec(featurizer);
    return withData(StudyDesign.defaults(simPath, expPath, featurizerSpec, modelSpec, chosen),
        simPath, expPath);
  }

  /** Applies the import flags; explicit column flags fix the roles (checked against each file). */
  private StudyDesign withData(StudyDesign design, String simPath, String expPath) {
    var options = importFlags.options();
    var overrides = importFlags.overrides();
    DatasetSpec simSpec = new DatasetSpec(simPath, options, null);
    DatasetSpec expSpec = new DatasetSpec(expPath, options, null);
    DatasetSpec testSpec = testFile == null ? null : new DatasetSpec(testFile.toString(), options, null);
    if (overrides.hasRepresentations() || overrides.target() != null) {
      simSpec = simSpec.withRoles(DatasetImporter.importFile(Path.of(simPath), options, overrides).roles().roles());
      expSpec = expSpec.withRoles(DatasetImporter.importFile(Path.of(expPath), options, overrides).roles().roles());
    }
    return design.withDatasets(simSpec, expSpec, testSpec);
  }

  private ModelSpec modelSpec() {
    String kind = model == null ? "mlp" : model.strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "mlp" -> ModelSpec.defaultMlp();
      case "gradient-boosting", "gbm" -> new ModelSpec.Tabular(TabularSettings.GradientBoosting.defaults());
      case "random-forest", "rf" -> new ModelSpec.Tabular(TabularSettings.RandomForest.defaults());
      case "gaussian-process", "gp" -> new ModelSpec.Tabular(TabularSettings.GaussianProcess.defaults());
      default -> throw new UserFacingException("unknown model '" + model
          + "'; use mlp, gradient-boosting, random-forest or gaussian-process");
    };
  }

  private static FeaturizerSpec featurizerSpec(String text) {
    String kind = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      FeaturizerSpec.Kind k = FeaturizerSpec.Kind.valueOf(kind);
      if (k == FeaturizerSpec.Kind.PAIR || k == FeaturizerSpec.Kind.DESCRIPTORS) {
        throw new IllegalArgumentException("chosen from the columns");
      }
      return FeaturizerSpec.of(k);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("unknown featurizer '" + text + "'; use element-fractions,"
          + " composition-stats or smiles (pairs and descriptors are chosen from the columns)");
    }
  }
}
