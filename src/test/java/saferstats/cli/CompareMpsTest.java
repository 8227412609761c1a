package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code --compare} with MPS tables: London's total becomes the comparator (SPEC 4.5), on
 * fixtures/unlocated (Smallham, Tiny Constabulary: Burglary 24 → 36) and fixtures/compare-mps
 * (README there). London's burglary: older.csv (2022-07..2023-12) Harrow 10 + Brent 20 = 30 a
 * month, newer.csv (2023-01..2024-06) Harrow 12 + Brent 24 = 36 a month; newer's 1,000 a month at
 * the airports pseudo-borough is not London. No release covers 2022-07..2024-06, so the months are
 * spliced newest first: 2022-07..2022-12 from older, 2023-01..2024-06 from newer. Previous 12
 * (2022-07..2023-06) = 6 × 30 + 6 × 36 = 396; current 12 (2023-07..2024-06) = 12 × 36 = 432; 36 /
 * 396 = +9.1%.
 */
class CompareMpsTest {
  private static final String AREA = Cli.FIXTURES + "unlocated";
  private static final String TABLES = Cli.FIXTURES + "compare-mps/tables";
  private static final String SET = Cli.FIXTURES + "compare-mps/priorities.csv";

  private static JsonNode smallham(String command, String compare) {
    return Cli.json(command, AREA, "--area", "Smallham", "--categories", SET, "--compare", compare);
  }

  @Test
  void londonsTotalThroughTheSetsMpsCategoriesBecomesTheComparator() {
    JsonNode burglary = Cli.priority(smallham("quarterly", TABLES), "Burglary");
    // Smallham is outside London, so the rest is the whole of London.
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"London — MPS borough tables (from --compare)\",\"current12\":432,"
                + "\"previous12\":396,\"changePct\":9.1,\"rest\":{\"current12\":432,"
                + "\"previous12\":396,\"changePct\":9.1},\"missing\":[],\"tooSmall\":false}");
    // Smallham's 36 vs 24 is +50 %, London's +9 %: a larger rise, read beside it (finding 15).
    assertThat(burglary.get("sentence").asText())
        .contains("; London rose 9%, so this rise is larger than London's.");
  }

  @Test
  void aSplicedComparatorIsFlaggedAndSaysWhereTheSourceChanges() {
    JsonNode report = smallham("trends", TABLES);
    JsonNode burglary = Cli.priority(report, "Burglary");
    assertThat(burglary.get("flags").toString()).contains("\"release-splice\"");
    assertThat(burglary.at("/cautions/splices").toString()).isEqualTo("[\"comparator\"]");
    // Shared months 2023-01..2023-12, burglary and Brent's robbery 5: newer (36 + 5) × 12 = 492,
    // older (30 + 5) × 12 = 420, +17.1%.
    assertThat(report.get("notes").toString())
        .contains(
            "for London — MPS borough tables, so its months are taken newest first: 2022-07 to"
                + " 2022-12 from ")
        .contains(
            "the source changes at 2023-01 (on the 12 months both publish, all crime 492"
                + " against 420, +17.1%)");
  }

  @Test
  void aPriorityTheSetMapsNoMpsCategoriesForHasNoComparatorAndANoteSaysWhy() {
    JsonNode report = smallham("trends", TABLES);
    JsonNode robbery = Cli.priority(report, "Robbery");
    // Not zero, and not Tiny Constabulary's own figures either.
    assertThat(robbery.get("comparator").isNull()).isTrue();
    assertThat(robbery.at("/windows/current12/count").asLong()).isEqualTo(48);
    assertThat(report.get("notes").toString())
        .contains(
            "Robbery: the priorities.csv set maps no MPS categories in the --compare tables, so"
                + " London cannot be its comparator.");
  }

  @Test
  void anAreaOutsideLondonIsToldLondonsBoroughsAreAComparatorThatCompares() {
    // Smallham is not in the tables: London's boroughs are its comparator on change (432 against
    // 396, +9.1 %, never "too small": Smallham's 36 is far below London's 432), and a note says
    // it is one.
    JsonNode report = smallham("trends", TABLES);
    JsonNode burglary = Cli.priority(report, "Burglary");
    assertThat(burglary.at("/comparator/tooSmall").asBoolean()).isFalse();
    assertThat(burglary.at("/comparator/changePct").asDouble()).isEqualTo(9.1);
    assertThat(report.get("notes").toString())
        .contains(
            "London's boroughs, from the MPS tables given with --compare, are Smallham's"
                + " comparator on change: a comparator that compares");
  }

  @Test
  void monthsTheTablesLackLeaveTheirWindowAbsentNeverZero() {
    // newer.csv alone starts at 2023-01: 2022-07..2022-12 of the previous 12 months are missing.
    JsonNode burglary = Cli.priority(smallham("trends", TABLES + "/newer.csv"), "Burglary");
    assertThat(burglary.at("/comparator/previous12").isNull()).isTrue();
    assertThat(burglary.at("/comparator/changePct").isNull()).isTrue();
    assertThat(burglary.at("/comparator/current12").asLong()).isEqualTo(432);
    assertThat(burglary.at("/comparator/missing").toString())
        .isEqualTo("[\"2022-07\",\"2022-08\",\"2022-09\",\"2022-10\",\"2022-11\",\"2022-12\"]");
    assertThat(burglary.get("flags").toString()).doesNotContain("release-splice");
  }

  @Test
  void aBoroughComparedWithLondonIsInsideItSoTheRestLeavesItOut() {
    JsonNode report =
        Cli.json("trends", TABLES, "--area", "Harrow", "--categories", SET, "--compare", TABLES);
    JsonNode burglary = Cli.priority(report, "Burglary");
    // Harrow, spliced the same way: 6 × 10 + 6 × 12 = 132 → 12 × 12 = 144. London 396 → 432 holds
    // it, so the rest is 396 − 132 = 264 → 432 − 144 = 288 (+9.1%).
    assertThat(burglary.at("/windows/current12/count").asLong()).isEqualTo(144);
    assertThat(burglary.at("/windows/previous12/count").asLong()).isEqualTo(132);
    assertThat(burglary.at("/comparator/current12").asLong()).isEqualTo(432);
    assertThat(burglary.at("/comparator/rest").toString())
        .isEqualTo("{\"current12\":288,\"previous12\":264,\"changePct\":9.1}");
    assertThat(report.get("notes").toString())
        .contains(
            "is inside London, so London's totals include it; the comparator's rest is London"
                + " less Harrow");
  }

  @Test
  void everyFormatNamesLondonAndSaysWhyRobberyHasNoComparator() {
    for (String format : new String[] {"table", "markdown", "csv"}) {
      Cli r =
          Cli.run(
              "quarterly",
              AREA,
              "--area",
              "Smallham",
              "--categories",
              SET,
              "--compare",
              TABLES,
              "--format",
              format,
              "--quiet");
      assertThat(r.exit()).as(format).isZero();
      assertThat(r.out())
          .as(format)
          .contains("London — MPS borough tables (from --compare)")
          .contains("London cannot be its comparator")
          .contains("release-splice");
    }
  }
}
