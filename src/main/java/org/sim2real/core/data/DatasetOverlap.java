package org.sim2real.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which experimental rows have the same material (normalized key) in the simulation data, and
 * how far the simulated value is from the measured one: the raw sim-to-real gap before any
 * learning. One pair per covered experimental row: (mean simulated target over all simulation
 * rows with that key, experimental target), in experimental file order, for a parity plot.
 */
public final class DatasetOverlap {
  private final int sharedKeys;
  private final String[] keys;
  private final double[] simulationMeans;
  private final int[] simulationCounts;
  private final double[] experimentTargets;
  private final int[] experimentLines;

  private DatasetOverlap(int sharedKeys, String[] keys, double[] simulationMeans,
      int[] simulationCounts, double[] experimentTargets, int[] experimentLines) {
    this.sharedKeys = sharedKeys;
    this.keys = keys;
    this.simulationMeans = simulationMeans;
    this.simulationCounts = simulationCounts;
    this.experimentTargets = experimentTargets;
    this.experimentLines = experimentLines;
  }

  public static DatasetOverlap between(Dataset simulation, Dataset experiment) {
    Map<String, double[]> sums = new HashMap<>(); // key -> {sum, count}
    for (int i = 0; i < simulation.size(); i++) {
      String key = simulation.key(i);
      if (key != null) {
        double[] s = sums.computeIfAbsent(key, k -> new double[2]);
        s[0] += simulation.target(i);
        s[1]++;
      }
    }
    int m = experiment.size();
    String[] keys = new String[m];
    double[] sim = new double[m];
    int[] counts = new int[m];
    double[] exp = new double[m];
    int[] lines = new int[m];
    Set<String> shared = new HashSet<>();
    int k = 0;
    for (int i = 0; i < m; i++) {
      String key = experiment.key(i);
      double[] s = key == null ? null : sums.get(key);
      if (s == null) {
        continue;
      }
      shared.add(key);
      keys[k] = key;
      sim[k] = s[0] / s[1];
      counts[k] = (int) s[1];
      exp[k] = experiment.target(i);
      lines[k] = experiment.line(i);
      k++;
    }
    return new DatasetOverlap(shared.size(), Arrays.copyOf(keys, k),
        Arrays.copyOf(sim, k), Arrays.copyOf(counts, k),
        Arrays.copyOf(exp, k), Arrays.copyOf(lines, k));
  }

  /** Distinct keys present in both datasets. */
  public int sharedKeys() {
    return sharedKeys;
  }

  /** Experimental rows whose key occurs in the simulation data (= number of pairs). */
  public int experimentRowsCovered() {
    return keys.length;
  }

  public String key(int pair) {
    return keys[pair];
  }

  /** Mean simulated target of the pair's key. */
  public double simulationMean(int pair) {
    return simulationMeans[pair];
  }

  /** Simulation rows averaged into {@link #simulationMean(int)}. */
  public int simulationCount(int pair) {
    return simulationCounts[pair];
  }

  public double experimentTarget(int pair) {
    return experimentTargets[pair];
  }

  public int experimentLine(int pair) {
    return experimentLines[pair];
  }

  /** Mean absolute difference between simulated mean and measured value; NaN without pairs. */
  public double rawMae() {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      sum += Math.abs(simulationMeans[i] - experimentTargets[i]);
    }
    return keys.length == 0 ? Double.NaN : sum / keys.length;
  }

  /** Mean of (simulated - measured): negative when the simulation underestimates. */
  public double meanSignedDifference() {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      sum += simulationMeans[i] - experimentTargets[i];
    }
    return keys.length == 0 ? Double.NaN : sum / keys.length;
  }
}
