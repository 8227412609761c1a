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
 * identical rows counted once): 2023-09..2024-08 8,338; 2022-09..2023-08 7,285; +14.45 %.
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
        .contains("London's 32 boroughs together");
    assertThat(r.get("notes").toString()).contains("a comparator that compares");
  }
}
