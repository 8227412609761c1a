package saferstats.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
