package org.sim2real.app;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.Optional;

/**
 * Start-up check for the native libraries the workbench loads late: Smile calls OpenBLAS through
 * the Foreign Function API and loads the unversioned {@code libopenblas.so}, which on Debian and
 * Ubuntu only the {@code libopenblas-dev} package provides. Without it the first kernel model
 * fails deep inside a run, so the application says what is missing before anything starts.
 */
public final class NativeLibraryCheck {
  private NativeLibraryCheck() {}

  /** A one-paragraph message naming what is missing and how to install it, or empty if all is well. */
  public static Optional<String> missingLibraries() {
    String name = System.mapLibraryName("openblas");
    try (Arena arena = Arena.ofConfined()) {
      SymbolLookup.libraryLookup(name, arena);
      return Optional.empty();
    } catch (IllegalArgumentException | IllegalCallerException e) {
      return Optional.of(
          "The native library OpenBLAS (" + name + ") was not found. Gaussian-process and other"
              + " kernel models cannot run without it; MLP studies still work. Install it with"
              + " 'sudo apt-get install libopenblas-dev' (Debian/Ubuntu), 'sudo dnf install"
              + " openblas-devel' (Fedora) or 'brew install openblas' (macOS).");
    }
  }
}
