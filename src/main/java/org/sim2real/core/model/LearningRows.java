package org.sim2real.core.model;

/**
 * The rows a model learns from: {@code rows} feature rows of {@code cols} values each, row-major
 * in {@code x}, and their targets in {@code y}. The arrays are used as they are, not copied.
 */
public record LearningRows(float[] x, float[] y, int rows, int cols) {}
