package org.sim2real.core.study;

/**
 * Which rows each part of a study uses. Row numbers index the usable rows of the simulation and
 * experimental tables. The experimental test rows are fixed for the whole study; within one
 * repetition the simulation subsets and the experimental training subsets are nested (the rows
 * for a smaller size are a prefix of the rows for a larger one).
 */
public interface Splits {
  /** Experimental rows held out for testing, identical for every cell. */
  int[] testRows();

  /** Experimental rows available for training (the complement of the test rows). */
  int poolSize();

  /** The first {@code m} experimental training rows of a repetition. */
  int[] experimentalTrainingRows(int repetition, int m);

  /** The first {@code n} simulation rows of a repetition. */
  int[] simulationRows(int repetition, int n);
}
