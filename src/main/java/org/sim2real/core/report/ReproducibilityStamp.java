package org.sim2real.core.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What someone needs to reproduce a forecast memo: the application version, where the numbers came
 * from, the study design's hash, the SHA-256 of every data file involved, the seeds and the date.
 * Collected by {@link ReproducibilityStamps#collect}; anything that could not be found says why
 * instead of being left out silently.
 *
 * @param source "study results folder /x/results" or "learning-curve table /x/curves.csv"
 * @param fromStudy the input is a results folder of the workbench (design and ledger present)
 * @param designHash the study design's SHA-256 from the run ledger's header, or null
 * @param designHashNote why there is no design hash (empty when there is one)
 * @param files the learning-curve table and, for a study, its data files, each with its SHA-256
 * @param studySeed the study design's seed, or null without a design
 * @param repetitions repetitions per cell of the design, or null without a design
 * @param bootstrapSeed seed of the bootstrap resamples of the fit
 * @param bootstrapResamples number of bootstrap resamples of the fit
 * @param generatedAt ISO-8601 date and time the memo was made, with its offset
 */
public record ReproducibilityStamp(
    String applicationVersion,
    String source,
    boolean fromStudy,
    @Nullable String designHash,
    String designHashNote,
    List<DataFile> files,
    @Nullable Long studySeed,
    @Nullable Integer repetitions,
    long bootstrapSeed,
    int bootstrapResamples,
    String generatedAt) {

  public ReproducibilityStamp {
    files = List.copyOf(files);
  }

  /**
   * One data file of the stamp.
   *
   * @param role "learning-curve table", "simulation data", "experimental data", ...
   * @param path the path as the design or the user gave it
   * @param sha256 lower-case hex digest, or null when the file could not be read
   * @param note why there is no digest (empty when there is one)
   */
  public record DataFile(String role, String path, @Nullable String sha256, String note) {}

  /** "design 3f2a...c9 (SHA-256)" or the note saying why there is none. */
  public String designSentence() {
    return designHash == null ? "Design hash: " + designHashNote : "Design hash: " + designHash;
  }

  /** "Seeds: study 42 (5 repetitions), bootstrap 42 (1,000 resamples)". */
  public String seedSentence() {
    String study = studySeed == null ? "study seed not available (no design)"
        : "study " + studySeed + (repetitions == null ? "" : " (" + repetitions + " repetitions)");
    return "Seeds: " + study + ", fit bootstrap " + bootstrapSeed + " ("
        + String.format(java.util.Locale.ROOT, "%,d", bootstrapResamples) + " resamples)";
  }
}
