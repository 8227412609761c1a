package saferstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import saferstats.ingest.InputResolver;
import saferstats.model.UserError;

/**
 * Refuses, before anything is read, an output path that names an input the run reads or another
 * output of the same run: written last, the output would silently replace the download (or the
 * other output) with a report. Paths are compared as the files they name, symbolic links followed.
 * An input folder may hold the output, and the output may replace a report saferstats wrote there
 * (reading skips those); it may not replace a file read as data.
 */
final class OutputClashes {
  /** A path as the option that named it. */
  private record Named(String option, Path path) {}

  private final List<Named> outputs = new ArrayList<>();
  private final List<Named> files = new ArrayList<>();
  private final List<String> inputs = new ArrayList<>();

  /** An output the run writes (ignored when null). */
  OutputClashes output(String option, Path path) {
    if (path != null) {
      outputs.add(new Named(option, path));
    }
    return this;
  }

  /** A file the run reads, as named by {@code option} (ignored when null). */
  OutputClashes file(String option, Path path) {
    if (path != null) {
      files.add(new Named(option, path));
    }
    return this;
  }

  /** Input arguments (files, folders, globs, zips) as the readers take them. */
  OutputClashes inputs(List<String> args) {
    if (args != null) {
      inputs.addAll(args);
    }
    return this;
  }

  /** Throws the first clash as a usage error (exit 2); does nothing when there is none. */
  void check() {
    for (int i = 0; i < outputs.size(); i++) {
      Named out = outputs.get(i);
      for (Named other : outputs.subList(0, i)) {
        if (identity(out.path()).equals(identity(other.path()))) {
          throw UserError.usage(
              other.option()
                  + " "
                  + other.path()
                  + " and "
                  + out.option()
                  + " "
                  + out.path()
                  + " name the same path, so one would replace the other",
              "give each its own file");
        }
      }
    }
    List<Named> existing = outputs.stream().filter(o -> Files.isRegularFile(o.path())).toList();
    if (existing.isEmpty()) {
      // An output that does not exist yet cannot be an input: nothing to resolve.
      return;
    }
    for (Named out : existing) {
      for (Named in : files) {
        if (same(out.path(), in.path())) {
          throw clash(out, "the " + in.option() + " file");
        }
      }
    }
    if (inputs.isEmpty()) {
      return;
    }
    List<Path> read = InputResolver.origins(inputs);
    for (Named out : existing) {
      for (Path in : read) {
        if (same(out.path(), in) && !InputResolver.isSaferstatsReport(in)) {
          throw clash(
              out, "an input" + (Path.of(out.path().toString()).equals(in) ? "" : " (" + in + ")"));
        }
      }
    }
  }

  private static UserError clash(Named out, String what) {
    return UserError.usage(
        out.option()
            + " "
            + out.path()
            + " is "
            + what
            + ": writing it would replace the data with the report",
        "choose another file for " + out.option());
  }

  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return identity(a).equals(identity(b));
    }
  }

  /**
   * The file a path names, whether or not it exists yet: links followed, then the real path of its
   * folder with its name, so {@code x.json}, {@code ./x.json} and a link to it are one file.
   */
  private static Path identity(Path p) {
    try {
      Path real = OutputPaths.resolve(p);
      Path parent = real.getParent();
      if (Files.exists(real)) {
        return real.toRealPath();
      }
      return parent != null && Files.isDirectory(parent)
          ? parent.toRealPath().resolve(real.getFileName())
          : real.normalize();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
