package org.sim2real.ui.common;

/**
 * The six steps of a study, in the order the navigator lists them. Each has the text its empty
 * screen shows: what the step is for and what to do first.
 */
public enum WorkbenchStep {
  DATA("Data", "Bring in your two datasets",
      "Start here. Import the large simulation dataset (for example DFT band gaps) and the small"
          + " experimental dataset you want to predict, then tell the workbench which column"
          + " describes the material and which holds the property.",
      "First: choose the two data files below (the File menu has the same two commands)."),
  STUDY("Study", "Design the scaling study",
      "Choose the simulation sizes n to pretrain on, how many experiments m to fine-tune with,"
          + " the model, the transfer strategy and how many repetitions each cell gets.",
      "First: import both datasets in the Data step; then pick the sizes and the model here."),
  RUN("Run", "Train and measure",
      "Runs every cell of the design in the background and records the error on the real test"
          + " data of each one in the results ledger. You can cancel and resume.",
      "First: import both datasets in the Data step and check the design in the Study step;"
          + " then press Start here."),
  SCALING("Scaling", "Fit the scaling law",
      "Fits E(n) = D n^-alpha + C to the measured errors, with bootstrap uncertainty, and shows"
          + " the exponent alpha and the floor C that no amount of simulation removes.",
      "First: finish at least a few cells of a run; the fit appears here."),
  FORECAST("Forecast", "Plan data production",
      "Reads the fit forward: how much more simulation reaches a target error, and what your"
          + " simulations are worth in experiments.",
      "First: fit a scaling law in the Scaling step, then enter a target error here."),
  TEACH("Teach", "Learn the ideas",
      "Short interactive explanations of transfer learning, scaling laws and the error floor,"
          + " using your own numbers where you have them.",
      "First: pick a topic. No project is needed.");

  private final String title;
  private final String headline;
  private final String purpose;
  private final String firstAction;

  WorkbenchStep(String title, String headline, String purpose, String firstAction) {
    this.title = title;
    this.headline = headline;
    this.purpose = purpose;
    this.firstAction = firstAction;
  }

  public String title() {
    return title;
  }

  public String headline() {
    return headline;
  }

  /** What the step is for. */
  public String purpose() {
    return purpose;
  }

  /** What to do first. */
  public String firstAction() {
    return firstAction;
  }

  /** 1..6, the digit of its Ctrl+digit shortcut. */
  public int shortcutDigit() {
    return ordinal() + 1;
  }

  /** The step with this name, or DATA for unknown names. */
  public static WorkbenchStep fromName(String name) {
    for (WorkbenchStep s : values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return DATA;
  }
}
