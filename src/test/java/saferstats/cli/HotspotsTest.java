package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hotspots} on sample-data: the grid in JSON, the GeoJSON file, and the errors. */
class HotspotsTest {
  @TempDir static Path tmp;
  private static JsonNode json;
  private static JsonNode geo;

  @BeforeAll
  static void run() throws Exception {
    Path file = tmp.resolve("robbery.geojson");
    Cli r =
        Cli.run(
            "hotspots",
            "sample-data/police-uk",
            "--area",
            "Harrow",
            "--priority",
            "robbery",
            "--format",
            "json",
            "--quiet",
            "--geojson",
            file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    json = new ObjectMapper().readTree(r.out());
    geo = new ObjectMapper().readTree(Files.readString(file));
  }

  @Test
  void everyCellOfTheGridIsListedWithItsIndexAndFigures() {
    JsonNode g = json.get("grid");
    int rows = g.get("rows").asInt();
    int cols = g.get("cols").asInt();
    assertThat(g.get("cells")).hasSize(rows * cols);
    long sum = 0;
    for (JsonNode c : g.get("cells")) {
      sum += c.get("count").asLong();
      assertThat(c.has("row") && c.has("col") && c.has("z") && c.has("p") && c.has("q")).isTrue();
    }
    // Every located Robbery row of the 12 months lies in some cell: the cells add up to the rows
    // (every Harrow row has a location, so to the total as well).
    assertThat(sum).isEqualTo(g.get("points").asLong()).isEqualTo(json.get("total").asLong());
    assertThat(json.get("priority").asText()).isEqualTo("Robbery");
    // The sample's emerging robbery hotspot (Chatsworth Road, Harrow 008E, from 2023-07; see
    // sample-data/README.md): second of the LSOAs, 59 robberies against 2 the year before.
    JsonNode second = json.at("/lsoas/1");
    assertThat(second.get("code").asText()).isEqualTo("E01002111");
    assertThat(second.get("count").asLong()).isEqualTo(59);
    assertThat(second.get("previous").asLong()).isEqualTo(2);
    assertThat(second.get("changePct").isNull()).isTrue(); // 2 < 10: small-numbers guard
    assertThat(second.get("significance").asText()).isEqualTo("significant increase");
  }

  @Test
  void geoJsonIsAFeatureCollectionOfClosedCounterClockwiseWgs84Polygons() {
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(json.at("/grid/cells").size());
    for (JsonNode f : geo.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.at("/geometry/type").asText()).isEqualTo("Polygon");
      JsonNode ring = f.at("/geometry/coordinates/0");
      assertThat(ring).hasSize(5);
      assertThat(ring.get(0)).isEqualTo(ring.get(4));
      double area2 = 0;
      for (int i = 0; i < 4; i++) {
        double lon = ring.get(i).get(0).asDouble();
        double lat = ring.get(i).get(1).asDouble();
        // Harrow lies around 51.55-51.65N, 0.40-0.25W.
        assertThat(lon).isBetween(-0.5, -0.2);
        assertThat(lat).isBetween(51.5, 51.7);
        area2 += lon * ring.get(i + 1).get(1).asDouble() - ring.get(i + 1).get(0).asDouble() * lat;
      }
      // RFC 7946: exterior rings are counter-clockwise (positive signed area).
      assertThat(area2).isPositive();
    }
    // A feature's properties are the JSON's cell, field for field and value for value.
    for (int i = 0; i < geo.get("features").size(); i++) {
      assertThat(geo.at("/features/" + i + "/properties")).isEqualTo(json.at("/grid/cells/" + i));
    }
  }

  @Test
  void unknownPriorityAndWindowAreClearErrors() {
    Cli p = Cli.run("hotspots", "sample-data/police-uk", "--area", "Harrow", "--priority", "Hate");
    assertThat(p.exit()).isEqualTo(4);
    assertThat(p.err()).contains("no measurable priority 'Hate' in police-uk").contains("Robbery");
    Cli w = Cli.run("hotspots", "sample-data/police-uk", "--area", "Harrow", "--window", "year");
    assertThat(w.exit()).isEqualTo(2);
    assertThat(w.err()).contains("unknown --window 'year'");
  }

  @Test
  void anUnwritableGeoJsonPathIsAnOutputError(@TempDir Path dir) {
    Path out = dir.resolve("missing/cells.geojson");
    Cli r =
        Cli.run(
            "hotspots",
            "sample-data/police-uk",
            "--area",
            "Harrow",
            "--quiet",
            "--geojson",
            out.toString());
    assertThat(r.exit()).isEqualTo(5);
    assertThat(r.err()).startsWith("saferstats: cannot write " + out);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void mpsWardTablesRankTheBoroughsWards() throws Exception {
    Cli r =
        Cli.run(
            "hotspots",
            "sample-data/mps",
            "--area",
            "Harrow",
            "--window",
            "all",
            "--top",
            "40",
            "--format",
            "json",
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode h = new ObjectMapper().readTree(r.out());
    // sample-data/README.md: Harrow's ward file total over 2022-07..2024-06 is 38,715 (the
    // borough file's 40,291 less 1,576 crimes with no location); Harrow has 22 wards.
    assertThat(h.get("total").asLong()).isEqualTo(38715);
    assertThat(h.get("wards")).hasSize(22);
    assertThat(h.get("lsoas")).isEmpty();
    assertThat(h.get("grid").isNull()).isTrue();
    assertThat(h.get("notes").toString()).contains("wards are ranked");
  }
}
