package saferstats.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import saferstats.model.UserError;

/**
 * The files under a folder, following symbolic links: an analyst often links a month folder, or a
 * whole download folder, from where it was saved. A link back to a folder that contains it would
 * walk for ever; such a loop is not followed again, and noted.
 */
final class FolderWalk {
  private FolderWalk() {}

  /** The regular files under {@code dir}, in {@link InputResolver#BY_PATH} order. */
  static List<Path> files(Path dir, List<String> notes) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof FileSystemLoopException) {
                notes.add(
                    file
                        + " is a symbolic link back to a folder that holds it (a loop); it was not"
                        + " followed, so each file under it is read once.");
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
    } catch (IOException e) {
      throw UserError.input(
          "cannot read folder " + dir + ": " + e.getMessage(), "check permissions");
    }
    files.sort(InputResolver.BY_PATH);
    return files;
  }
}
