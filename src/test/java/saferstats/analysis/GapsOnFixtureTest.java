package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;
import saferstats.model.Month;

/**
 * Trend and control chart across missing months (SPEC 4.2), on fixtures/windows with month folders
 * left out. Testham Burglary by month from 2022-04: 1,2,3 repeating, plus 1 from 2023-07.
 */
class GapsOnFixtureTest {
  private static final String W = Cli.FIXTURES + "windows";

  /** The fixture's 27 months 2022-04..2024-06 without the given ones. */
  private static JsonNode burglaryWithout(String... left) throws Exception {
    List<String> folders = new ArrayList<>();
    for (Month m : Month.of(2022, 4).through(Month.of(2024, 6))) {
      if (!List.of(left).contains(m.toString())) {
        folders.add(W + "/" + m);
      }
    }
    return WindowsOnFixtureTest.priority(
        WindowsOnFixtureTest.trends(folders.toArray(String[]::new)), "Burglary");
  }

  @Test
  void senSlopeAndMovingRangesUseTheMonthsTrulyBetween() throws Exception {
    JsonNode b = burglaryWithout("2023-10");
    // 26 of 27 months; values 1,2,3 x5 (2022-04..2023-06), 2,3,4 (Jul-Sep 2023), gap,
    // 3,4 (Nov-Dec), 2,3,4, 2,3,4 (2024). Sum 64.
    assertThat(b.at("/trend/n").asInt()).isEqualTo(26);
    assertThat(b.at("/trend/of").asInt()).isEqualTo(27);
    assertThat(b.at("/trend/missing/0").asText()).isEqualTo("2023-10");
    // Median of the 325 pairwise slopes over true month distances (numpy): 1/15. Counting the 26
    // months as consecutive gives 1/14 (the old answer).
    assertThat(b.at("/trend/senSlope").asDouble()).isCloseTo(1.0 / 15, within(1e-12));
    // Moving ranges, block 2022-04..2023-09: triples 1,2,3 give 1,1 each (5 triples: 10), the
    // steps between them 2 each (4: 8), then Jun->Jul 1, 1, 1: 21 over 17. Block 2023-11..2024-06
    // (3,4,2,3,4,2,3,4): 1,2,1,1,2,1,1 = 9 over 7. Mean 30/24 = 1.25 (the old code added the
    // Sep->Nov jump |4 - 3| and gave 31/25).
    assertThat(b.at("/control/n").asInt()).isEqualTo(26);
    assertThat(b.at("/control/mean").asDouble()).isCloseTo(64.0 / 26, within(1e-12));
    assertThat(b.at("/control/ucl").asDouble()).isCloseTo(64.0 / 26 + 2.66 * 1.25, within(1e-12));
  }

  @Test
  void underTwentyFourMonthsWithDataTheTrendIsWithheldButTheChartRuns() throws Exception {
    JsonNode b = burglaryWithout("2023-05", "2023-06", "2023-07", "2023-08");
    // 23 of 27 months: below the trend's 24, above the chart's 12.
    assertThat(b.get("trend").isNull()).isTrue();
    assertThat(b.get("flags").toString()).contains(PriorityTrend.SHORT_SERIES);
    assertThat(b.at("/control/n").asInt()).isEqualTo(23);
    assertThat(b.at("/control/of").asInt()).isEqualTo(27);
    assertThat(b.at("/control/missing").toString())
        .isEqualTo("[\"2023-05\",\"2023-06\",\"2023-07\",\"2023-08\"]");
    // Both 12-month windows touch the gap: no significance at all, not a test on fewer months.
    assertThat(b.get("significance").isNull()).isTrue();
  }

  @Test
  void twentyFourMonthsWithDataAreEnoughForTheTrend() throws Exception {
    JsonNode b = burglaryWithout("2023-05", "2023-06", "2023-07");
    assertThat(b.at("/trend/n").asInt()).isEqualTo(24);
    assertThat(b.get("flags").toString()).doesNotContain(PriorityTrend.SHORT_SERIES);
  }
}
