package org.sim2real.ui.forecast;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.report.ErrorMeasure;
import org.sim2real.core.report.SourceRanking;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.fit.CurveAnalysis;
import org.sim2real.core.scaling.fit.ScalingAnalysis;
import org.sim2real.core.scaling.forecast.ForecastRequest;

/**
 * The Forecast step's "Which source to grow", computed with the other cards off the FX thread:
 * the sources of the shown curve's strategy and m ranked ({@link SourceRanking}) with each
 * source's cost per row from where the user gave it (a named source's from the results' design,
 * the primary's from the design when it records one, else from the "Cost per simulation row"
 * field), and a sentence saying where each cost came from or which is missing for the budget.
 */
final class SourceAnswer {
  private SourceAnswer() {}

  /**
   * The ranking, or null for results of one simulation source.
   *
   * @param table the analysed table (a results folder's cells.csv), or null
   * @param projectFolder where the design's relative data paths resolve, or null
   */
  static @Nullable SourceRanking of(ScalingAnalysis analysis, CurveAnalysis curve,
      ForecastRequest request, ErrorMeasure error, @Nullable Path table,
      @Nullable Path projectFolder) {
    if (SourceRanking.sourceCurves(analysis, curve, StudySources.PRIMARY).size() < 2) {
      return null; // one source: nothing to read, no card
    }
    StudySources study = null;
    String unreadable = "";
    try {
      study = table == null ? null : StudySources.read(table, projectFolder);
    } catch (UserFacingException e) {
      // the other cards do not need the design: this one ranks without the costs it records
      unreadable = " The results' design.json could not be read, so the costs it records are"
          + " not known: " + e.getMessage();
    }
    String primary = study == null ? StudySources.PRIMARY : study.primaryName();
    Map<String, Double> costs = new LinkedHashMap<>(study == null ? Map.of()
        : study.designCosts());
    Double typed = request.costPerSimulation();
    boolean primaryTyped = !costs.containsKey(primary) && typed != null;
    if (primaryTyped) {
      costs.put(primary, typed);
    }
    SourceRanking ranking = SourceRanking.of(analysis, curve, primary, costs, request.target(),
        request.budget(), error, analysis.options().seed());
    return ranking == null ? null : ranking.withNote((costNote(ranking, primary, costs,
        primaryTyped, request.budget() != null) + unreadable).strip());
  }

  /** Where each source's cost per row came from, or which are missing for the budget. */
  private static String costNote(SourceRanking ranking, String primary, Map<String, Double> costs,
      boolean primaryTyped, boolean budget) {
    if (!budget) {
      return "";
    }
    List<String> missing = ranking.rows().stream().map(SourceRanking.Row::source)
        .filter(name -> !costs.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      return "The budget ranks the sources once every source has a cost per row; "
          + String.join(", ", missing) + (missing.size() == 1 ? " has" : " have") + " none (a"
          + " named source's cost comes from the study's design, run --cost NAME=X; the"
          + " primary's from Cost per simulation row).";
    }
    List<String> origins = ranking.rows().stream().map(r -> r.source() + " "
        + Format.value(costs.get(r.source())) + (r.source().equals(primary) && primaryTyped
            ? " (Cost per simulation row)" : " (the study's design)")).toList();
    return "Costs per row: " + String.join(", ", origins) + ".";
  }
}
