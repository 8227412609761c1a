package saferstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import saferstats.model.UserError;

/** Writes a report to stdout, or to a file atomically: a temporary file, then a rename. */
final class OutputWriter {
  private OutputWriter() {}

  static void write(String text, Path output, PrintWriter stdout) {
    if (output == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    Path target = output.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write " + output + ": it is a folder",
          "give a file name, e.g. " + output.resolve("report.txt"));
    }
    if (!Files.isDirectory(target.getParent())) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write " + output + ": folder " + target.getParent() + " does not exist",
          "create the folder or choose another path");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      move(tmp, target);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp);
      throw new UserError(
          UserError.OUTPUT,
          "cannot write "
              + output
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          "check the folder exists and is writable",
          e);
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // Nothing more to do: the target was never touched.
      }
    }
  }
}
