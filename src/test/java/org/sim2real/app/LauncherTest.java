package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

  @Test
  void plainJavaStartWithoutVectorModuleRelaunches() {
    assertTrue(Launcher.shouldRelaunch(false, false, false));
  }

  @Test
  void startWithVectorModuleDoesNotRelaunch() {
    assertFalse(Launcher.shouldRelaunch(true, false, false));
  }

  @Test
  void relaunchedChildDoesNotRelaunchAgain() {
    assertFalse(Launcher.shouldRelaunch(false, true, false));
  }

  @Test
  void installedLauncherNeverRelaunchesEvenWithoutVectorModule() {
    assertFalse(Launcher.shouldRelaunch(false, false, true));
  }

  @Test
  void onlyGuiAndTrainingCommandsAskForTheVectorApi() {
    assertTrue(Launcher.needsVectorApi(new String[0]));
    assertTrue(Launcher.needsVectorApi(new String[] {"study.s2r"}));
    assertTrue(Launcher.needsVectorApi(new String[] {"run", "study.s2r"}));
    assertFalse(Launcher.needsVectorApi(new String[] {"--version"}));
    assertFalse(Launcher.needsVectorApi(new String[] {"inspect", "data.csv"}));
  }

  @Test
  void theRelaunchedJvmWritesACrashReportIntoTheTemporaryDirectory() {
    List<String> cmd = Launcher.childCommand("/opt/jdk/bin/java", List.of("-Xmx2g"),
        "app.jar", new String[] {"study.s2r"}, "/var/tmp", 4711);

    assertEquals(List.of("/opt/jdk/bin/java",
        "-XX:ErrorFile=" + Path.of("/var/tmp", "sim2real-hs_err_pid%p.log"), "-Xmx2g",
        "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dsim2real.relaunched=true", "-Dsim2real.parentPid=4711", "-cp",
        "app.jar" + File.pathSeparator,
        "org.sim2real.app.Launcher", "study.s2r"), cmd);
  }

  @Test
  void withoutAHeapSettingTheRelaunchedJvmMayUseThreeQuartersOfTheMemory() {
    List<String> none = Launcher.childCommand("java", List.of("-Dx=1"), "app.jar", new String[0],
        "/tmp", 1);
    assertTrue(none.contains("-XX:MaxRAMPercentage=75"), none.toString());
    for (String own : List.of("-Xmx6g", "-XX:MaxRAMPercentage=50", "-XX:MaxHeapSize=1g",
        "-XX:MaxRAM=8g")) {
      List<String> cmd = Launcher.childCommand("java", List.of(own), "app.jar", new String[0],
          "/tmp", 1);
      assertTrue(cmd.contains(own) && !cmd.contains("-XX:MaxRAMPercentage=75"), cmd.toString());
    }
  }

  @Test
  void aCrashReportLocationTheUserChoseComesLaterAndSoWins() {
    List<String> cmd = Launcher.childCommand("java", List.of("-XX:ErrorFile=/home/me/crash.log"),
        "app.jar", new String[0], "/tmp", 1);

    assertTrue(cmd.indexOf("-XX:ErrorFile=/home/me/crash.log")
        > cmd.indexOf("-XX:ErrorFile=" + Path.of("/tmp", Launcher.ERROR_FILE_NAME)), cmd.toString());
  }

  @Test
  void theDesktopApplicationKeepsAwtHeadlessUnlessTheUserSaidOtherwise() {
    String before = System.getProperty(Launcher.AWT_HEADLESS);
    try {
      System.clearProperty(Launcher.AWT_HEADLESS);
      Launcher.keepAwtOffTheDisplay();
      assertEquals("true", System.getProperty(Launcher.AWT_HEADLESS));

      System.setProperty(Launcher.AWT_HEADLESS, "false");
      Launcher.keepAwtOffTheDisplay();
      assertEquals("false", System.getProperty(Launcher.AWT_HEADLESS));
    } finally {
      if (before == null) {
        System.clearProperty(Launcher.AWT_HEADLESS);
      } else {
        System.setProperty(Launcher.AWT_HEADLESS, before);
      }
    }
  }
}
