package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProjectTest {
  @TempDir Path samples;

  private Path installDemo() throws IOException {
    Path demo = Files.createDirectories(samples.resolve("bandgap")).resolve("bandgap-demo.s2r");
    Files.writeString(demo, "{}");
    return demo;
  }

  @Test
  void withoutArgumentsTheBandGapDemoOpens() throws IOException {
    Path demo = installDemo();
    assertEquals(Optional.of(demo), StartupProject.choose(List.of(), samples));
  }

  @Test
  void theEmptyFlagStartsWithoutAProject() throws IOException {
    installDemo();
    assertEquals(Optional.empty(), StartupProject.choose(List.of("--empty"), samples));
    assertTrue(StartupProject.isGuiLaunch(new String[] {"--empty"}));
  }

  @Test
  void aProjectOnTheCommandLineIsOpenedInsteadOfTheDemo() throws IOException {
    installDemo();
    assertEquals(Optional.of(Path.of("mine.s2r")),
        StartupProject.choose(List.of("mine.s2r"), samples));
  }

  @Test
  void withoutInstalledSamplesNothingOpens() {
    assertEquals(Optional.empty(), StartupProject.choose(List.of(), samples));
    assertEquals(Optional.empty(), StartupProject.choose(List.of(), null));
  }

  @Test
  void commandsAreNotGuiLaunches() {
    assertTrue(StartupProject.isGuiLaunch(new String[0]));
    assertTrue(StartupProject.isGuiLaunch(new String[] {"study.s2r"}));
    assertFalse(StartupProject.isGuiLaunch(new String[] {"run", "design.json"}));
    assertFalse(StartupProject.isGuiLaunch(new String[] {"--empty", "x"}));
    assertTrue(Launcher.isGuiLaunch(new String[] {"--empty"}), "the launcher agrees");
  }
}
