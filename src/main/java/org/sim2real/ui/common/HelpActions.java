package org.sim2real.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.report.AppInfo;

/** The Help menu: About, a short user guide, and the sample projects. */
public final class HelpActions {
  public static final String APPLICATION_NAME = "Sim2Real Scaling Workbench";
  public static final String LICENCE = "GPL-3.0-or-later";
  public static final String CITATION =
      "R. Minami et al., \"Scaling law of Sim2Real transfer learning in expanding computational"
          + " materials databases for real-world predictions\", npj Computational Materials 11,"
          + " 146 (2025).";

  private final DialogService dialogs;
  private final ProjectActions projects;
  private final @Nullable Path sampleDirectory;

  /** @param sampleDirectory where sample projects are installed, or null when unknown */
  public HelpActions(DialogService dialogs, ProjectActions projects, @Nullable Path sampleDirectory) {
    this.dialogs = dialogs;
    this.projects = projects;
    this.sampleDirectory = sampleDirectory;
  }

  public void about() {
    dialogs.showInformation("About " + APPLICATION_NAME,
        APPLICATION_NAME + " " + AppInfo.version(),
        "Pretrain on simulation data, fine-tune on experiments, and fit the scaling law"
            + " E(n) = D n^-alpha + C of the error on real data against the simulation size n.\n\n"
            + "Version: " + AppInfo.version() + "\n"
            + "Licence: " + LICENCE + " (see LICENSE.txt)\n\n"
            + "The method follows, and publications using the workbench should cite:\n"
            + CITATION);
  }

  public void userGuide() {
    StringBuilder text = new StringBuilder(
        "A study goes through six steps; the navigator on the left lists them and Ctrl+1 to"
            + " Ctrl+6 jump to each.\n\n");
    for (WorkbenchStep step : WorkbenchStep.values()) {
      text.append(step.shortcutDigit()).append(". ").append(step.title()).append(": ")
          .append(step.purpose()).append("\n\n");
    }
    text.append("Projects (.s2r) keep the data-file references, the design and your notes;"
        + " File > Save writes them, and unsaved changes are autosaved for recovery.");
    dialogs.showInformation("User Guide", "How a scaling study works", text.toString());
  }

  /** Lets the user pick one of the installed sample projects and opens it. */
  public void sampleProjects() {
    List<Path> samples = installedSamples();
    if (samples.isEmpty() || sampleDirectory == null) {
      dialogs.showInformation("Sample Projects", "No sample projects are installed",
          "Sample projects are looked for in "
              + (sampleDirectory == null ? "the sample-data folder" : sampleDirectory.toString())
              + ". Until some are installed, start with File > New and import a data file.");
      return;
    }
    Path chosen = dialogs.chooseFileToOpen("Open a Sample Project", sampleDirectory,
        List.of(FileType.PROJECT));
    if (chosen != null) {
      projects.openFile(chosen);
    }
  }

  List<Path> installedSamples() {
    if (sampleDirectory == null || !Files.isDirectory(sampleDirectory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(sampleDirectory, 2)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".s2r")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
