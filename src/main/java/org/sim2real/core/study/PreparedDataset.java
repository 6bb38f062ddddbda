package org.sim2real.core.study;

import java.util.List;
import org.sim2real.core.data.Dataset;
import org.sim2real.core.data.ImportResult;
import org.sim2real.core.feature.FeatureRows;

/**
 * A dataset ready for training: the import, the file's SHA-256, and the features and targets of
 * the rows that featurized (row i of {@code features} is dataset row {@code datasetRows[i]}).
 */
public record PreparedDataset(
    ImportResult imported,
    String sha256,
    FeatureRows features,
    float[] targets,
    int[] datasetRows,
    List<String> featurizationProblems) {

  public PreparedDataset {
    featurizationProblems = List.copyOf(featurizationProblems);
    if (targets.length != features.rows() || datasetRows.length != features.rows()) {
      throw new IllegalArgumentException("features, targets and rows disagree");
    }
  }

  public Dataset dataset() {
    return imported.dataset();
  }

  /** Number of rows usable for training (imported and featurized). */
  public int rows() {
    return features.rows();
  }
}
