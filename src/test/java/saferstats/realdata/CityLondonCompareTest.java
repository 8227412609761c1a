package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The City of London's 36 street months (2021-09..2024-08) with {@code --compare} the real MPS
 * borough tables, which hold ..2023-02 and 2024-01..2025-12: nothing for 2023-03..2023-12. A
 * comparison's 24 months can miss that gap only by ending at 2023-02 or earlier (or from 2025-12,
 * after the City's last month), so at the City's own end (2024-08) no comparator has a count, and
 * at {@code --end 2023-02} every one does, from the 2021-03..2023-02 release alone (it ranks before
 * the Historical 2010-04..2023-02 file: same last month, later first). London's burglary there,
 * recounted by {@code python3 src/test/scripts/london_mps.py 2023-02 BURGLARY
 * ../shared/real-data/mps/borough}: 54,371 (2021-03..2022-02) → 54,084 (2022-03..2023-02), −0.5%.
 */
@Tag("real-data")
class CityLondonCompareTest {
  private static final String CITY = "police-uk/city-of-london";

  private static JsonNode city(String... more) {
    String[] args = {
      "trends",
      RealData.folder(CITY).toString(),
      "--area",
      "City of London",
      "--compare",
      RealData.folder("mps/borough").toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.json(all);
  }

  @Test
  void atTheCitysEndMonthTheTablesGapLeavesEveryComparatorAbsent() {
    JsonNode report = city();
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
  void endingAt2023February_londonsBurglaryIs54371Then54084() {
    JsonNode burglary = Cli.priority(city("--end", "2023-02"), "Burglary");
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"London — MPS borough tables (from --compare)\",\"current12\":54084,"
                + "\"previous12\":54371,\"changePct\":-0.5,\"rest\":{\"current12\":54084,"
                + "\"previous12\":54371,\"changePct\":-0.5},\"missing\":[],\"tooSmall\":false}");
    assertThat(burglary.get("flags").toString()).doesNotContain("release-splice");
  }
}
