package saferstats.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where ../shared/real-data is; tests using it skip with a clear message when it is absent. */
final class RealData {
  private RealData() {}

  static Path folder(String relative) {
    Path root = Path.of(System.getProperty("saferstats.realData", "../shared/real-data"));
    Path p = root.resolve(relative);
    assumeTrue(
        Files.isDirectory(p),
        "real data not found at " + p.toAbsolutePath() + " — skipping the real-data checks");
    return p;
  }

  /**
   * The six MPS borough releases as files in sorted path order. Tests that read all of them pass
   * this same list, so that {@code Cli.json} runs each such report once.
   */
  static List<String> mpsBoroughReleases() {
    try (Stream<Path> s = Files.walk(folder("mps/borough"))) {
      return s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
