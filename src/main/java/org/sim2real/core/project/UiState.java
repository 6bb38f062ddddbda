package org.sim2real.core.project;

/**
 * The bits of the window worth reopening a project with. {@code selectedStep} is the name of a
 * workbench step (DATA, STUDY, RUN, SCALING, FORECAST, TEACH); the core does not interpret it.
 */
public record UiState(String selectedStep) {
  public UiState {
    if (selectedStep == null || selectedStep.isBlank()) {
      selectedStep = "DATA";
    }
  }

  public static UiState initial() {
    return new UiState("DATA");
  }
}
