package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The City of London's 36 street months (2021-09..2024-08) with {@code --compare} the real MPS
 * borough tables. London's burglary in each case is recounted by {@code python3
 * src/test/scripts/london_mps.py END BURGLARY INPUT...}, which ranks the releases by SPEC 1.4 on
 * its own.
 *
 * <p>Without the Historical 2010-04..2024-02 release (added to the real data later) the tables hold
 * ..2023-02 and 2024-01..2025-12: nothing for 2023-03..2023-12. A comparison's 24 months can miss
 * that gap only by ending at 2023-02 or earlier (or from 2025-12, after the City's last month), so
 * at the City's own end (2024-08) no comparator has a count, and at {@code --end 2023-02} every one
 * does, from the 2021-03..2023-02 release alone (it ranks before the Historical 2010-04..2023-02
 * file: same last month, later first).
 *
 * <p>With it, that release ranks before both 2023-02 ones (last month 2024-02) and fills the gap.
 * The same figure then reads differently only because another release is chosen: at 2023-02
 * London's burglary falls 0.5% in the 24-month release and 1.3% in the Historical one, whose counts
 * for the same months are about 3.5% lower (the older Historical edition agrees with the newer to
 * within 2 crimes a year). A release's choice is a figure's sensitivity.
 */
@Tag("real-data")
class CityLondonCompareTest {
  private static final String CITY = "police-uk/city-of-london";

  /** The City against {@code tables} summed over London, then {@code more} options. */
  private static JsonNode city(List<String> tables, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "trends",
                RealData.folder(CITY).toString(),
                "--area",
                "City of London",
                "--compare"));
    args.addAll(tables);
    args.addAll(List.of(more));
    return Cli.json(args.toArray(String[]::new));
  }

  private static List<String> withTheGap() {
    return RealData.mpsBoroughReleasesWithTheGap();
  }

  private static List<String> all() {
    return List.of(RealData.folder("mps/borough").toString());
  }

  @Test
  void atTheCitysEndMonthTheTablesGapLeavesEveryComparatorAbsent() {
    // london_mps.py 2024-08 BURGLARY <the six releases>: 2022-09..2023-02 from 2021-03_2023-02,
    // 2023-03..2023-12 MISSING, 2024-01..2024-08 from 2024-01_2025-12; both windows None.
    JsonNode report = city(withTheGap());
    JsonNode burglary = Cli.priority(report, "Burglary");
    assertThat(burglary.at("/comparator/name").asText())
        .isEqualTo("London — MPS borough tables (from --compare)");
    assertThat(burglary.at("/comparator/current12").isNull()).isTrue();
    assertThat(burglary.at("/comparator/previous12").isNull()).isTrue();
    assertThat(burglary.at("/comparator/changePct").isNull()).isTrue();
    assertThat(burglary.at("/comparator/missing").toString())
        .isEqualTo(
            "[\"2023-03\",\"2023-04\",\"2023-05\",\"2023-06\",\"2023-07\",\"2023-08\","
                + "\"2023-09\",\"2023-10\",\"2023-11\",\"2023-12\"]");
    // 2022-09..2023-02 from the 2021-03..2023-02 release, 2024-01..2024-08 from 2024-01..2025-12.
    assertThat(burglary.get("flags").toString()).contains("\"release-splice\"");
    // police-uk maps ASB to no MPS category (the MPS tables hold no ASB).
    assertThat(Cli.priority(report, "Anti-social behaviour").get("comparator").isNull()).isTrue();
    assertThat(report.get("notes").toString())
        .contains(
            "Anti-social behaviour: the police-uk set maps no MPS categories in the --compare"
                + " tables, so London cannot be its comparator.");
  }

  @Test
  void atTheCitysEndMonthTheNewerHistoricalReleaseFillsTheGap() {
    // london_mps.py 2024-08 BURGLARY ../shared/real-data/mps/borough: no release holds all of
    // 2022-09..2024-08, so 2022-09..2023-12 come from historical_2010-04_2024-02 and
    // 2024-01..2024-08 from 2024-01_2025-12 (it ranks first and has them): previous12 54,816,
    // current12 53,813, (53813 - 54816) / 54816 = -1.83% → -1.8.
    JsonNode burglary = Cli.priority(city(all()), "Burglary");
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"London — MPS borough tables (from --compare)\",\"current12\":53813,"
                + "\"previous12\":54816,\"changePct\":-1.8,\"rest\":{\"current12\":53813,"
                + "\"previous12\":54816,\"changePct\":-1.8},\"missing\":[],\"tooSmall\":false}");
    assertThat(burglary.get("flags").toString()).contains("\"release-splice\"");
  }

  @Test
  void endingAt2023February_londonsBurglaryIs54371Then54084() {
    // london_mps.py 2023-02 BURGLARY <the six releases>: all 24 months from 2021-03_2023-02,
    // 54,371 → 54,084: (54084 - 54371) / 54371 = -0.53% → -0.5.
    JsonNode burglary = Cli.priority(city(withTheGap(), "--end", "2023-02"), "Burglary");
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"London — MPS borough tables (from --compare)\",\"current12\":54084,"
                + "\"previous12\":54371,\"changePct\":-0.5,\"rest\":{\"current12\":54084,"
                + "\"previous12\":54371,\"changePct\":-0.5},\"missing\":[],\"tooSmall\":false}");
    assertThat(burglary.get("flags").toString()).doesNotContain("release-splice");
  }

  @Test
  void endingAt2023February_withTheNewerHistoricalRelease_londonsBurglaryIs52939Then52228() {
    // london_mps.py 2023-02 BURGLARY ../shared/real-data/mps/borough: all 24 months from
    // historical_2010-04_2024-02 (last month 2024-02 ranks it first), 52,939 → 52,228:
    // (52228 - 52939) / 52939 = -1.34% → -1.3.
    JsonNode burglary = Cli.priority(city(all(), "--end", "2023-02"), "Burglary");
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"London — MPS borough tables (from --compare)\",\"current12\":52228,"
                + "\"previous12\":52939,\"changePct\":-1.3,\"rest\":{\"current12\":52228,"
                + "\"previous12\":52939,\"changePct\":-1.3},\"missing\":[],\"tooSmall\":false}");
    assertThat(burglary.get("flags").toString()).doesNotContain("release-splice");
  }
}
