package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
