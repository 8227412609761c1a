package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Harrow's gap in the real MPS borough tables: no release covers 2023-03..2023-12. The 36 trend
 * months to 2025-12 are 2023-01..2025-12; the 2021-03_2023-02 release has 202301 and 202302 (2),
 * the 2024-01_2025-12 release has 202401..202512 (24): 26 of 36 (the files' header columns, counted
 * with zcat | head -1).
 */
@Tag("real-data")
class MpsHarrowGapTest {
  private static JsonNode trends(String end) {
    List<String> args = new ArrayList<>(List.of("trends"));
    args.addAll(RealData.mpsBoroughReleases());
    args.addAll(List.of("--area", "Harrow", "--end", end));
    return Cli.json(args.toArray(String[]::new));
  }

  @Test
  void harrowsTrendRunsOverTwentySixOfThirtySixMonthsAndSaysTheGap() {
    JsonNode r = trends("2025-12");
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
    trends("2023-02")
        .get("priorities")
        .forEach(p -> assertThat(p.at("/cautions/splices")).as(p.get("name").asText()).isEmpty());
  }
}
