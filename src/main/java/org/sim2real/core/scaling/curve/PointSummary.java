package org.sim2real.core.scaling.curve;

import java.util.ArrayList;
import java.util.List;

/**
 * One measured point of a learning curve: mean error over repetitions at size n with its 90%
 * bootstrap interval (percentile over the study's {@link StudyDraws}: repetitions and, when the
 * table has per-row errors, test rows).
 *
 * @param standardDeviation spread over repetitions (NaN with fewer than 2)
 */
public record PointSummary(
    long n, double mean, Interval interval, int repetitions, double standardDeviation) {

  /** Summaries of every size of a curve. */
  public static List<PointSummary> of(LearningCurve curve, StudyDraws studyDraws) {
    List<PointSummary> points = new ArrayList<>(curve.sizeCount());
    for (int j = 0; j < curve.sizeCount(); j++) {
      double[] draws = studyDraws.means(curve, j);
      int reps = curve.repetitionCount(j);
      points.add(
          new PointSummary(
              curve.size(j),
              curve.mean(j),
              reps < 2 ? Interval.NONE : Percentiles.interval(draws),
              reps,
              curve.standardDeviation(j)));
    }
    return points;
  }
}
