package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code hotspots} when some points cannot be the area's (fixtures/faraway, every row listed in its
 * README): they are set aside by the stated rule, counted in a note, and the grid covers the rest.
 */
class FarAwayPointsTest {
  private static JsonNode hotspots(String input, String area) throws Exception {
    Cli r = Cli.run("hotspots", input, "--area", area, "--format", "json", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    return new ObjectMapper().readTree(r.out());
  }

  private static String setAsideNote(JsonNode h) {
    for (JsonNode n : h.get("notes")) {
      if (n.asText().contains("set aside from the grid")) {
        return n.asText();
      }
    }
    throw new AssertionError("no set-aside note in " + h.get("notes"));
  }

  /** "row,col=count" for every cell with a count. */
  private static List<String> occupied(JsonNode grid) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : grid.get("cells")) {
      if (c.get("count").asLong() > 0) {
        out.add(c.get("row").asInt() + "," + c.get("col").asInt() + "=" + c.get("count").asLong());
      }
    }
    return out;
  }

  @Test
  void threeSwappedCoordinatesInPoliceUkRowsAreSetAsideAndTheGridIsTheAreas() throws Exception {
    JsonNode h = hotspots(Cli.FIXTURES + "faraway/police-uk", "Testham");
    // The three swapped rows project thousands of km away; the twelve others lie within 400 m of
    // their median point, so the limit is the 50 km floor.
    assertThat(setAsideNote(h))
        .startsWith("3 located rows are set aside from the grid (3 more than 50 km from the")
        .contains("Rule: a point is set aside when its easting and northing are both 0");
    // They still count as places: 15 Burglary rows in the LSOA ranking, 12 in the grid.
    assertThat(h.get("total").asLong()).isEqualTo(15);
    JsonNode g = h.get("grid");
    assertThat(g.get("points").asLong()).isEqualTo(12);
    // Whole metres E 532,000-532,500, N 181,000-181,500: shorter side 500 m -> 100 m cells from
    // the corner (532,000, 181,000) itself, though row 1 projects to 531,999.9947, 180,999.9786:
    // 6 x 6 cells.
    assertThat(g.get("cellSize").asInt()).isEqualTo(100);
    assertThat(g.get("originEasting").asDouble()).isEqualTo(532_000);
    assertThat(g.get("originNorthing").asDouble()).isEqualTo(181_000);
    assertThat(g.get("rows").asInt()).isEqualTo(6);
    assertThat(g.get("cols").asInt()).isEqualTo(6);
    // row = (N - 181,000) / 100, col = (E - 532,000) / 100, each point at its whole metre:
    // (532,000, 181,000) and (532,050, 181,050) -> 0,0; (532,500, 181,000) -> 0,5;
    // (532,100, 181,100) -> 1,1; (532,200, 181,100) -> 1,2; (532,000, 181,200) -> 2,0;
    // (532,100, 181,300) -> 3,1; (532,300, 181,300) -> 3,3; (532,250, 181,450) -> 4,2;
    // (532,400, 181,400) -> 4,4; (532,000, 181,500) -> 5,0; (532,300, 181,500) -> 5,3.
    assertThat(occupied(g))
        .containsExactly(
            "0,0=2", "0,5=1", "1,1=1", "1,2=1", "2,0=1", "3,1=1", "3,3=1", "4,2=1", "4,4=1",
            "5,0=1", "5,3=1");
  }

  @Test
  void aRecordsExtractsZeroZeroAndSwappedPairsAreSetAsideAndCounted() throws Exception {
    JsonNode h = hotspots(Cli.FIXTURES + "faraway/records", "Harrow");
    assertThat(setAsideNote(h))
        .startsWith(
            "4 located rows are set aside from the grid (1 at easting/northing 0,0 or"
                + " unprojectable; 3 more than 50 km from the points' median point)");
    JsonNode g = h.get("grid");
    // Six points left, E 515,200-515,900, N 189,100-189,950: shorter side 700 m -> 100 m cells,
    // origin (515,200, 189,100), 700 / 100 + 1 = 8 columns, 850 / 100 + 1 = 9 rows.
    assertThat(g.get("points").asLong()).isEqualTo(6);
    assertThat(g.get("originEasting").asDouble()).isEqualTo(515_200);
    assertThat(g.get("originNorthing").asDouble()).isEqualTo(189_100);
    assertThat(g.get("cols").asInt()).isEqualTo(8);
    assertThat(g.get("rows").asInt()).isEqualTo(9);
    // (515,200, 189,100) -> 0,0; (515,900, 189,100) -> 0,7; (515,400, 189,500) -> 4,2;
    // (515,200, 189,900) -> 8,0; (515,300, 189,900) -> 8,1; (515,250, 189,950) -> 8,0.
    assertThat(occupied(g)).containsExactly("0,0=1", "0,7=1", "4,2=1", "8,0=2", "8,1=1");
  }
}
