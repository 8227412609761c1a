package saferstats.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one way tests reach ../shared/real-data: each such test is tagged {@code real-data} and asks
 * here for its folder, and skips with a clear message when the folder is absent or hidden. A clone
 * without ../shared beside it must pass {@code mvn -B verify}, so no test opens that path itself.
 *
 * <p>Where: the system property {@value #PROPERTY} (product.pom.xml sets it to ../shared/real-data
 * beside the checkout), or the environment variable {@value #ENV} when set, which wins because the
 * build always sets the property. Either one {@value #HIDDEN} hides the real data, as .ci/run does
 * on its second run.
 */
public final class RealData {
  static final String PROPERTY = "saferstats.realData";
  static final String ENV = "SAFERSTATS_REAL_DATA";
  static final String HIDDEN = "none";
  private static final String DEFAULT = "../shared/real-data";

  /**
   * The folder of the Historical release 2010-04..2024-02, added to the real data after the others:
   * the only borough release holding 2023-03..2023-12.
   */
  private static final String GAP_FILLER = "historical_2010-04_2024-02";

  private RealData() {}

  /** {@code relative} under the real data; skips the calling test when it is hidden or absent. */
  public static Path folder(String relative) {
    Optional<Path> root = root(System.getProperty(PROPERTY), System.getenv(ENV));
    assumeTrue(
        root.isPresent(),
        "real data hidden ("
            + PROPERTY
            + " or "
            + ENV
            + " is "
            + HIDDEN
            + ")"
            + " — skipping the real-data checks");
    Path p = root.get().resolve(relative);
    assumeTrue(
        Files.isDirectory(p),
        "real data not found at " + p.toAbsolutePath() + " — skipping the real-data checks");
    return p;
  }

  /** The real data's root from the property and the environment; empty when either hides it. */
  static Optional<Path> root(String property, String env) {
    if (HIDDEN.equals(property) || HIDDEN.equals(env)) {
      return Optional.empty();
    }
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    return Optional.of(Path.of(property == null ? DEFAULT : property));
  }

  /**
   * Every MPS borough release as files in sorted path order. Tests that read all of them pass this
   * same list, so that {@code Cli.json} runs each such report once.
   */
  public static List<String> mpsBoroughReleases() {
    try (Stream<Path> s = Files.walk(folder("mps/borough"))) {
      return s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The borough releases without the Historical 2010-04..2024-02 file: the six in which no release
   * covers 2023-03..2023-12, for the tests of how a gap between releases reads.
   */
  public static List<String> mpsBoroughReleasesWithTheGap() {
    return mpsBoroughReleases().stream()
        .filter(f -> !Path.of(f).getParent().getFileName().toString().equals(GAP_FILLER))
        .toList();
  }
}
