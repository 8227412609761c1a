package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Harrow's Violence against women and girls (csp-2023) over the shared {@code mps/} folder: 882
 * against 798 (+10.5 %) is two parts moving apart, beside a domestic abuse in all that rose (review
 * s6, finding 2). Every expected count is the output of {@code python3
 * src/test/scripts/vawg_parts.py <real-data>} (plain Python over the published files, the
 * dashboard's newest refresh per key), 12 months 2024-08..2025-07 against 2023-08..2024-07: sexual
 * offences (tables) 496 vs 382 (+29.8 %); DA violence with injury (dashboard) 386 vs 416 (−7.2 %),
 * 496 + 386 = 882 and 382 + 416 = 798; domestic abuse in all 2,002 vs 1,684 (+318 / 1,684 = +18.9
 * %).
 */
@Tag("real-data")
class PriorityPartsRealDataTest {
  @Test
  void harrowsVawgGivesItsPartsAndDomesticAbuseInAll() {
    JsonNode t =
        Cli.json(
            "trends",
            RealData.folder("mps").toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023");
    JsonNode vawg = null;
    for (JsonNode p : t.get("parts")) {
      if (p.get("priority").asText().equals("Violence against women and girls")) {
        vawg = p;
      }
    }
    assertThat(vawg).isNotNull();
    JsonNode sexual = vawg.at("/parts/0");
    assertThat(sexual.get("name").asText()).isEqualTo("Sexual Offences");
    assertThat(sexual.get("current12").asLong()).isEqualTo(496);
    assertThat(sexual.get("previous12").asLong()).isEqualTo(382);
    assertThat(sexual.get("changePct").asDouble()).isEqualTo(29.8);
    JsonNode da = vawg.at("/parts/1");
    assertThat(da.get("name").asText()).isEqualTo("Domestic Abuse violence with injury");
    assertThat(da.get("current12").asLong()).isEqualTo(386);
    assertThat(da.get("previous12").asLong()).isEqualTo(416);
    assertThat(da.get("changePct").asDouble()).isEqualTo(-7.2);
    JsonNode all = vawg.at("/wholes/0/total");
    assertThat(all.get("categories").toString()).isEqualTo("[\"Domestic Abuse/Domestic Abuse\"]");
    assertThat(all.get("current12").asLong()).isEqualTo(2002);
    assertThat(all.get("previous12").asLong()).isEqualTo(1684);
    assertThat(all.get("changePct").asDouble()).isEqualTo(18.9);
    // Hate crime is its group's total subgroup: nothing to set beside it.
    assertThat(t.get("parts")).hasSize(1);
  }
}
