package org.sim2real.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/** A real file channel whose writes and fsyncs first ask the file system for faults. */
final class FaultyFileChannel extends FileChannel {
  private final FaultyFileSystem fileSystem;
  private final Path file;
  private final FileChannel real;

  FaultyFileChannel(FaultyFileSystem fileSystem, Path file, FileChannel real) {
    this.fileSystem = fileSystem;
    this.file = file;
    this.real = real;
  }

  @Override public int read(ByteBuffer dst) throws IOException { return real.read(dst); }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    return real.read(dsts, offset, length);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (fileSystem.stopsHere()) {
      int length = src.remaining();
      int part = fileSystem.partOfWrite(length);
      real.write(src.slice(src.position(), part));
      fileSystem.stop("write", file, part + "/" + length + " bytes");
    }
    if (src.remaining() > 1 && fileSystem.tearsThisWrite(file)) {
      ByteBuffer half = src.slice(src.position(), src.remaining() / 2);
      src.position(src.position() + real.write(half));
      throw fileSystem.tearError();
    }
    long allowed = fileSystem.allowWrite(file, src.remaining());
    if (allowed >= src.remaining()) {
      return real.write(src);
    }
    // a full disk takes part of the buffer, then fails: the torn write a crash test needs
    ByteBuffer part = src.slice(src.position(), (int) allowed);
    int written = real.write(part);
    src.position(src.position() + written);
    return written;
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      total += write(srcs[i]);
    }
    return total;
  }

  @Override public long position() throws IOException { return real.position(); }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    real.position(newPosition);
    return this;
  }

  @Override public long size() throws IOException { return real.size(); }

  @Override
  public FileChannel truncate(long size) throws IOException {
    if (fileSystem.stopsHere()) {
      fileSystem.stop("truncate", file, "to " + size + " bytes, not done");
    }
    fileSystem.checkChange(file);
    real.truncate(size);
    return this;
  }

  @Override
  public void force(boolean metaData) throws IOException {
    if (fileSystem.stopsHere()) {
      fileSystem.stop("fsync", file, "not done");
    }
    fileSystem.checkForce(file);
    real.force(metaData);
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    return real.transferTo(position, count, target);
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, 1 << 16));
    long done = 0;
    while (done < count) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
      int n = src.read(buffer);
      if (n <= 0) {
        break;
      }
      buffer.flip();
      while (buffer.hasRemaining()) {
        done += write(buffer, position + done);
      }
    }
    return done;
  }

  @Override public int read(ByteBuffer dst, long position) throws IOException { return real.read(dst, position); }

  @Override
  public int write(ByteBuffer src, long position) throws IOException {
    if (fileSystem.stopsHere()) {
      int length = src.remaining();
      int part = fileSystem.partOfWrite(length);
      real.write(src.slice(src.position(), part), position);
      fileSystem.stop("write", file, part + "/" + length + " bytes at " + position);
    }
    long allowed = fileSystem.allowWrite(file, src.remaining());
    ByteBuffer part = allowed >= src.remaining() ? src : src.slice(src.position(), (int) allowed);
    int written = real.write(part, position);
    if (part != src) {
      src.position(src.position() + written);
    }
    return written;
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
    return real.map(mode, position, size);
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) throws IOException {
    return real.lock(position, size, shared);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) throws IOException {
    return real.tryLock(position, size, shared);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    real.close();
  }
}
