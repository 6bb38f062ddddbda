package org.sim2real.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.scaling.curve.LearningCurveTable;
import org.sim2real.core.scaling.curve.SourceTables;
import org.sim2real.core.scaling.curve.StudyResults;
import org.sim2real.core.scaling.fit.FitOptions;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalyzer;
import org.sim2real.core.scaling.forecast.SourceComparison;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.StudyRunner;
import org.sim2real.samples.DemoFit.Estimate;

/**
 * What {@code compare --study results --budget} says about the three-source demo, in the shape
 * recorded in its PARAMETERS.json: per source the grade, alpha, C and the error at the largest n
 * every source measured, and what {@link #BUDGET} buys at the design's costs per row, each with
 * its 90% interval; per pair of sources the paired verdict at that n and at the budget; the
 * ranking in words. One analysis of the joined table (1,000 draws, seed 42), as the command does.
 */
record DemoSourceComparison(
    String primary,
    Map<String, Double> costPerRow,
    double commonN,
    double budget,
    List<Source> sources,
    List<PairVerdict> atN,
    List<PairVerdict> atBudget,
    String ranking) {

  /** The budget of the example: 2,000 units buy 10,000 rows of mp, 40,000 of oqmd, 2,000 of aflow. */
  static final double BUDGET = 2_000;

  record Source(String name, String trust, String trustReason, Estimate alpha, Estimate C,
      Estimate errorAtN, double budgetRows, Estimate errorAtBudget,
      boolean budgetBeyondSensibleExtrapolation) {}

  record PairVerdict(String a, String b, String verdict, double probabilityABeatsB,
      Estimate difference, String reason) {}

  static DemoSourceComparison of(Path results) {
    StudyDesign design = DesignJson.read(results.resolve(StudyRunner.DESIGN_FILE));
    String primary = design.primaryName("primary");
    Map<String, Double> costs = new LinkedHashMap<>();
    costs.put(primary, design.primary() == null ? null : design.primary().costPerRow());
    design.sources().forEach(source -> costs.put(source.name(), source.costPerRow()));
    List<String> notes = new ArrayList<>();
    List<SourceTables.Source> tables = SourceTables.split(StudyResults.read(results, null, notes),
        primary, results.toString());
    LearningCurveTable combined = SourceTables.combine(tables, notes);
    ScalingAnalysis analysis = ScalingAnalyzer.analyze(combined, FitOptions.defaults());
    int m = tables.get(0).table().mValues(DemoFit.STRATEGY).getLast();
    List<SourceComparison.Input> inputs = new ArrayList<>();
    for (SourceTables.Source table : tables) {
      inputs.add(new SourceComparison.Input(table.name(), analysis.curve(
          SourceTables.strategyName(DemoFit.STRATEGY, table.name()), m).orElseThrow(),
          costs.get(table.name())));
    }
    SourceComparison.Result result = SourceComparison.compare(inputs,
        new SourceComparison.Question(null, null, BUDGET), FitOptions.defaults().seed());
    List<Source> sources = result.sources().stream().map(s -> new Source(s.name(),
        s.trust().level().name(), s.trust().reason(), Estimate.of(s.alpha()),
        Estimate.of(s.floor()), Estimate.of(s.errorAtN()), s.budget().rows(),
        Estimate.of(s.budget().error()), s.budget().beyondSensibleExtrapolation())).toList();
    ErrorMeasure measure = ErrorMeasure.ofTable(results, null, null);
    return new DemoSourceComparison(primary, costs, result.commonN(), BUDGET, sources,
        pairs(result.atN()), pairs(result.atBudget()), result.ranking(measure::value));
  }

  private static List<PairVerdict> pairs(List<SourceComparison.Pair> pairs) {
    return pairs.stream().map(p -> new PairVerdict(p.a(), p.b(), p.verdict().name(),
        p.probabilityABeatsB(), Estimate.of(p.difference()), p.reason())).toList();
  }
}
