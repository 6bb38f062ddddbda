package org.sim2real.testing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The real file system seen through a fault injector, for storage-failure tests that must work as
 * root (who ignores permissions, so chmod cannot make a folder read-only) and without mounting a
 * small disk. Paths from {@link #path(Path)} behave like the real ones until a fault is armed:
 * a full disk (writes stop after a byte budget, mid-buffer, with "No space left on device"),
 * read-only folders (every change below them is "access denied"), write and fsync errors on
 * matching files, after a number of successful writes. Code under test sees only {@code Path}s
 * and {@code Files}, exactly as in production.
 */
public final class FaultyFileSystem extends FileSystem {
  private final FileSystem real = FileSystems.getDefault();
  private final FaultyFileSystemProvider provider = new FaultyFileSystemProvider(this);

  private final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);
  private final Set<Path> readOnly = new CopyOnWriteArraySet<>();
  private volatile Predicate<Path> failingWrites = p -> false;
  private final AtomicInteger writesBeforeFailure = new AtomicInteger(-1);
  private final AtomicInteger faultsRaised = new AtomicInteger();
  private volatile Predicate<Path> tornWrites = p -> false;
  private final AtomicInteger writesBeforeTear = new AtomicInteger(-1);
  private volatile Supplier<? extends Error> tearError = () -> new OutOfMemoryError();
  private final AtomicLong changes = new AtomicLong();
  private volatile long stopAtChange = -1;
  private volatile long stopSeed;

  /** The fault-injecting view of a real path. */
  public Path path(Path realPath) {
    return new FaultyPath(this, realPath.toAbsolutePath());
  }

  /** The real path behind a path of this file system. */
  public static Path realPath(Path path) {
    return path instanceof FaultyPath p ? p.real : path;
  }

  /** From now on only {@code bytes} more bytes can be written, in total, to any file. */
  public void diskFullAfter(long bytes) {
    freeBytes.set(bytes);
  }

  /** Every change to files below {@code directory} (a real or faulty path) is refused. */
  public void makeReadOnly(Path directory) {
    readOnly.add(realPath(directory).toAbsolutePath().normalize());
  }

  /**
   * Writes (and fsyncs) to files matching {@code which} fail with an I/O error once
   * {@code successfulWritesFirst} such writes have succeeded.
   */
  public void failWrites(Predicate<Path> which, int successfulWritesFirst) {
    writesBeforeFailure.set(successfulWritesFirst);
    failingWrites = which;
  }

  /**
   * Once {@code successfulWritesFirst} writes to files matching {@code which} have succeeded, the
   * next one writes half of its bytes and then throws {@code error}, once: an error that is not
   * an I/O error in the middle of a write, such as an out-of-memory error between two writes of
   * one buffer.
   */
  public void tearWrite(Predicate<Path> which, int successfulWritesFirst,
      Supplier<? extends Error> error) {
    tearError = error;
    writesBeforeTear.set(successfulWritesFirst);
    tornWrites = which;
  }

  /**
   * Kill points: every change to a file or folder (opening for writing, each write, fsync,
   * truncation, creation, rename, copy, deletion) is counted, and the {@code change}-th one
   * stops its thread inside the operation: a write first writes a part of its bytes (anything
   * from none to all, drawn from {@code seed}), a rename, copy or deletion is done or not (drawn
   * too), an fsync is not done; then the line {@code KILLPOINT <change> <kind> <file> <detail>}
   * goes to standard output and the thread blocks for good. A test that reads that line SIGKILLs
   * the JVM exactly there, inside the write path, which timing alone rarely hits.
   */
  public void stopAtChange(long change, long seed) {
    stopSeed = seed;
    stopAtChange = change;
  }

  /** How many changes were counted so far (see {@link #stopAtChange}). */
  public long changes() {
    return changes.get();
  }

  /** Removes every fault: the disk has room again, folders are writable. */
  public void repair() {
    freeBytes.set(Long.MAX_VALUE);
    readOnly.clear();
    failingWrites = p -> false;
    writesBeforeFailure.set(-1);
    tornWrites = p -> false;
    writesBeforeTear.set(-1);
  }

  /** How many operations failed because of an armed fault. */
  public int faultsRaised() {
    return faultsRaised.get();
  }

  // ---- fault checks, called by the provider and its channels ----

  void checkChange(Path realPath) throws IOException {
    Path p = realPath.toAbsolutePath().normalize();
    for (Path dir : readOnly) {
      if (p.startsWith(dir)) {
        faultsRaised.incrementAndGet();
        throw new AccessDeniedException(realPath.toString(), null, "Read-only file system");
      }
    }
  }

  /** How many of {@code wanted} bytes may be written now; throws when none may. */
  long allowWrite(Path realPath, long wanted) throws IOException {
    checkChange(realPath);
    if (failingWrites.test(realPath) && writesBeforeFailure.getAndDecrement() <= 0) {
      faultsRaised.incrementAndGet();
      throw new IOException("Input/output error");
    }
    while (true) {
      long free = freeBytes.get();
      if (free == Long.MAX_VALUE) {
        return wanted;
      }
      if (free <= 0) {
        faultsRaised.incrementAndGet();
        throw new IOException("No space left on device");
      }
      long granted = Math.min(free, wanted);
      if (freeBytes.compareAndSet(free, free - granted)) {
        return granted;
      }
    }
  }

  /** True when this write is the one to tear (see {@link #tearWrite}). */
  boolean tearsThisWrite(Path realPath) {
    if (!tornWrites.test(realPath) || writesBeforeTear.getAndDecrement() != 0) {
      return false;
    }
    tornWrites = p -> false;
    faultsRaised.incrementAndGet();
    return true;
  }

  Error tearError() {
    return tearError.get();
  }

  /** Counts a change; true when it is the one to stop at. */
  boolean stopsHere() {
    return changes.incrementAndGet() == stopAtChange;
  }

  /** How much of a write of {@code length} bytes is done before the stop. */
  int partOfWrite(int length) {
    return new java.util.Random(stopSeed).nextInt(length + 1);
  }

  /** Whether a rename, copy or deletion is done before the stop. */
  boolean doneBeforeStop() {
    return new java.util.Random(stopSeed ^ 0x5DEECE66DL).nextBoolean();
  }

  /** Announces the kill point and blocks the calling thread until the JVM is killed. */
  void stop(String kind, Path realPath, String detail) {
    System.out.println("KILLPOINT " + stopAtChange + " " + kind + " " + realPath + " " + detail);
    System.out.flush();
    while (true) {
      java.util.concurrent.locks.LockSupport.park(this);
    }
  }

  void checkForce(Path realPath) throws IOException {
    if (failingWrites.test(realPath) && writesBeforeFailure.get() < 0) {
      faultsRaised.incrementAndGet();
      throw new IOException("Input/output error");
    }
  }

  Path unwrap(Path path) {
    if (path instanceof FaultyPath p) {
      return p.real;
    }
    return real.getPath(path.toString());
  }

  // ---- java.nio.file.FileSystem ----

  @Override public FaultyFileSystemProvider provider() { return provider; }
  @Override public void close() {}
  @Override public boolean isOpen() { return true; }
  @Override public boolean isReadOnly() { return false; }
  @Override public String getSeparator() { return real.getSeparator(); }

  @Override
  public Iterable<Path> getRootDirectories() {
    List<Path> roots = new ArrayList<>();
    real.getRootDirectories().forEach(r -> roots.add(path(r)));
    return roots;
  }

  @Override public Iterable<FileStore> getFileStores() { return real.getFileStores(); }
  @Override public Set<String> supportedFileAttributeViews() { return real.supportedFileAttributeViews(); }
  @Override public Path getPath(String first, String... more) { return new FaultyPath(this, real.getPath(first, more)); }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
    return p -> matcher.matches(unwrap(p));
  }

  @Override public UserPrincipalLookupService getUserPrincipalLookupService() { return real.getUserPrincipalLookupService(); }
  @Override public WatchService newWatchService() { throw new UnsupportedOperationException(); }
}
