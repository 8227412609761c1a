package saferstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stages above {@code load} work on the area as {@code load} hands it over ({@code
 * LoadedArea}), never on what {@code ingest} read (issue 24): an import of {@code
 * saferstats.ingest} there is a way round that shape, and the next source would need a branch in
 * each such place.
 */
class LayersTest {
  @ParameterizedTest
  @ValueSource(strings = {"analysis", "render", "draw"})
  void noStageAboveLoadImportsIngest(String stage) throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/saferstats", stage))) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(LayersTest::importsIngest)
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).as("files of %s importing saferstats.ingest", stage).isEmpty();
  }

  private static boolean importsIngest(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(l -> l.startsWith("import saferstats.ingest"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
