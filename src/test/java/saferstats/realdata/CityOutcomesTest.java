package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Outcome shares of the real City of London crimes, 2023-09..2024-08, from the street files' last
 * outcome (the real-data folder has no outcomes files), against src/test/scripts/outcomes_city.py
 * ({@code python3 src/test/scripts/outcomes_city.py}), an independent count written in another
 * session that groups the outcome texts by its own table. Each line: crimes | with outcome |
 * charge/summons | other sanction | no suspect | unable to prosecute | under investigation | other
 * (percent of crimes with an outcome).
 */
@Tag("real-data")
class CityOutcomesTest {
  private static final Map<String, String> INDEPENDENT =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("Bicycle theft", "219|219|2.7|0.0|71.2|1.8|17.4|6.8"),
              Map.entry("Burglary", "316|316|10.1|0.6|45.3|8.9|21.8|13.3"),
              Map.entry("Criminal damage and arson", "376|376|7.4|2.4|46.0|8.2|22.9|13.0"),
              Map.entry("Drugs", "457|457|16.4|38.9|0.7|15.1|15.3|13.6"),
              Map.entry("Other crime", "100|100|12.0|1.0|11.0|19.0|18.0|39.0"),
              Map.entry("Other theft", "1894|1894|4.0|0.2|62.6|3.7|21.0|8.5"),
              Map.entry("Possession of weapons", "62|62|29.0|4.8|6.5|27.4|16.1|16.1"),
              Map.entry("Public order", "591|591|8.3|3.6|19.3|27.1|27.1|14.7"),
              Map.entry("Robbery", "153|153|8.5|0.0|51.6|4.6|20.9|14.4"),
              Map.entry("Shoplifting", "1412|1412|19.1|4.0|30.5|12.0|22.6|11.8"),
              Map.entry("Theft from the person", "1177|1177|1.2|0.1|66.2|1.3|22.2|9.1"),
              Map.entry("Vehicle crime", "118|118|0.0|0.8|59.3|6.8|22.9|10.2"),
              Map.entry("Violence and sexual offences", "1463|1463|8.3|2.9|17.2|28.2|24.5|18.9")));

  @Test
  void sharesFromTheLastOutcomeCategoryMatchTheIndependentCount() throws Exception {
    JsonNode report =
        Cli.json(
            "trends",
            RealData.folder("police-uk/city-of-london").toString(),
            "--area",
            "City of London");
    Map<String, String> mine = new TreeMap<>();
    for (JsonNode p : report.get("priorities")) {
      JsonNode o = p.get("outcomes");
      if (o.isNull()) {
        assertThat(p.get("name").asText()).isEqualTo("Anti-social behaviour");
        continue;
      }
      assertThat(o.get("source").asText()).isEqualTo("street-last-outcome");
      mine.put(p.get("name").asText(), line(o));
    }
    assertThat(mine).isEqualTo(INDEPENDENT);
  }

  @Test
  void forceWideSharesMatchToo() throws Exception {
    JsonNode report =
        Cli.json(
            "trends",
            RealData.folder("police-uk/city-of-london").toString(),
            "--force",
            "City of London Police");
    // outcomes_city.py, force block: Shoplifting 1565 crimes, 20.0 / 3.8 / 29.9 / 12.3 / 22.7 /
    // 11.2; Other crime 190, 7.9 / 7.9 / 11.1 / 13.2 / 20.0 / 40.0.
    Map<String, String> expected =
        Map.of(
            "Shoplifting", "1565|1565|20.0|3.8|29.9|12.3|22.7|11.2",
            "Other crime", "190|190|7.9|7.9|11.1|13.2|20.0|40.0");
    Map<String, String> mine = new TreeMap<>();
    for (JsonNode p : report.get("priorities")) {
      String name = p.get("name").asText();
      if (expected.containsKey(name)) {
        mine.put(name, line(p.get("outcomes")));
      }
    }
    assertThat(mine).isEqualTo(expected);
  }

  /** "crimes|with outcome|share|share|…" as the independent script prints it. */
  private static String line(JsonNode o) {
    StringBuilder line =
        new StringBuilder(o.get("crimes").asText() + "|" + o.get("withOutcome").asText());
    o.get("shares").forEach(s -> line.append('|').append(s.get("pct").asDouble()));
    return line.toString();
  }
}
