package saferstats.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the analysis commands once each on the sample data, output discarded, for the launcher: the
 * class-data-sharing archive it writes as this run exits then holds the classes all of them load,
 * not only those of whichever command happened to run first after a build. Not a user command.
 */
public final class Training {
  private Training() {}

  /** {@code args[0]}: the sample-data folder. Exits 1 when a command did not succeed. */
  public static void main(String[] args) throws IOException {
    System.exit(run(args[0]).stream().allMatch(code -> code == 0) ? 0 : 1);
  }

  /** Runs each command on {@code sample}; their exit codes, in order. */
  static List<Integer> run(String sample) throws IOException {
    List<Integer> codes = new ArrayList<>();
    Path cache = Files.createTempDirectory("saferstats-training");
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    try {
      for (List<String> run :
          List.of(
              List.of("inspect", sample),
              List.of("trends", sample, "--area", "Harrow", "--format", "json"),
              List.of("quarterly", sample, "--area", "Harrow"),
              List.of("hotspots", sample, "--area", "Harrow", "--priority", "Robbery"),
              List.of("categories"))) {
        Stream<String> options = Stream.of("--quiet", "--cache", cache.toString());
        String[] command =
            Stream.concat(run.stream(), run.get(0).equals("categories") ? Stream.of() : options)
                .toArray(String[]::new);
        codes.add(Main.run(command, discard, discard));
      }
    } finally {
      deleteTree(cache);
    }
    return codes;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
