package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * {@code hotspots} on the 36 real City of London months against an independent count:
 * src/test/scripts/hotspots_city.py (run {@code python3 src/test/scripts/hotspots_city.py}), which
 * reads the files itself, de-duplicates as SPEC 1.3 says and ranks LSOAs and streets. Each expected
 * line below is "code|name|count|share|cumulative share" copied from its output.
 */
@Tag("real-data")
class CityHotspotsTest {
  private static final String LOOKUP =
      "lookups/LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz";

  private static JsonNode hotspots(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("hotspots", dir()));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json", "--quiet"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
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
}
