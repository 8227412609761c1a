package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * {@code quarterly --population} gives the rates {@code trends --population} gives, from the same
 * join, with the same notes; {@code hotspots --population} says the same notes. On the windows
 * fixture (end 2024-06), Testham's Burglary is 36 in the current 12 months (every financial quarter
 * 6, so 24, plus 1 a month from 2023-07, 12), and its latest quarter 2024-25 Q1 is 1 + 2 + 3 + 3 =
 * 9 against 6 in 2023-24 Q1 (before the extra one a month began).
 */
class QuarterlyPopulationTest {
  private static final String W = Cli.FIXTURES + "windows";
  private static final String SUP = Cli.FIXTURES + "support/";

  private static JsonNode burglary(JsonNode report) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals("Burglary")) {
        return p;
      }
    }
    throw new AssertionError("no Burglary");
  }

  @Test
  void quarterlyRatesAreTrendsRates() {
    // population-ons.csv: Testham 001A 1,000 + 002B 1,500 = 2,500 residents;
    // 36 * 1000 / 2500 = 14.4 per 1,000.
    String pop = SUP + "population-ons.csv";
    JsonNode q = Cli.json("quarterly", W, "--area", "Testham", "--population", pop);
    JsonNode t = Cli.json("trends", W, "--area", "Testham", "--population", pop);
    assertThat(burglary(q).get("rate").get("current12Per1000").asDouble()).isEqualTo(14.4);
    assertThat(burglary(q).get("rate")).isEqualTo(burglary(t).get("rate"));
    assertThat(q.get("notes").toString())
        .contains("2,500 residents, estimates of unknown year")
        .contains("every LSOA with crimes found a population row");
    for (String format : new String[] {"table", "markdown"}) {
      Cli r = Cli.run("quarterly", W, "--area", "Testham", "--population", pop, "--format", format);
      assertThat(r.out()).contains("Per 1,000 (12 months)").contains("14.40");
    }
  }

  @Test
  void aQuarterUnderTenIsSaidTooFewInTheSentence() {
    JsonNode q = Cli.json("quarterly", W, "--area", "Testham");
    JsonNode b = burglary(q);
    assertThat(b.get("quarter").get("count").asLong()).isEqualTo(9);
    assertThat(b.get("quarter").get("lastYear").asLong()).isEqualTo(6);
    assertThat(b.get("sentence").asText())
        .endsWith(
            " Burglary: 9 in 2024-25 Q1 (April to June 2024) against 6 in the same quarter last"
                + " year — too few for a reliable comparison.");
  }

  @Test
  void hotspotsSayThePopulationsYearAndTheLsoasWithNoRow() {
    // population-codes.csv has Testham 001A (E01900001, 1,000) and 002B only under another code,
    // with no year column: 1 LSOA with crimes finds no row, and the year is unknown.
    JsonNode h =
        Cli.json("hotspots", W, "--area", "Testham", "--population", SUP + "population-codes.csv");
    assertThat(h.get("notes").toString())
        .contains("1,000 residents, estimates of unknown year")
        .contains("1 LSOA with crimes found no population row");
    Cli text =
        Cli.run(
            "hotspots",
            W,
            "--area",
            "Testham",
            "--population",
            SUP + "population-codes.csv",
            "--wide");
    assertThat(text.out()).contains("1 LSOA with crimes found no population row");
  }
}
