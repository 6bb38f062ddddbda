package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.ProjectAutosave;
import org.sim2real.core.project.ProjectStore;

class HelpActionsTest {
  @TempDir Path dir;

  private final FakeDialogService dialogs = new FakeDialogService();
  private final ProjectSession session = new ProjectSession();
  private final ProjectStore store = new ProjectStore();
  private final ProjectActions projects = new ProjectActions(session, store,
      new ProjectAutosave(store, (task, delay) -> () -> {}, Duration.ZERO, m -> {}), dialogs,
      BackgroundTasks.sameThread(), new WorkbenchPreferences(new InMemoryPreferences()),
      new UndoManager(5), m -> {});

  @Test
  void withoutSamplesTheUserIsToldWhereTheyWouldBe() {
    new HelpActions(dialogs, projects, dir).sampleProjects();
    assertEquals("Sample Projects\nNo sample projects are installed\nSample projects are looked"
        + " for in " + dir + ". Until some are installed, start with File > New and import a data"
        + " file.", dialogs.information.get(0));
  }

  @Test
  void chosenSampleProjectIsOpened() throws IOException {
    Path sample = dir.resolve("bandgap/bandgap.s2r");
    Files.createDirectories(sample.getParent());
    store.save(Project.newProject("Band gap sample"), sample);
    dialogs.filesToOpen.add(sample);

    new HelpActions(dialogs, projects, dir).sampleProjects();

    assertEquals("Band gap sample", session.project().name());
    assertEquals(sample, session.file());
  }

  @Test
  void theShippedSamplesListEveryDemoAndTheThreeSourceDemoOpensWithItsSources() {
    Path samples = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
        .resolve("sample-data");
    HelpActions help = new HelpActions(dialogs, projects, samples);
    assertEquals(java.util.List.of("bandgap/bandgap-demo.s2r", "polymer/polymer-demo.s2r",
        "sources/sources-demo.s2r", "synthetic/synthetic-demo.s2r"),
        help.installedSamples().stream().map(p -> samples.relativize(p).toString()
            .replace('\\', '/')).toList());
    dialogs.filesToOpen.add(samples.resolve("sources/sources-demo.s2r"));
    help.sampleProjects();
    assertEquals("Three-source demo", session.project().name());
    assertEquals(java.util.List.of("oqmd", "aflow"), session.project().simulationSources()
        .stream().map(s -> s.name()).toList());
  }

  @Test
  void userGuideWalksThroughAllSixSteps() {
    new HelpActions(dialogs, projects, null).userGuide();
    String guide = dialogs.information.get(0);
    for (WorkbenchStep step : WorkbenchStep.values()) {
      assertTrue(guide.contains(step.shortcutDigit() + ". " + step.title() + ": "), guide);
    }
  }
}
