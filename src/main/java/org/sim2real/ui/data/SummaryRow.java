package org.sim2real.ui.data;

/** One line of the summary's table: what is counted, and its value for each dataset. */
public record SummaryRow(String label, String simulation, String experiment) {}
