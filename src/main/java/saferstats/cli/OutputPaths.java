package saferstats.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/** Where an output path really is, and the permissions its file should end with (SPEC 3). */
final class OutputPaths {
  private static final int MAX_LINKS = 40;

  private OutputPaths() {}

  /**
   * Follows symbolic links to the file they name, so a rename replaces the target and the link
   * stays a link (a dangling link names the file to create).
   */
  static Path resolve(Path path) throws IOException {
    Path current = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      current = current.getParent().resolve(Files.readSymbolicLink(current));
    }
    return current;
  }

  /**
   * The replaced file's own permissions; for a new file, those any new file gets under the user's
   * umask. A temporary file is made 0600, so without this every report would be private. Null on
   * file systems without POSIX permissions.
   */
  static Set<PosixFilePermission> permissionsFor(Path real) throws IOException {
    if (!real.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    if (Files.isRegularFile(real)) {
      return Files.getPosixFilePermissions(real);
    }
    // Java cannot read the umask; a file created without attributes gets 0666 masked by it.
    Path probe = real.resolveSibling("." + real.getFileName() + "." + UUID.randomUUID() + ".probe");
    try {
      Files.createFile(probe);
      return Files.getPosixFilePermissions(probe);
    } finally {
      Files.deleteIfExists(probe);
    }
  }
}
