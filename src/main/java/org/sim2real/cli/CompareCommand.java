package org.sim2real.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.fit.ScalingJson;
import org.sim2real.core.scaling.forecast.SourceComparison;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SharedExperiment;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare --source mp=DIR --source oqmd=DIR}: which simulation source to grow, from finished
 * studies that differ only in their simulation file. The folders' tables are joined into one
 * (transfer strategies renamed strategy@source, one scratch baseline) and analysed with one set of
 * draws, so every difference between two sources is paired.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares simulation sources for one experimental target: per source alpha, C, the error at"
          + " a common n, n* for a target and the error a budget buys (with --cost), each with its"
          + " 90%% interval and trust level; per pair the share of bootstrap draws in which one"
          + " beats the other and a verdict (better only when the 90%% interval of the paired"
          + " difference excludes 0). The studies must share experimental data, seed, test"
          + " fraction, m values and repetitions: only the simulation file may differ."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "NAME=DIR",
      description = "A simulation source and the results folder of its study (give two or more).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--study", paramLabel = "DIR",
      description = "Instead of --source: the results folder of one study with several sources"
          + " (run --sim NAME=FILE --sim NAME=FILE); its primary simulation is called as its"
          + " design names it, or --primary.")
  @Nullable Path study;

  @Option(names = "--primary", paramLabel = "NAME",
      description = "With --study: the name of the primary simulation's curves (default: the"
          + " name its design gives, else '" + UNNAMED_PRIMARY + "').")
  @Nullable String primary;

  /** What the primary simulation of a study is called when neither its design nor --primary name it. */
  static final String UNNAMED_PRIMARY = "primary";

  @Option(names = "--cost", paramLabel = "NAME=COST", split = ",",
      description = "Cost of one simulation row per source (any unit of money or time), e.g."
          + " mp=0.2,oqmd=0.05.")
  List<String> costs = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "X",
      description = "Compare the errors this budget buys in each source (needs --cost of every"
          + " source).")
  @Nullable Double budget;

  @Option(names = "--target", paramLabel = "T", description = "Target error for n*.")
  @Nullable Double target;

  @Option(names = "--at-n", paramLabel = "N",
      description = "Common n to compare at (default: the largest n every source measured).")
  @Nullable Double atN;

  @Option(names = "--strategy", paramLabel = "NAME",
      description = "Compare only this transfer strategy (default: every strategy all folders"
          + " have).")
  @Nullable String strategy;

  @Option(names = "--error-column", paramLabel = "NAME",
      description = "Error column to compare (default: mae, else error, else rmse).")
  @Nullable String errorColumn;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
      description = "Bootstrap draws (default ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "Seed of the draws (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the comparison as JSON.")
  boolean json;

  /** The JSON document. */
  record CompareDocument(Map<String, String> folders, @Nullable String unit,
      List<CurveComparison> comparisons, List<String> notes) {}

  /** The comparison of one strategy at one m. */
  record CurveComparison(String strategy, int m, SourceComparison.Result result,
      String ranking) {}

  @Override
  public Integer call() {
    List<String> notes = new ArrayList<>();
    List<SourceTables.Source> tables = new ArrayList<>();
    Map<String, Path> folders;
    @Nullable StudyDesign studyDesign = null;
    if (study != null) {
      if (!sources.isEmpty()) {
        throw new UserFacingException("give either --study DIR or --source NAME=DIR, not both");
      }
      folders = new LinkedHashMap<>();
      requireResults(study, "of --study");
      if (Files.isRegularFile(study.resolve(StudyRunner.DESIGN_FILE))) {
        studyDesign = DesignJson.read(study.resolve(StudyRunner.DESIGN_FILE));
      }
      String primaryName = primary != null ? primary
          : studyDesign == null ? UNNAMED_PRIMARY : studyDesign.primaryName(UNNAMED_PRIMARY);
      tables.addAll(SourceTables.split(StudyResults.read(study, errorColumn, notes), primaryName,
          study.toString()));
      tables.forEach(t -> folders.put(t.name(), study));
    } else {
      folders = folders();
      checkDesigns(folders, notes);
      folders.forEach((name, dir) -> tables.add(new SourceTables.Source(name, dir.toString(),
          StudyResults.read(dir, errorColumn, notes))));
    }
    Map<String, Double> costPerRow = CostFlags.parse(costs, folders.keySet(),
        (cost, name) -> "--cost names source '" + name + "', which no --source gives; the"
            + " sources are " + String.join(", ", folders.keySet()));
    if (studyDesign != null) {
      // the costs the study's design records (run --cost), unless --cost says otherwise
      for (var source : studyDesign.sources()) {
        if (source.costPerRow() != null && folders.containsKey(source.name())) {
          costPerRow.putIfAbsent(source.name(), source.costPerRow());
        }
      }
      PrimarySource recorded = studyDesign.primary();
      Double primaryCost = recorded == null ? null : recorded.costPerRow();
      if (primaryCost != null) {
        // the primary's curves are called tables.get(0)'s name, whether --primary renamed it
        costPerRow.putIfAbsent(tables.get(0).name(), primaryCost);
      }
    }
    requirePositive("--at-n", atN);
    requirePositive("--target", target);
    requirePositive("--budget", budget);
    SourceComparison.Question question = new SourceComparison.Question(atN, target, budget);
    if (budget != null && costPerRow.size() < folders.size()) {
      List<String> missing = folders.keySet().stream().filter(n -> !costPerRow.containsKey(n))
          .toList();
      throw new UserFacingException("--budget needs the cost per row of every source: --cost has"
          + " none for " + String.join(", ", missing));
    }
    LearningCurveTable combined = SourceTables.combine(tables, notes);
    FitOptions options;
    try {
      options = FitOptions.defaults().withBootstrap(bootstrap, seed);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage() + " (see --help)", e);
    }
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(combined, options);
    String first = folders.keySet().iterator().next();
    ErrorMeasure measure = ErrorMeasure.ofTable(folders.get(first), errorColumn, null);
    List<CurveComparison> comparisons = new ArrayList<>();
    for (String s : strategies(tables)) {
      for (int m : tables.get(0).table().mValues(s)) {
        List<SourceComparison.Input> inputs = new ArrayList<>();
        for (String name : folders.keySet()) {
          analysis.curve(SourceTables.strategyName(s, name), m).ifPresent(curve ->
              inputs.add(new SourceComparison.Input(name, curve, costPerRow.get(name))));
        }
        if (inputs.size() < folders.size()) {
          notes.add(s + ", m = " + m + " is not in every folder: not compared.");
          continue;
        }
        SourceComparison.Result result = SourceComparison.compare(inputs, question, seed);
        comparisons.add(new CurveComparison(s, m, result, result.ranking(measure::value)));
      }
    }
    if (comparisons.isEmpty()) {
      throw new UserFacingException("the folders have no transfer strategy and m in common:"
          + " nothing to compare");
    }
    notes.addAll(analysis.notes());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, String> named = new LinkedHashMap<>();
      folders.forEach((n, d) -> named.put(n, d.toString()));
      out.println(ScalingJson.write(new CompareDocument(named, measure.unit(), comparisons,
          notes)));
    } else {
      new CompareReportWriter(out, measure).write(folders, comparisons, notes);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void requirePositive(String option, @Nullable Double value) {
    if (value != null && !(value > 0 && Double.isFinite(value))) {
      throw new UserFacingException(option + " must be a positive number, got " + value);
    }
  }

  private static void requireResults(Path dir, String whose) {
    if (!Files.isDirectory(dir)) {
      throw new UserFacingException("results folder " + dir + " " + whose
          + " does not exist or is not a folder");
    }
    if (!Files.isRegularFile(dir.resolve("cells.csv"))) {
      throw new UserFacingException("results folder " + dir + " " + whose
          + " has no cells.csv: is the study finished (or merged)?");
    }
  }

  private Map<String, Path> folders() {
    Map<String, Path> folders = new LinkedHashMap<>();
    for (String entry : sources) {
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new UserFacingException("--source must be NAME=DIR, e.g. mp=results/mp, got '"
            + entry + "'");
      }
      String name = entry.substring(0, eq).strip();
      Path dir = Path.of(entry.substring(eq + 1).strip());
      if (name.contains(SourceTables.SEPARATOR)) {
        throw new UserFacingException("source name '" + name + "' must not contain '"
            + SourceTables.SEPARATOR + "'");
      }
      requireResults(dir, "of source " + name);
      if (folders.put(name, dir) != null) {
        throw new UserFacingException("source name '" + name + "' is given twice in --source");
      }
    }
    if (folders.size() < 2) {
      throw new UserFacingException("compare needs at least two --source NAME=DIR, or --study DIR"
          + " of a study with several sources");
    }
    return folders;
  }

  /** Refuses folders whose designs differ beyond the simulation; notes folders without one. */
  private static void checkDesigns(Map<String, Path> folders, List<String> notes) {
    String firstName = null;
    StudyDesign first = null;
    for (Map.Entry<String, Path> e : folders.entrySet()) {
      Path file = e.getValue().resolve(StudyRunner.DESIGN_FILE);
      if (!Files.isRegularFile(file)) {
        notes.add(e.getValue() + " has no " + StudyRunner.DESIGN_FILE + ": only its repetitions,"
            + " test rows and scratch cells were checked against the other folders.");
        continue;
      }
      StudyDesign design = DesignJson.read(file);
      if (first == null) {
        first = design;
        firstName = e.getKey();
        continue;
      }
      List<String> differences = SharedExperiment.differences(first, design);
      if (!differences.isEmpty()) {
        throw new UserFacingException("cannot compare " + folders.get(firstName) + " ("
            + firstName + ") and " + e.getValue() + " (" + e.getKey() + "): their designs differ"
            + " in " + String.join("; ", differences) + ". A paired comparison needs studies that"
            + " differ only in the simulation file.");
      }
    }
  }

  /** The transfer strategies every folder has (or the one asked for). */
  private List<String> strategies(List<SourceTables.Source> tables) {
    List<String> common = new ArrayList<>(tables.get(0).table().transferStrategies());
    for (SourceTables.Source t : tables) {
      common.retainAll(t.table().transferStrategies());
    }
    if (strategy != null) {
      if (!common.contains(strategy)) {
        throw new UserFacingException("--strategy " + strategy + " is not in every folder; they"
            + " share " + (common.isEmpty() ? "no strategy" : String.join(", ", common)));
      }
      return List.of(strategy);
    }
    return common;
  }
}
