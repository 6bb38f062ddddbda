package org.sim2real.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Delegates every operation to the default provider after asking the file system for faults. */
final class FaultyFileSystemProvider extends FileSystemProvider {
  private static final Set<OpenOption> CHANGING = Set.of(StandardOpenOption.WRITE,
      StandardOpenOption.APPEND, StandardOpenOption.CREATE, StandardOpenOption.CREATE_NEW,
      StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.DELETE_ON_CLOSE);

  private final FaultyFileSystem fileSystem;
  private final FileSystemProvider real = java.nio.file.FileSystems.getDefault().provider();

  FaultyFileSystemProvider(FaultyFileSystem fileSystem) {
    this.fileSystem = fileSystem;
  }

  private Path real(Path path) {
    return fileSystem.unwrap(path);
  }

  @Override public String getScheme() { return "faulty"; }

  @Override
  public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
    throw new UnsupportedOperationException();
  }

  @Override public FileSystem getFileSystem(URI uri) { throw new UnsupportedOperationException(); }
  @Override public Path getPath(URI uri) { throw new UnsupportedOperationException(); }

  @Override
  public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
      FileAttribute<?>... attrs) throws IOException {
    return newFileChannel(path, options, attrs);
  }

  @Override
  public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options,
      FileAttribute<?>... attrs) throws IOException {
    Path target = real(path);
    boolean changing = false;
    for (OpenOption option : options) {
      if (CHANGING.contains(option)) {
        fileSystem.checkChange(target);
        changing = true;
        break;
      }
    }
    boolean stop = changing && fileSystem.stopsHere();
    FileChannel channel = real.newFileChannel(target, options, attrs);
    if (stop) {
      fileSystem.stop("open", target, "for writing, done");
    }
    return new FaultyFileChannel(fileSystem, target, channel);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
      throws IOException {
    DirectoryStream<Path> stream = real.newDirectoryStream(real(dir),
        p -> filter.accept(fileSystem.path(p)));
    return new DirectoryStream<>() {
      @Override
      public Iterator<Path> iterator() {
        Iterator<Path> it = stream.iterator();
        return new Iterator<>() {
          @Override public boolean hasNext() { return it.hasNext(); }
          @Override public Path next() { return fileSystem.path(it.next()); }
        };
      }

      @Override public void close() throws IOException { stream.close(); }
    };
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    if (java.nio.file.Files.exists(real(dir))) {
      throw new java.nio.file.FileAlreadyExistsException(dir.toString()); // as mkdir(2) does
    }
    fileSystem.checkChange(real(dir));
    if (fileSystem.stopsHere()) {
      fileSystem.stop("mkdir", real(dir), "not done");
    }
    real.createDirectory(real(dir), attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    fileSystem.checkChange(real(path));
    stopAround("delete", real(path), () -> real.delete(real(path)));
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    fileSystem.checkChange(real(target));
    fileSystem.allowWrite(real(target), 1);
    stopAround("copy", real(target), () -> real.copy(real(source), real(target), options));
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    fileSystem.checkChange(real(source));
    fileSystem.checkChange(real(target));
    stopAround("rename", real(target), () -> real.move(real(source), real(target), options));
  }

  private interface Change {
    void run() throws IOException;
  }

  /** Runs a change, or stops before or after it when it is the kill point. */
  private void stopAround(String kind, Path target, Change change) throws IOException {
    if (!fileSystem.stopsHere()) {
      change.run();
      return;
    }
    boolean done = fileSystem.doneBeforeStop();
    try {
      if (done) {
        change.run();
      }
    } finally {
      // a change that fails (deleting a file that is gone) still stops here
      fileSystem.stop(kind, target, done ? "done" : "not done");
    }
  }

  @Override public boolean isSameFile(Path a, Path b) throws IOException { return real.isSameFile(real(a), real(b)); }
  @Override public boolean isHidden(Path path) throws IOException { return real.isHidden(real(path)); }
  @Override public FileStore getFileStore(Path path) throws IOException { return real.getFileStore(real(path)); }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    for (AccessMode mode : modes) {
      if (mode == AccessMode.WRITE) {
        fileSystem.checkChange(real(path));
      }
    }
    real.checkAccess(real(path), modes);
  }

  @Override
  public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type,
      LinkOption... options) {
    return real.getFileAttributeView(real(path), type, options);
  }

  @Override
  public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type,
      LinkOption... options) throws IOException {
    return real.readAttributes(real(path), type, options);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return real.readAttributes(real(path), attributes, options);
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
      throws IOException {
    fileSystem.checkChange(real(path));
    stopAround("chmod", real(path), () -> real.setAttribute(real(path), attribute, value, options));
  }

  @Override
  public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
    fileSystem.checkChange(real(link));
    real.createSymbolicLink(real(link), real(target), attrs);
  }

  @Override
  public Path readSymbolicLink(Path link) throws IOException {
    return fileSystem.path(real.readSymbolicLink(real(link)));
  }
}
