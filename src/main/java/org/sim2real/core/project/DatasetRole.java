package org.sim2real.core.project;

/** The two datasets of a Sim2Real study. */
public enum DatasetRole {
  SIMULATION("simulation data"),
  EXPERIMENTAL("experimental data");

  private final String displayName;

  DatasetRole(String displayName) {
    this.displayName = displayName;
  }

  /** Lower-case name for messages ("simulation data"). */
  public String displayName() {
    return displayName;
  }
}
