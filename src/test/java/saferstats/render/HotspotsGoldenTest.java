package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saferstats.cli.Cli;

/**
 * {@code hotspots} on sample-data in every format, and its GeoJSON, against reviewed golden files
 * (Robbery in Harrow on 500 m cells: a grid small enough to read). Regenerate on purpose only:
 * {@code mvn test -Dtest=HotspotsGoldenTest -Dsaferstats.updateGolden=true}, then read the diff.
 */
class HotspotsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "hotspots as {0}")
  @CsvSource({"table, txt", "csv, csv", "json, json", "markdown, md"})
  void outputAndGeoJsonMatchTheGoldenFiles(String format, String ext, @TempDir Path dir)
      throws IOException {
    Path geojson = dir.resolve("cells.geojson");
    Cli r =
        Cli.run(
            "hotspots",
            "sample-data",
            "--area",
            "Harrow",
            "--priority",
            "Robbery",
            "--cell-size",
            "500",
            "--quiet",
            "--format",
            format,
            "--geojson",
            geojson.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    matches("hotspots." + ext, r.out());
    // Every run writes the same GeoJSON: checking it each time costs nothing.
    matches("hotspots.geojson", Files.readString(geojson, StandardCharsets.UTF_8));
  }

  private static void matches(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("saferstats.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
