package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.statistics.distribution.NormalDistribution;
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
    int i = 0;
    for (JsonNode c : g.get("cells")) {
      sum += c.get("count").asLong();
      // Row-major: the i-th cell is row i / cols, column i % cols, so each index comes once.
      assertThat(c.get("row").asInt()).as("cell " + i).isEqualTo(i / cols);
      assertThat(c.get("col").asInt()).as("cell " + i).isEqualTo(i % cols);
      i++;
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
  void eachCellsPAndQFollowFromTheZsAsSpecFourFourSays() {
    // SPEC 4.4: two-sided p from the standard normal, Benjamini-Hochberg q over all cells, hot
    // when z > 0 and q < 0.05, cold when z < 0 and q < 0.05. Worked here from z alone.
    JsonNode cells = json.at("/grid/cells");
    int m = cells.size();
    double[] p = new double[m];
    NormalDistribution normal = NormalDistribution.of(0, 1);
    for (int i = 0; i < m; i++) {
      double z = cells.get(i).get("z").asDouble();
      p[i] = 2 * normal.survivalProbability(Math.abs(z));
      assertThat(cells.get(i).get("p").asDouble())
          .as("p of cell " + i)
          .isCloseTo(p[i], within(1e-12));
    }
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double[] q = new double[m];
    double running = 1;
    for (int k = m - 1; k >= 0; k--) {
      running = Math.min(running, p[order[k]] * m / (k + 1));
      q[order[k]] = running;
    }
    int hot = 0;
    for (int i = 0; i < m; i++) {
      JsonNode c = cells.get(i);
      double z = c.get("z").asDouble();
      assertThat(c.get("q").asDouble()).as("q of cell " + i).isCloseTo(q[i], within(1e-12));
      assertThat(c.get("hot").asBoolean()).as("cell " + i).isEqualTo(z > 0 && q[i] < 0.05);
      assertThat(c.get("cold").asBoolean()).as("cell " + i).isEqualTo(z < 0 && q[i] < 0.05);
      hot += z > 0 && q[i] < 0.05 ? 1 : 0;
    }
    assertThat(json.at("/grid/hot").asInt()).isEqualTo(hot).isPositive();
  }

  @Test
  void geoJsonIsAFeatureCollectionOfClosedCounterClockwiseWgs84Polygons() {
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode cells = json.at("/grid/cells");
    assertThat(geo.get("features")).hasSize(cells.size());
    int n = 0;
    for (JsonNode f : geo.get("features")) {
      // Feature n is cell n, with the JSON's count.
      assertThat(f.at("/properties/count").asLong(-1))
          .as("feature " + n)
          .isEqualTo(cells.get(n).get("count").asLong());
      n++;
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
    // A one-month fixture: the errors do not depend on how much is read.
    String input = Cli.FIXTURES + "faraway/police-uk";
    Cli p = Cli.run("hotspots", input, "--area", "Testham", "--priority", "Hate");
    assertThat(p.exit()).isEqualTo(4);
    assertThat(p.err()).contains("no measurable priority 'Hate' in police-uk").contains("Robbery");
    Cli w = Cli.run("hotspots", input, "--area", "Testham", "--window", "year");
    assertThat(w.exit()).isEqualTo(2);
    assertThat(w.err())
        .contains("'year' is not a window: use current12, previous12, quarter or all");
  }

  @Test
  void anUnwritableGeoJsonPathIsAnOutputError(@TempDir Path dir) {
    Path out = dir.resolve("missing/cells.geojson");
    Cli r =
        Cli.run(
            "hotspots",
            Cli.FIXTURES + "faraway/police-uk",
            "--area",
            "Testham",
            "--quiet",
            "--geojson",
            out.toString());
    assertThat(r.exit()).isEqualTo(5);
    assertThat(r.err()).startsWith("saferstats: cannot write " + out);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void mpsWardTablesRankTheBoroughsWards() throws Exception {
    JsonNode h =
        Cli.json(
            "hotspots", "sample-data/mps", "--area", "Harrow", "--window", "all", "--top", "40");
    // sample-data/README.md: Harrow's ward file total over 2022-07..2024-06 is 38,715 (the
    // borough file's 40,291 less 1,576 crimes with no location); Harrow has 22 wards.
    assertThat(h.get("total").asLong()).isEqualTo(38715);
    assertThat(h.get("wards")).hasSize(22);
    assertThat(h.get("lsoas")).isEmpty();
    assertThat(h.get("grid").isNull()).isTrue();
    assertThat(h.get("notes").toString()).contains("wards are ranked");
  }
}
