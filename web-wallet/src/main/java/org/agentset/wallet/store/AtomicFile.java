package org.agentset.wallet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Replaces a file so that a crash at any moment leaves either the old file or the new one, never a
 * mix: write a temporary file beside it, force it to disk, rename it over the target atomically,
 * then force the directory so the rename itself is durable.
 *
 * <p>Files are created readable and writable by their owner only where the file system has POSIX
 * permissions. Temporary files a crash left behind are named {@code .<target>.<random>.tmp} and
 * removed by {@link #removeLeftovers}.
 */
final class AtomicFile {

  /** The rename step, replaceable in tests to simulate a crash just before it. */
  @FunctionalInterface
  interface Rename {
    void move(Path from, Path to) throws IOException;
  }

  /** The real rename: atomic, replacing the target. */
  static final Rename ATOMIC =
      (from, to) ->
          Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

  private final Path target;
  private final Rename rename;

  AtomicFile(Path target, Rename rename) {
    this.target = target;
    this.rename = rename;
  }

  /** Replaces the target's content with {@code bytes}, atomically and durably. */
  void write(byte[] bytes) throws IOException {
    Path temp =
        target.resolveSibling(
            "."
                + target.getFileName()
                + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ownerOnly(temp);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      rename.move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /** Deletes temporary files an interrupted {@link #write} left beside the target. */
  void removeLeftovers() throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (Stream<Path> siblings = Files.list(target.toAbsolutePath().getParent())) {
      for (Path p : siblings.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".tmp")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Restricts {@code path} to its owner, where the file system knows POSIX permissions. */
  static void ownerOnly(Path path) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          path,
          PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }
  }

  private static void forceDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (FileSystemException | UnsupportedOperationException notOnThisSystem) {
      // Windows cannot open a directory as a channel; its rename is durable on its own terms.
    }
  }
}
