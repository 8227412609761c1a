package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Harrow's gap in the real MPS borough tables without the Historical 2010-04..2024-02 release
 * (added to the real data later): then no release covers 2023-03..2023-12. The 36 trend months to
 * 2025-12 are 2023-01..2025-12; the 2021-03_2023-02 release has 202301 and 202302 (2), the
 * 2024-01_2025-12 release has 202401..202512 (24): 26 of 36 (the files' header columns, counted
 * with zcat | head -1; {@code python3 src/test/scripts/count_mps.py Harrow 2025-12 <the six
 * releases>} says "span trend SPLICE 2021-03_2023-02 + 2024-01_2025-12 (missing 10)"). With that
 * release the gap is filled: see the last test.
 */
@Tag("real-data")
class MpsHarrowGapTest {
  private static JsonNode trends(List<String> releases, String end) {
    List<String> args = new ArrayList<>(List.of("trends"));
    args.addAll(releases);
    args.addAll(List.of("--area", "Harrow", "--end", end));
    return Cli.json(args.toArray(String[]::new));
  }

  @Test
  void harrowsTrendRunsOverTwentySixOfThirtySixMonthsAndSaysTheGap() {
    JsonNode r = trends(RealData.mpsBoroughReleasesWithTheGap(), "2025-12");
    assertThat(r.get("notes").toString())
        .contains("MPS borough tables have no figures for 2023-03 to 2023-12;")
        .contains("26 of the last 36 months (2023-03 to 2023-12 missing)")
        .contains("source categories with no crimes in either 12-month window");
    JsonNode p = Cli.priority(r, "Violence Against the Person/Violence with Injury");
    assertThat(p.at("/trend/n").asInt()).isEqualTo(26);
    assertThat(p.at("/cautions/splices").toString()).isEqualTo("[\"trend\"]");
  }

  @Test
  void atTwentyTwentyThreeTheLastReleaseCoversEverySpan() {
    // End 2023-02: the 2021-03_2023-02 release covers the 24 comparison months and 2020-03 on
    // of the trend is in the Historical release's span, so nothing is spliced.
    trends(RealData.mpsBoroughReleasesWithTheGap(), "2023-02")
        .get("priorities")
        .forEach(p -> assertThat(p.at("/cautions/splices")).as(p.get("name").asText()).isEmpty());
  }

  @Test
  void theNewerHistoricalReleaseFillsTheGapSoTheTrendRunsOverAllThirtySixMonths() {
    // count_mps.py Harrow 2025-12 ../shared/real-data/mps/borough says "span trend SPLICE
    // 2024-01_2025-12 + historical_2010-04_2024-02 (missing 0)": 2023-01..2023-12 from the
    // Historical release (12), 2024-01..2025-12 from 2024-01_2025-12, which ranks first (24): 36
    // of 36, no gap, still two releases in one series.
    JsonNode r = trends(RealData.mpsBoroughReleases(), "2025-12");
    assertThat(r.get("notes").toString())
        .doesNotContain("have no figures for 2023-03 to 2023-12")
        .doesNotContain("of the last 36 months")
        .contains(
            "2023-01 to 2023-12 from " + RealData.folder("mps/borough/historical_2010-04_2024-02"))
        .contains("2024-01 to 2025-12 from " + RealData.folder("mps/borough/2024-01_2025-12"));
    JsonNode p = Cli.priority(r, "Violence Against the Person/Violence with Injury");
    assertThat(p.at("/trend/n").asInt()).isEqualTo(36);
    assertThat(p.at("/cautions/splices").toString()).isEqualTo("[\"trend\"]");
  }
}
