package org.sim2real.app;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C library's environment of this process, which native libraries loaded later (OpenBLAS)
 * read. Java cannot change its own environment, and the installed launchers cannot set variables
 * either (jpackage only passes JVM options), so the workbench sets what it needs here, before the
 * first native library loads. POSIX only: elsewhere (Windows) nothing is set.
 */
final class NativeEnvironment {
  /** OpenBLAS reads it once, when the library loads. */
  static final String OPENBLAS_THREADS = "OPENBLAS_NUM_THREADS";

  private NativeEnvironment() {}

  /**
   * Sets {@code name} to {@code value} unless the variable already has a value, so a user's own
   * setting always wins. Returns whether the variable now has a value.
   *
   * <p>Call it early in {@code main}: setenv is not safe while other threads read the environment,
   * and at that point only the JVM's own threads run, which do not.
   */
  static boolean setIfAbsent(String name, String value) {
    Optional<MethodHandle> setenv = function("setenv", FunctionDescriptor.of(ValueLayout.JAVA_INT,
        ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    if (setenv.isEmpty()) {
      return false;
    }
    try (Arena arena = Arena.ofConfined()) {
      int rc = (int) setenv.get().invokeExact(arena.allocateFrom(name), arena.allocateFrom(value),
          0);
      return rc == 0;
    } catch (Throwable e) {
      return false;
    }
  }

  /** The variable as the C library sees it now (System.getenv only shows the start-up copy). */
  static Optional<String> get(String name) {
    Optional<MethodHandle> getenv = function("getenv",
        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    if (getenv.isEmpty()) {
      return Optional.empty();
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment found = (MemorySegment) getenv.get().invokeExact(arena.allocateFrom(name));
      if (found.equals(MemorySegment.NULL)) {
        return Optional.empty();
      }
      return Optional.of(found.reinterpret(Long.MAX_VALUE).getString(0));
    } catch (Throwable e) {
      return Optional.empty();
    }
  }

  private static Optional<MethodHandle> function(String symbol, FunctionDescriptor descriptor) {
    try {
      Linker linker = Linker.nativeLinker();
      return linker.defaultLookup().find(symbol)
          .map(address -> linker.downcallHandle(address, descriptor));
    } catch (RuntimeException e) {
      // no native access granted, or a platform without this C function
      return Optional.empty();
    }
  }
}
