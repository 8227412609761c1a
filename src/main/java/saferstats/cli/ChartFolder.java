package saferstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import saferstats.draw.Drawing;
import saferstats.model.UserError;

/** The {@code --charts} folder: each drawing as NAME.png and NAME.svg in it. */
final class ChartFolder {
  private final Path dir;

  private ChartFolder(Path dir) {
    this.dir = dir;
  }

  /**
   * The folder, checked before any work is done: a path that is a file fails at once. Null when no
   * folder was asked for.
   */
  static ChartFolder check(Path dir) {
    if (dir == null) {
      return null;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write charts to " + dir + ": it is a file, not a folder",
          "give --charts a folder name (it is created when missing)");
    }
    return new ChartFolder(dir);
  }

  /** The files to write, the folder created first so that they can be written whole. */
  List<OutputFiles.Target> targets(List<Drawing> drawings) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot create the charts folder " + dir + ": " + e.getMessage(),
          "check the path and that its parent folder is writable",
          e);
    }
    List<OutputFiles.Target> out = new ArrayList<>();
    for (Drawing d : drawings) {
      out.add(new OutputFiles.Target(dir.resolve(d.name() + ".png"), d.png()));
      out.add(new OutputFiles.Target(dir.resolve(d.name() + ".svg"), d.svg()));
    }
    return out;
  }
}
