package org.sim2real.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A path of a {@link FaultyFileSystem}: the real path, seen through the fault injector. */
final class FaultyPath implements Path {
  private final FaultyFileSystem fileSystem;
  final Path real;

  FaultyPath(FaultyFileSystem fileSystem, Path real) {
    this.fileSystem = fileSystem;
    this.real = real;
  }

  private @Nullable Path wrap(@Nullable Path path) {
    return path == null ? null : new FaultyPath(fileSystem, path);
  }

  @Override public FaultyFileSystem getFileSystem() { return fileSystem; }
  @Override public boolean isAbsolute() { return real.isAbsolute(); }
  @Override public @Nullable Path getRoot() { return wrap(real.getRoot()); }
  @Override public @Nullable Path getFileName() { return wrap(real.getFileName()); }
  @Override public @Nullable Path getParent() { return wrap(real.getParent()); }
  @Override public int getNameCount() { return real.getNameCount(); }
  @Override public Path getName(int index) { return new FaultyPath(fileSystem, real.getName(index)); }
  @Override public Path subpath(int begin, int end) { return new FaultyPath(fileSystem, real.subpath(begin, end)); }
  @Override public boolean startsWith(Path other) { return real.startsWith(fileSystem.unwrap(other)); }
  @Override public boolean endsWith(Path other) { return real.endsWith(fileSystem.unwrap(other)); }
  @Override public Path normalize() { return new FaultyPath(fileSystem, real.normalize()); }
  @Override public Path resolve(Path other) { return new FaultyPath(fileSystem, real.resolve(fileSystem.unwrap(other))); }
  @Override public Path relativize(Path other) { return new FaultyPath(fileSystem, real.relativize(fileSystem.unwrap(other))); }
  @Override public URI toUri() { return real.toUri(); }
  @Override public Path toAbsolutePath() { return new FaultyPath(fileSystem, real.toAbsolutePath()); }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    return new FaultyPath(fileSystem, real.toRealPath(options));
  }

  @Override
  public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events,
      WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("no watching in the fault-injecting file system");
  }

  @Override public int compareTo(Path other) { return real.compareTo(fileSystem.unwrap(other)); }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FaultyPath p && p.fileSystem == fileSystem && p.real.equals(real);
  }

  @Override public int hashCode() { return Objects.hash(real); }
  @Override public String toString() { return real.toString(); }
}
