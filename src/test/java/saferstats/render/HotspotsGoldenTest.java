package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  private static final String[] HOTSPOTS = {
    "hotspots", "sample-data", "--area", "Harrow", "--priority", "Robbery", "--cell-size", "500"
  };

  @ParameterizedTest(name = "hotspots as {0}")
  @CsvSource({"table, txt", "csv, csv", "json, json", "markdown, md"})
  void outputMatchesTheGoldenFiles(String format, String ext) throws IOException {
    List<String> args = new ArrayList<>(List.of(HOTSPOTS));
    args.addAll(List.of("--format", format, "--quiet"));
    if (format.equals("table")) {
      args.add("--wide"); // one line a row, as the golden was made before issue 26.3
    }
    Cli r = Cli.cached(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    matches("hotspots." + ext, r.out());
  }

  @Test
  void geoJsonMatchesTheGoldenFile(@TempDir Path dir) throws IOException {
    Path geojson = dir.resolve("cells.geojson");
    List<String> args = new ArrayList<>(List.of(HOTSPOTS));
    args.addAll(List.of("--quiet", "--geojson", geojson.toString()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
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
