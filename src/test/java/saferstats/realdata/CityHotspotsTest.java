package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * {@code hotspots} on the 36 real City of London months against an independent count:
 * src/test/scripts/hotspots_city.py (run {@code python3 src/test/scripts/hotspots_city.py}), which
 * reads the files itself, de-duplicates as SPEC 1.3 says and ranks LSOAs and streets. Each expected
 * line below is "code|name|count|share|cumulative share" copied from its output. The grid's hot
 * cells are checked against src/test/scripts/grid_city.py in the same way.
 */
@Tag("real-data")
class CityHotspotsTest {
  private static final String LOOKUP =
      "lookups/LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz";

  private static JsonNode hotspots(String... args) {
    List<String> all = new ArrayList<>(List.of("hotspots", dir()));
    all.addAll(List.of(args));
    return Cli.json(all.toArray(String[]::new));
  }

  private static String dir() {
    return RealData.folder("police-uk/city-of-london").toString();
  }

  private static List<String> lines(JsonNode places) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : places) {
      out.add(
          p.get("code").asText()
              + "|"
              + p.get("name").asText()
              + "|"
              + p.get("count").asLong()
              + "|"
              + p.get("share").asDouble()
              + "|"
              + p.get("cumulativeShare").asDouble());
    }
    return out;
  }

  @Test
  void areaCurrentTwelveMonthsRanksLsoasAndStreetsAsTheIndependentCount() throws Exception {
    JsonNode h = hotspots("--area", "City of London");
    assertThat(h.get("total").asLong()).isEqualTo(8666);
    assertThat(lines(h.get("lsoas")))
        .containsExactly(
            "E01032739|City of London 001F|6258|72.2|72.2",
            "E01032740|City of London 001G|1022|11.8|84.0",
            "E01000005|City of London 001E|741|8.6|92.6",
            "E01000002|City of London 001B|416|4.8|97.4",
            "E01000001|City of London 001A|133|1.5|98.9",
            "E01000003|City of London 001C|96|1.1|100.0");
    assertThat(lines(h.get("streets")))
        .containsExactly(
            "E01032739|On or near Shopping Area|481|5.6|5.6",
            "E01032739|On or near Bishopsgate|407|4.7|10.2",
            "E01032739|On or near Victoria Avenue|305|3.5|13.8",
            "E01032739|On or near Liverpool Street|281|3.2|17.0",
            "E01032739|On or near Supermarket|202|2.3|19.3",
            "E01032739|On or near New Street|193|2.2|21.6",
            "E01032739|On or near Circus Place|192|2.2|23.8",
            "E01032739|On or near Corbet Court|177|2.0|25.8",
            "E01000002|On or near Moor Lane|165|1.9|27.7",
            "E01000005|On or near Little Somerset Street|149|1.7|29.4");
  }

  @Test
  void areaEveryMonthKeepsTheBareOnOrNearAsAStreetOfItsOwn() throws Exception {
    JsonNode h = hotspots("--area", "City of London", "--window", "all");
    assertThat(h.get("total").asLong()).isEqualTo(24049);
    assertThat(lines(h.get("lsoas")).get(0))
        .isEqualTo("E01032739|City of London 001F|17269|71.8|71.8");
    assertThat(lines(h.get("streets")))
        .startsWith(
            "E01032739|On or near Bishopsgate|834|3.5|3.5",
            "E01032739|On or near Shopping Area|774|3.2|6.7",
            "E01032739|On or near Liverpool Street|665|2.8|9.5",
            "E01032739|On or near |599|2.5|11.9",
            "E01032739|On or near Victoria Avenue|585|2.4|14.4");
  }

  @Test
  void forceWideRankingKeysLsoasOnTheirCodeAndBreaksTiesByCode() throws Exception {
    JsonNode h = hotspots("--force", "City of London Police", "--window", "all");
    // 27,398 rows, 2,146 without an LSOA: ranked total 25,252.
    assertThat(h.get("total").asLong()).isEqualTo(27398);
    assertThat(h.get("unplaced").asLong()).isEqualTo(2146);
    assertThat(lines(h.get("lsoas")))
        .containsExactly(
            "E01032739|City of London 001F|17269|68.4|68.4",
            "E01032740|City of London 001G|2969|11.8|80.1",
            "E01000005|City of London 001E|1955|7.7|87.9",
            "E01000002|City of London 001B|1021|4.0|91.9",
            "E01000001|City of London 001A|536|2.1|94.1",
            "E01000003|City of London 001C|299|1.2|95.2",
            "E01004293|Tower Hamlets 027B|154|0.6|95.8",
            "E01004307|Tower Hamlets 015B|154|0.6|96.5",
            "E01000914|Camden 028B|102|0.4|96.9",
            "E01002704|Islington 023D|86|0.3|97.2");
    JsonNode current = hotspots("--force", "City of London Police");
    // E01033708 is published as both "Hackney 033C" and "Hackney 027G": one place, 36 rows.
    assertThat(lines(current.get("lsoas")).get(8))
        .startsWith("E01033708|")
        .endsWith("|36|0.4|96.8");
  }

  @Test
  void concentrationOverEveryLsoaOfTheLookupMatches() throws Exception {
    JsonNode c =
        hotspots(
                "--area",
                "E09000001",
                "--lookup",
                RealData.folder("lookups").resolve(LOOKUP.substring(8)).toString())
            .get("concentration");
    // hotspots_city.py: N 6 (lookup), Gini 0.6501, top ceil(10% of 6) = 1 LSOA holds 72.2%,
    // one LSOA holds half.
    assertThat(c.get("units").asInt()).isEqualTo(6);
    assertThat(c.get("unitsSource").asText()).isEqualTo("lookup");
    assertThat(c.get("gini").asDouble()).isEqualTo(0.6501);
    assertThat(c.get("topDecileUnits").asInt()).isEqualTo(1);
    assertThat(c.get("topDecileShare").asDouble()).isEqualTo(72.2);
    assertThat(c.get("fewestForHalf").asInt()).isEqualTo(1);
  }

  /** "row|col|count|z" (z to 4 dp) of every hot cell, in cell order. */
  private static List<String> hotCells(JsonNode grid) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : grid.get("cells")) {
      if (c.get("hot").asBoolean()) {
        out.add(
            c.get("row").asInt()
                + "|"
                + c.get("col").asInt()
                + "|"
                + c.get("count").asLong()
                + "|"
                + String.format(java.util.Locale.ROOT, "%.4f", c.get("z").asDouble()));
      }
    }
    return out;
  }

  private static void assertCityGrid(JsonNode g, long points) {
    // grid_city.py: all 24,049 area rows located, none set aside; whole-metre extent 1,650 m on
    // its shorter side -> 100 m cells from (531,000, 180,500), 17 rows x 29 columns.
    assertThat(g.get("cellSize").asInt()).isEqualTo(100);
    assertThat(g.get("originEasting").asDouble()).isEqualTo(531_000);
    assertThat(g.get("originNorthing").asDouble()).isEqualTo(180_500);
    assertThat(g.get("rows").asInt()).isEqualTo(17);
    assertThat(g.get("cols").asInt()).isEqualTo(29);
    assertThat(g.get("extentPoints").asLong()).isEqualTo(24049);
    assertThat(g.get("points").asLong()).isEqualTo(points);
    assertThat(g.get("cold").asInt()).isZero();
  }

  @Test
  void hotCellsOfTheCurrentTwelveMonthsMatchAnIndependentWholeMetreBinning() throws Exception {
    // src/test/scripts/grid_city.py (pyproj, whole metres, Gi* and Benjamini-Hochberg written from
    // SPEC 4.4): 22 hot cells. Binning the raw projected coordinates instead, three more cells
    // were hot (SW corners 532,300 181,000; 532,300 181,100; 532,800 181,000), made so by points
    // on the 100 m lines counted on the wrong side: 1,740 of the City's 24,049 points lie on a
    // line, and 1,045 of them fell in the neighbouring cell.
    JsonNode g = hotspots("--area", "City of London").get("grid");
    assertCityGrid(g, 8666);
    assertThat(hotCells(g))
        .containsExactly(
            "3|19|84|3.6129",
            "3|20|126|3.6129",
            "4|18|0|3.1121",
            "4|19|217|4.1645",
            "4|20|0|3.4314",
            "5|19|27|3.6129",
            "6|11|94|3.6274",
            "6|12|309|4.2443",
            "7|11|209|3.5476",
            "7|12|0|3.5476",
            "9|21|151|5.0717",
            "9|22|0|6.5668",
            "9|23|0|4.0701",
            "10|21|281|4.9410",
            "10|22|407|8.5554",
            "10|23|193|7.4087",
            "10|24|0|4.5781",
            "11|21|0|4.4620",
            "11|22|0|8.0764",
            "11|23|305|7.6554",
            "11|24|223|4.1064",
            "12|23|0|3.3806");
  }

  @Test
  void hotCellsOfEveryMonthMatchAnIndependentWholeMetreBinning() throws Exception {
    // grid_city.py --window all: 27 hot cells (28 before rounding: 532,800 181,000 no longer).
    JsonNode g = hotspots("--area", "City of London", "--window", "all").get("grid");
    assertCityGrid(g, 24049);
    assertThat(hotCells(g))
        .containsExactly(
            "3|19|309|3.7948",
            "3|20|311|3.7531",
            "4|18|24|3.5537",
            "4|19|483|4.6252",
            "4|20|39|3.9287",
            "5|12|156|3.3632",
            "5|13|269|3.6817",
            "5|14|241|3.1132",
            "5|19|221|3.7918",
            "5|20|342|3.1846",
            "6|11|227|3.4704",
            "6|12|724|4.3960",
            "6|13|101|3.3602",
            "7|11|359|3.1698",
            "7|12|16|3.4347",
            "9|21|377|5.9675",
            "9|22|47|7.7028",
            "9|23|7|5.3812",
            "10|21|665|6.0777",
            "10|22|1256|9.6553",
            "10|23|590|8.5094",
            "10|24|0|4.7978",
            "11|21|84|5.5330",
            "11|22|0|9.0898",
            "11|23|657|8.7028",
            "11|24|619|4.2591",
            "12|23|0|3.2948");
  }

  @Test
  void nineOfTheTwentyTwoHotCellsHoldNoCrimeOfTheirOwn() throws Exception {
    // src/test/scripts/grid_city.py (current12 to 2024-08, 100 m cells, whole-metre binning) lists
    // 22 hot cells, 9 with count 0: (4,18) (4,20) (7,12) (9,22) (9,23) (10,24) (11,21) (11,22)
    // (12,23). The "9 of 25" was the same count before points were rounded to the metre:
    // the script's "hot cells before rounding: 25".
    JsonNode grid = hotspots("--area", "City of London").get("grid");
    assertThat(grid.get("hot").asInt()).isEqualTo(22);
    assertThat(grid.get("hotWithNoCrime").asInt()).isEqualTo(9);
    JsonNode cell = null;
    for (JsonNode c : grid.get("cells")) {
      if (c.get("row").asInt() == 10 && c.get("col").asInt() == 22) {
        cell = c;
      }
    }
    // Its neighbourhood from the script's hot cells (all 9 are hot): (9,21) 151 + (9,22) 0 +
    // (9,23) 0 + (10,21) 281 + (10,22) 407 + (10,23) 193 + (11,21) 0 + (11,22) 0 + (11,23) 305
    // = 1,337. Centre: origin 531,000 + 22.5 x 100 = 533,250; 180,500 + 10.5 x 100 = 181,550.
    // Bishopsgate's 407 rows of the window are all in E01032739 and it is the cell's only count of
    // that size (hotspots_city.py's street ranking: 407 On or near Bishopsgate).
    assertThat(cell.get("count").asLong()).isEqualTo(407);
    assertThat(cell.get("neighbourhoodCount").asLong()).isEqualTo(1337);
    assertThat(cell.get("centreEasting").asLong()).isEqualTo(533_250);
    assertThat(cell.get("centreNorthing").asLong()).isEqualTo(181_550);
    assertThat(cell.get("topStreet").asText()).isEqualTo("On or near Bishopsgate");
    assertThat(cell.get("topStreetFrom").asText()).isEqualTo("cell");
  }

  @Test
  void bestFitWardsSayFiveWardsReceivedTheCitysSixLsoas() throws Exception {
    // The lookup's City of London rows (zcat ... | grep -i "city of london"): 6 LSOAs to 5 wards —
    // Aldersgate (001A), Cripplegate (001B, 001C), Farringdon Without (001G), Portsoken (001E),
    // Walbrook (001F).
    JsonNode h =
        hotspots(
            "--area",
            "City of London",
            "--lookup",
            RealData.folder("lookups").resolve(LOOKUP.substring(8)).toString());
    assertThat(h.get("wardBasis").get("basis").asText()).isEqualTo("best-fit from LSOAs");
    assertThat(h.get("wardBasis").get("wardsWithLsoas").asInt()).isEqualTo(5);
    assertThat(h.get("wardBasis").get("lsoas").asInt()).isEqualTo(6);
    assertThat(h.get("notes").toString()).contains("best-fit from LSOAs: 5 wards received any");
  }
}
