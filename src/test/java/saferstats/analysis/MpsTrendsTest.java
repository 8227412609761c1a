package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/** trends on the MPS fixtures through the real Main (fixtures/README.md describes them). */
class MpsTrendsTest {
  private static final String D = Cli.FIXTURES + "mps/";

  static JsonNode trends(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void boroughSeriesJoinsReleasesUnderThePoliceUkPreset() throws Exception {
    JsonNode t =
        trends(
            "trends",
            D + "gen2.csv",
            D + "gen3.csv",
            "--area",
            "harrow",
            "--categories",
            "police-uk",
            "--format",
            "json");
    assertThat(t.get("area").asText()).isEqualTo("Harrow — MPS borough table");
    JsonNode burglary = t.get("priorities").get(1);
    assertThat(burglary.get("name").asText()).isEqualTo("Burglary");
    // Burglary/* for Harrow: 2022-01 30, 02 31, 03 33, 04 34: the 36 trend months are in no
    // single release, so newest first month by month (gen3 ends later and gives 2022-03).
    assertThat(burglary.get("monthly").toString())
        .isEqualTo(
            "[{\"month\":\"2022-01\",\"count\":30},{\"month\":\"2022-02\",\"count\":31},"
                + "{\"month\":\"2022-03\",\"count\":33},{\"month\":\"2022-04\",\"count\":34}]");
    assertThat(t.get("unmeasurable").get(0).get("name").asText())
        .isEqualTo("Anti-social behaviour");
    assertThat(t.get("notes").toString())
        .contains("3 cells are published by more than one MPS release and 1 of them differ")
        .contains("release-splice");
  }

  @Test
  void defaultPresetForMpsTablesIsSourceCategories() throws Exception {
    JsonNode t =
        trends("trends", D + "gen2.csv", D + "gen3.csv", "--area", "Harrow", "--format", "json");
    assertThat(t.get("categories").asText()).isEqualTo("source");
    assertThat(t.get("priorities"))
        .extracting(p -> p.get("name").asText())
        .containsExactly("Burglary/Burglary - Residential", "Theft/Theft from Person");
  }

  @Test
  void aWardCodeOrABoroughSummedFromItsWards() throws Exception {
    JsonNode ward = trends("trends", D + "ward", "--area", "E05013555", "--format", "json");
    assertThat(ward.get("area").asText())
        .isEqualTo("Greenhill (E05013555, Harrow) — MPS ward table");
    assertThat(ward.at("/priorities/0/monthly/1/count").asLong()).isEqualTo(4);
    JsonNode harrow = trends("trends", D + "ward", "--area", "Harrow", "--format", "json");
    // Greenhill E05013555 + Roxbourne: 3 + 2 = 5, 4 + 2 = 6; the other borough's Greenhill is not
    // Harrow's.
    assertThat(harrow.get("area").asText()).isEqualTo("Harrow — sum of 2 MPS wards");
    assertThat(harrow.at("/priorities/0/monthly/0/count").asLong()).isEqualTo(5);
    assertThat(harrow.at("/priorities/0/monthly/1/count").asLong()).isEqualTo(6);
  }

  @Test
  void anUnknownBoroughSuggestsTheClosest() {
    Cli r = Cli.run("trends", D + "gen2.csv", "--area", "Harow");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err())
        .contains("no borough or ward 'Harow' in the MPS tables", "did you mean 'Harrow'");
  }
}
