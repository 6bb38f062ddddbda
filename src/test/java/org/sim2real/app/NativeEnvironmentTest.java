package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NativeEnvironmentTest {

  @BeforeEach
  void posixOnly() {
    assumeFalse(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("windows"),
        "setenv is POSIX; on Windows the workbench sets nothing");
  }

  @Test
  void setIfAbsentSetsAVariableTheCLibraryThenSees() {
    String name = "SIM2REAL_TEST_UNSET_VARIABLE";
    assertEquals(Optional.empty(), NativeEnvironment.get(name));

    assertTrue(NativeEnvironment.setIfAbsent(name, "1"));

    assertEquals(Optional.of("1"), NativeEnvironment.get(name));
  }

  @Test
  void setIfAbsentKeepsAValueThatIsAlreadySet() {
    String name = "SIM2REAL_TEST_PRESET_VARIABLE";
    assertTrue(NativeEnvironment.setIfAbsent(name, "user choice"));

    assertTrue(NativeEnvironment.setIfAbsent(name, "workbench default"));

    assertEquals(Optional.of("user choice"), NativeEnvironment.get(name));
  }

  @Test
  void openBlasThreadVariableIsVisibleToNativeCodeAfterLaunchDefaults() {
    NativeEnvironment.setIfAbsent(NativeEnvironment.OPENBLAS_THREADS, "1");

    String expected = Optional.ofNullable(System.getenv(NativeEnvironment.OPENBLAS_THREADS))
        .orElse("1");
    assertEquals(Optional.of(expected), NativeEnvironment.get(NativeEnvironment.OPENBLAS_THREADS));
  }
}
