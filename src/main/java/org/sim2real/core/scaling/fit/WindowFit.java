package org.sim2real.core.scaling.fit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The law of one fit window, the same procedure for the analysis and for every rolling origin of
 * its back-test (so that the back-test checks what the analysis does): the candidate forms are
 * fitted to the measured means, the law is the one AICc prefers, and every bootstrap draw refits
 * the candidates and keeps its own preferred one ({@link LawDraws}).
 *
 * <p>Candidates: the power law with offset, and from {@value #SIZES_FOR_BROKEN} sizes on also the
 * broken power law (flat, then falling), whose 4 parameters need at least that many points to
 * leave a degree of freedom for the noise.
 *
 * @param law the preferred candidate on the measured means
 * @param candidates the full-data fits of the candidate forms that succeeded
 */
record WindowFit(CurveSlice slice, LawFit law, List<LawFit> candidates, LawDraws draws) {
  static final int SIZES_FOR_BROKEN = 5;

  WindowFit {
    candidates = List.copyOf(candidates);
  }

  /** The fit with the default candidates (see the class note), or null when none could be fitted. */
  static @Nullable WindowFit of(CurveSlice slice, int draws) {
    return of(slice, draws, slice.size() >= SIZES_FOR_BROKEN
        ? List.of(LawForm.POWER_LAW_WITH_OFFSET, LawForm.BROKEN_POWER_LAW)
        : List.of(LawForm.POWER_LAW_WITH_OFFSET));
  }

  /** The fit with the given candidate forms, or null when none could be fitted. */
  static @Nullable WindowFit of(CurveSlice slice, int draws, List<LawForm> forms) {
    List<LawFit> fits = new ArrayList<>();
    for (LawForm form : forms) {
      LawFit f = slice.fit(form, null);
      if (f != null) {
        fits.add(f);
      }
    }
    if (fits.isEmpty() && forms.contains(LawForm.BROKEN_POWER_LAW)
        && !forms.contains(LawForm.POWER_LAW_WITH_OFFSET)) {
      return of(slice, draws, List.of(LawForm.POWER_LAW_WITH_OFFSET));
    }
    if (fits.isEmpty()) {
      return null;
    }
    LawFit best = fits.get(0);
    for (LawFit f : fits) {
      if (score(f) < score(best)) {
        best = f;
      }
    }
    return new WindowFit(slice, best, fits, LawDraws.of(slice, fits, draws));
  }

  private static double score(LawFit f) {
    double aicc = ModelComparison.aicc(f.sumOfSquares(), f.points(), f.form().parameterCount());
    return Double.isNaN(aicc) ? Double.MAX_VALUE : aicc;
  }
}
