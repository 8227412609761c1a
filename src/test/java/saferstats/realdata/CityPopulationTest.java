package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The real City of London street files against the real ONS mid-2020 population file, read as
 * published (gzipped, {@code LSOA11CD,…,Persons_All-Ages,…}, no year column). The data README: City
 * of London, 6 LSOAs, 10,938 residents. All crime in 2023-09..2024-08 is the sum of
 * CityOfLondonTest's independent counts, 8,666: 8,666 * 1000 / 10,938 = 792.28 per 1,000, above
 * 250, so every priority is flagged resident-denominator.
 */
@Tag("real-data")
class CityPopulationTest {
  @Test
  void theRealOnsFileGivesTheCitysResidentsAndTheDenominatorFlag() throws Exception {
    String dir = RealData.folder("police-uk/city-of-london").toString();
    String pop =
        RealData.folder("population").resolve("london-lsoa11-mid2020-population.csv.gz").toString();
    JsonNode t = Cli.json("trends", dir, "--area", "City of London", "--population", pop);
    for (JsonNode p : t.get("priorities")) {
      JsonNode rate = p.get("rate");
      assertThat(rate.get("population").asLong()).isEqualTo(10938);
      assertThat(rate.get("populationYear").isNull()).isTrue();
      assertThat(rate.get("unjoined").asLong()).isZero();
      assertThat(rate.get("allCrimeCurrent12Per1000").asDouble()).isCloseTo(792.28, within(0.01));
      assertThat(p.get("flags").toString()).contains("resident-denominator");
    }
    assertThat(t.get("notes").toString())
        .contains("10,938 residents, estimates of unknown year")
        .contains("6 LSOAs named City of London")
        .contains("its name suggests 2020, not used")
        .contains("792 per 1,000 residents");
  }
}
