package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The real City of London quarterly update with the real ONS population. City Shoplifting, 2024-25
 * Q1 (2024-04..06: 159 + 132 + 146 = 437) against 2023-24 Q1 (65 + 50 + 58 = 173): +152.6%. φ =
 * (Pearson χ² of each quarter's months around its mean) / 4 = 1.1143 > 1, so the quasi-Poisson test
 * decides: t = ln(437/173) / sqrt(1.1143 · (1/437 + 1/173)) = 9.773, p = 0.00061 on 4 df
 * (numpy/scipy, worked outside the tool). The rate is the 12 months' count over the residents:
 * 1,412 × 1000 / 10,938 = 129.0912 per 1,000.
 */
@Tag("real-data")
class CityQuarterlyTest {
  @Test
  void shopliftingsQuarterIsInItsSentenceAndQuarterlyRatesAreTrendsRates() throws Exception {
    String dir = RealData.folder("police-uk/city-of-london").toString();
    String pop =
        RealData.folder("population").resolve("london-lsoa11-mid2020-population.csv.gz").toString();
    JsonNode q = Cli.json("quarterly", dir, "--area", "City of London", "--population", pop);
    JsonNode t = Cli.json("trends", dir, "--area", "City of London", "--population", pop);
    JsonNode shop = named(q, "Shoplifting");
    assertThat(shop.get("quarter").get("changePct").asDouble()).isEqualTo(152.6);
    JsonNode sig = shop.get("quarterSignificance");
    assertThat(sig.get("test").asText()).isEqualTo("quasi-poisson");
    assertThat(sig.get("dispersion").asDouble()).isCloseTo(1.1143, within(1e-4));
    assertThat(sig.get("p").asDouble()).isCloseTo(0.000614, within(1e-6));
    assertThat(shop.get("sentence").asText())
        .endsWith(
            " Shoplifting was 153% higher in 2024-25 Q1 (April to June 2024) against the same"
                + " quarter last year (437 vs 173) after a step up from 2024-01, cause unknown; a"
                + " shift in level, not a trend, though the test finds a statistically significant"
                + " increase.");
    assertThat(shop.get("rate").get("current12Per1000").asDouble()).isEqualTo(129.0912);
    for (JsonNode p : q.get("priorities")) {
      JsonNode trendsRate = named(t, p.get("name").asText()).get("rate");
      assertThat(p.get("rate")).isEqualTo(trendsRate);
      assertThat(p.get("flags").toString()).contains("resident-denominator");
    }
    assertThat(q.get("notes").toString())
        .contains("10,938 residents, estimates of unknown year")
        .contains("every LSOA with crimes found a population row")
        .contains("792 per 1,000 residents");
  }

  private static JsonNode named(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no " + name);
  }
}
