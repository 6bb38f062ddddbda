package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.scaling.curve.Estimate;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.core.scaling.curve.Interval;
import org.sim2real.core.scaling.curve.LearningCurve;
import org.sim2real.core.scaling.curve.Observation;
import org.sim2real.core.scaling.curve.Percentiles;
import org.sim2real.core.scaling.curve.PointSummary;
import org.sim2real.core.scaling.curve.StudyDraws;

/**
 * Computes the {@link RegimeAssessment} of a transfer curve against its scratch baseline, from
 * paired draws: in draw b the gain is the scratch mean minus the transfer mean of the same
 * repetitions and test rows.
 */
final class RegimeAnalyzer {
  private RegimeAnalyzer() {}

  static RegimeAssessment assess(
      LearningCurve curve,
      List<PointSummary> points,
      @Nullable LearningCurve baseline,
      StudyDraws studyDraws) {
    if (baseline == null) {
      return new RegimeAssessment(
          null, null, false, 0, List.of(), curve.size(0),
          "No scratch baseline for " + Observation.describeM(curve.m())
              + ": regime onset and negative transfer cannot be assessed.");
    }
    PointSummary base = PointSummary.of(baseline, studyDraws).get(0);
    double[] baseDraws = studyDraws.means(baseline, 0);
    List<TransferGain> gains = new ArrayList<>();
    double[] draws = new double[studyDraws.count()];
    for (int j = 0; j < curve.sizeCount(); j++) {
      double[] transfer = studyDraws.means(curve, j);
      for (int b = 0; b < draws.length; b++) {
        draws[b] = baseDraws[b] - transfer[b];
      }
      PointSummary p = points.get(j);
      double gain = base.mean() - p.mean();
      Interval interval =
          base.repetitions() < 2 || p.repetitions() < 2 ? Interval.NONE : Percentiles.interval(draws);
      NegativeTransfer negative =
          gain >= 0
              ? NegativeTransfer.NONE
              : interval.isKnown() && interval.upper() < 0
                  ? NegativeTransfer.SIGNIFICANT
                  : NegativeTransfer.POSSIBLE;
      boolean beats = interval.isKnown() && interval.lower() > 0;
      gains.add(new TransferGain(p.n(), new Estimate(gain, interval), negative, beats));
    }
    int run = 0;
    for (int j = gains.size() - 1; j >= 0 && gains.get(j).beatsScratch(); j--) {
      run++;
    }
    boolean sustained = run > 0;
    int onsetIndex = sustained ? gains.size() - run : firstBeating(gains);
    Long onset = onsetIndex < 0 ? null : gains.get(onsetIndex).n();
    int lastNegative = -1;
    for (int j = 0; j < gains.size(); j++) {
      if (gains.get(j).negativeTransfer() == NegativeTransfer.SIGNIFICANT) {
        lastNegative = j;
      }
    }
    long firstEligible =
        lastNegative + 1 < curve.sizeCount() ? curve.size(lastNegative + 1) : Long.MAX_VALUE;
    return new RegimeAssessment(base, onset, sustained, run, gains, firstEligible,
        sentence(base, onset, sustained, run, gains));
  }

  private static int firstBeating(List<TransferGain> gains) {
    for (int j = 0; j < gains.size(); j++) {
      if (gains.get(j).beatsScratch()) {
        return j;
      }
    }
    return -1;
  }

  private static String sentence(PointSummary base, @Nullable Long onset, boolean sustained,
      int run, List<TransferGain> gains) {
    StringBuilder s = new StringBuilder();
    String scratch = "scratch (" + Format.error(base.mean()) + ")";
    if (base.repetitions() < 2) {
      s.append("The scratch baseline has a single repetition, so no interval: the regime onset"
          + " cannot be assessed. ");
    } else if (onset == null) {
      s.append("Transfer does not beat ").append(scratch)
          .append(" beyond its interval at any measured n. ");
    } else if (sustained) {
      s.append("Regime onset n = ").append(Format.size(onset)).append(": from there on transfer beats ")
          .append(scratch).append(" beyond its interval at every measured n (")
          .append(run).append(run == 1 ? " size" : " sizes")
          .append(run < RegimeAssessment.ESTABLISHED_SIZES ? ", not yet an established regime). "
              : "). ");
    } else {
      s.append("Transfer beats ").append(scratch).append(" beyond its interval first at n = ")
          .append(Format.size(onset)).append(", but not at the largest n. ");
    }
    List<String> negative = new ArrayList<>();
    for (TransferGain g : gains) {
      if (g.negativeTransfer() == NegativeTransfer.SIGNIFICANT) {
        negative.add(Format.size(g.n()));
      } else if (g.negativeTransfer() == NegativeTransfer.POSSIBLE) {
        negative.add(Format.size(g.n()) + " (possible)");
      }
    }
    if (!negative.isEmpty()) {
      s.append("Negative transfer (worse than scratch) at n = ").append(String.join(", ", negative))
          .append('.');
    }
    return s.toString().strip();
  }
}
