package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The force's crimes with no place and a comparator smaller than the area (SPEC 4.5), on
 * fixtures/unlocated (README there): Tiny Constabulary, 2022-07..2024-06, a month of each window
 * holding, for Smallham / Bigton / no location: Burglary 2/7/1 then 3/20/2; Robbery 4/0/1 in both;
 * Vehicle crime 1/17/2 then 1/10/1.
 */
class UnlocatedAndComparatorOnFixtureTest {
  private static final String F = Cli.FIXTURES + "unlocated";

  private static JsonNode priority(String command, String name) {
    return Cli.priority(Cli.json(command, F, "--area", "Smallham"), name);
  }

  @Test
  void aShareMovingByExactlyTwoPointsIsFlaggedWithTheChangeReadWithThem() {
    JsonNode burglary = priority("trends", "Burglary");
    // previous12: 12 × 1 unlocated of 12 × (2 + 7 + 1) = 120 -> 10.0%; current12: 12 × 2 = 24 of
    // 12 × (3 + 20 + 2) = 300 -> 8.0%: -2.0 points, on the boundary, so flagged.
    assertThat(burglary.get("unlocated").get("previous12").toString())
        .isEqualTo("{\"count\":12,\"forceCount\":120,\"sharePct\":10.0}");
    assertThat(burglary.get("unlocated").get("current12").toString())
        .isEqualTo("{\"count\":24,\"forceCount\":300,\"sharePct\":8.0}");
    assertThat(burglary.at("/unlocated/shareChangePoints").asDouble()).isEqualTo(-2.0);
    // The area 36 vs 24 (+50.0%); with them (36 + 24) vs (24 + 12) = 60 vs 36 -> +66.7%.
    assertThat(burglary.at("/windows/changePct").asDouble()).isEqualTo(50.0);
    assertThat(burglary.at("/unlocated/changePctWithThem").asDouble()).isEqualTo(66.7);
    // The 2024-25 Q1 quarter (2024-04..06): 3 × 2 = 6 of 3 × 25 = 75 -> 8.0%.
    assertThat(burglary.get("unlocated").get("quarter").toString())
        .isEqualTo("{\"count\":6,\"forceCount\":75,\"sharePct\":8.0}");
    assertThat(burglary.get("flags").toString()).contains("\"unlocated-share-changed\"");
  }

  @Test
  void aShareMovingByUnderTwoPointsIsNotFlagged() {
    JsonNode vehicle = priority("trends", "Vehicle crime");
    // previous12: 24 of 12 × 20 = 240 -> 10.0%; current12: 12 of 12 × 12 = 144 -> 8.333 -> 8.3%:
    // -1.7 points.
    assertThat(vehicle.at("/unlocated/previous12/sharePct").asDouble()).isEqualTo(10.0);
    assertThat(vehicle.at("/unlocated/current12/sharePct").asDouble()).isEqualTo(8.3);
    assertThat(vehicle.at("/unlocated/shareChangePoints").asDouble()).isEqualTo(-1.7);
    assertThat(vehicle.get("flags").toString()).doesNotContain("unlocated-share-changed");
  }

  @Test
  void aRestSmallerThanTheAreaIsFlaggedAndLeftOutOfTheSentence() {
    JsonNode robbery = priority("quarterly", "Robbery");
    // The force: 12 × (4 + 0 + 1) = 60 a window; the rest 60 - 48 = 12 < the area's 48.
    assertThat(robbery.at("/comparator/rest/current12").asLong()).isEqualTo(12);
    assertThat(robbery.at("/comparator/tooSmall").asBoolean()).isTrue();
    assertThat(robbery.get("flags").toString()).contains("\"comparator-too-small\"");
    // Without the flag the sentence would end "; the force was unchanged".
    assertThat(robbery.get("sentence").asText())
        .isEqualTo(
            "Robbery was unchanged in the 12 months to June 2024 (48 vs 48), not a statistically"
                + " significant change. Robbery was unchanged in 2024-25 Q1 (April to June 2024)"
                + " against the same quarter last year (12 vs 12), not a statistically significant"
                + " change.");
  }

  @Test
  void aRestLargerThanTheAreaStaysInTheSentence() {
    JsonNode burglary = priority("quarterly", "Burglary");
    // The rest 300 - 36 = 264 > 36. The force 300 vs 120: +150%.
    assertThat(burglary.at("/comparator/tooSmall").asBoolean()).isFalse();
    // The 12-month sentence ends with the comparator, read beside the area's 36 vs 24 = +50 %
    // (smaller than +150 %); the quarter's sentence follows it.
    assertThat(burglary.get("sentence").asText())
        .contains(
            "; the force's crimes with no location, which no area can hold, went from 10.0% to"
                + " 8.0% of its total, so with them the change reads +66.7%; the force rose 150%, so"
                + " this rise is smaller than the force's. ");
  }

  @Test
  void everyTextFormatShowsTheComparatorAsTooSmallAndTheUnlocatedShares() {
    for (String format : new String[] {"table", "markdown"}) {
      String quarterly =
          Cli.cached("quarterly", F, "--area", "Smallham", "--format", format, "--quiet").out();
      // The fitted table's flag notes are the report's words; Markdown keeps the flag names.
      boolean fitted = format.equals("table");
      assertThat(quarterly)
          .contains(
              "+0.0% (too small)", fitted ? "‡ comparator too small" : "comparator-too-small");
      assertThat(quarterly)
          .contains(
              (fitted ? "# crimes with no place" : "unlocated-share-changed")
                  + " 10.0% → 8.0% of the force's");
      String trends =
          Cli.cached("trends", F, "--area", "Smallham", "--format", format, "--quiet").out();
      assertThat(trends).contains("Crimes with no place", "(too small)");
    }
    String csv = Cli.cached("trends", F, "--area", "Smallham", "--format", "csv", "--quiet").out();
    assertThat(csv).contains("comparator.tooSmall", "unlocated.current12.sharePct");
  }
}
