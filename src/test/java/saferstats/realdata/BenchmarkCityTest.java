package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The City of London compared with London's boroughs on change (issue 25): its police.uk street
 * files beside the MPS borough tables given with {@code --compare}. Independent count (Python over
 * the street files, rows whose LSOA name starts "City of London ", Anti-social behaviour left out,
 * identical rows counted once): 2023-09..2024-08 8,338; 2022-09..2023-08 7,285; +14.45 %. Per
 * priority through the crosswalk, {@code src/test/scripts/benchmark_city_change.py} (its own
 * statement of which MPS categories each police.uk type is; months before 2024-01 from the
 * Historical release, later from the 2024-01..2025-12 one): all crime London 915,143 against
 * 873,717, +4.7 %, the City's change the highest of 33; Shoplifting City 1,412 against 739, +91.1
 * %, London 73,263 against 49,919, +46.8 %, 32nd of 33; Theft from the person City +2.3 %, London
 * +44.4 %, 2nd of 33; Other crime City −21.9 %, London −14.1 %, 7th of 33.
 */
@Tag("real-data")
class BenchmarkCityTest {
  @Test
  void theCityIsComparedWithLondonsBoroughsOnChangeNotRate() {
    String city = RealData.folder("police-uk/city-of-london").toString();
    String pop =
        RealData.folder("population").resolve("london-lsoa11-mid2020-population.csv.gz").toString();
    JsonNode r =
        Cli.json(
            "benchmark",
            city,
            "--area",
            "City of London",
            "--compare",
            RealData.folder("mps/borough").toString(),
            "--population",
            pop,
            "--population-year",
            "2020");
    JsonNode all = r.get("priorities").get(0);
    JsonNode cityPlace = null;
    for (JsonNode p : all.get("places")) {
      if (p.get("name").asText().equals("City of London")) {
        cityPlace = p;
      }
    }
    assertThat(cityPlace).isNotNull();
    assertThat(all.get("places")).hasSize(33);
    assertThat(cityPlace.get("count").asLong()).isEqualTo(8338);
    assertThat(cityPlace.get("population").asLong()).isEqualTo(10938);
    assertThat(cityPlace.get("changePct").asDouble()).isEqualTo(14.5);
    assertThat(cityPlace.get("rank").isNull()).isTrue();
    assertThat(cityPlace.get("flags").toString())
        .contains("resident-denominator")
        .contains("other-source");
    assertThat(all.get("sentence").asText())
        .startsWith("City of London's residents are not the population at risk")
        .contains("changed by +14.5 %, against")
        .contains("against +4.7 % for London's 32 boroughs together")
        .contains("the highest change of 33 (rank 33");
    assertThat(cityPlace.get("changeRank").asInt()).isEqualTo(33);
    assertThat(r.get("notes").toString()).contains("a comparator that compares");
    assertThat(r.get("priorities")).hasSize(15);
    change(r, "Shoplifting", 1412, 91.1, 32, "+46.8 %");
    change(r, "Theft from the person", 1177, 2.3, 2, "+44.4 %");
    change(r, "Other crime", 100, -21.9, 7, "-14.1 %");
    assertThat(priority(r, "Anti-social behaviour").get("sentence").asText())
        .contains("police.uk's Anti-social behaviour has no MPS counterpart");
    assertThat(r.get("notes").toString()).contains("Other crime: crosswalked approximately");
  }

  /**
   * Without --compare the City's peers would be City of London Police's partnerships, and it has
   * one. {@code src/test/scripts/csp_peers.py "City of London Police" 2024-08 <city folder>}: the
   * force's files hold rows in 13 local authorities and, no other force's files being given, it
   * holds all of each; crimes 2023-09..2024-08: City of London 8,338, Tower Hamlets 158, Camden 72,
   * Islington 66, Hackney 52, Westminster 35, Southwark 31, the rest under 6. Per 1,000 of the
   * mid-2020 residents Tower Hamlets' 158 are 158 / 331,969 × 1,000 = 0.48, under the floor of 10:
   * the edge of the Met's area, so no peer.
   */
  @Test
  void withoutTheMpsTablesTheCityHasNoPeersWithinItsForce() throws Exception {
    Cli c =
        Cli.run(
            "benchmark",
            RealData.folder("police-uk/city-of-london").toString(),
            "--area",
            "City of London",
            "--population",
            RealData.folder("population")
                .resolve("london-lsoa11-mid2020-population.csv.gz")
                .toString(),
            "--population-year",
            "2020",
            "--format",
            "json",
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.out());
    assertThat(r.get("priorities")).isEmpty();
    assertThat(r.get("notes").get(0).asText())
        .startsWith(
            "No peers within the force: City of London Police has one community safety partnership"
                + " in these inputs (City of London)")
        .contains("--compare <MPS borough tables>");
    assertThat(r.get("notes").toString())
        .contains("Tower Hamlets 158 (0.48)")
        .contains("Camden 72 (0.26)")
        .contains("Islington 66 (0.27)");
  }

  private static void change(
      JsonNode r, String name, long count, double pct, int rank, String london) {
    JsonNode p = priority(r, name);
    JsonNode city = null;
    for (JsonNode x : p.get("places")) {
      if (x.get("name").asText().equals("City of London")) {
        city = x;
      }
    }
    assertThat(city.get("count").asLong()).as(name).isEqualTo(count);
    assertThat(city.get("changePct").asDouble()).as(name).isEqualTo(pct);
    assertThat(city.get("changeRank").asInt()).as(name).isEqualTo(rank);
    assertThat(p.get("places")).as(name).hasSize(33);
    assertThat(p.get("sentence").asText()).as(name).contains("against " + london + " for London");
  }

  private static JsonNode priority(JsonNode r, String name) {
    for (JsonNode p : r.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no priority " + name);
  }
}
