package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Abrupt months, steps and known breaks (SPEC 4.5) on fixtures/mps-cautions (README there): Harrow
 * residential burglary 60 a month to 2023-05, 40 from 2023-06, 3 in 2023-08; harassment a flat 20.
 */
class CautionsOnFixtureTest {
  private static final String F = Cli.FIXTURES + "mps-cautions/borough.csv";

  private static JsonNode priority(String command, int i) throws Exception {
    return MpsTrendsTest.trends(command, F, "--area", "Harrow", "--format", "json")
        .get("priorities")
        .get(i);
  }

  @Test
  void aMonthUnderAQuarterOfItsUsualLevelIsFlaggedWithThatLevel() throws Exception {
    JsonNode burglary = priority("trends", 0);
    assertThat(burglary.get("name").asText()).isEqualTo("Burglary/Burglary - Residential");
    // 2023-08: the 12 months before (2022-08..2023-07) are ten 60s and two 40s, median 60;
    // 3 < 60 / 4 = 15. 2023-09's twelve before hold nine 60s, 40, 40, 3: median still 60, and 40
    // is not under 15. No other month is a quarter or four times its median.
    assertThat(burglary.get("cautions").get("abruptMonths").toString())
        .isEqualTo(
            "[{\"month\":\"2023-08\",\"count\":3,\"usual\":60.0,"
                + "\"windows\":[\"12 months to 2024-06\"]}]");
    assertThat(burglary.get("flags").toString()).contains("\"abrupt-month\"", "\"step\"");
  }

  @Test
  void aRunStartingInsideTheComparisonIsAStep() throws Exception {
    // Mean of the 36 months: (23 × 60 + 12 × 40 + 3) / 36 = 51.75. 2021-07..2023-05 are above it
    // (a run that starts before 2022-07, outside the 24 compared); 2023-06..2024-06 (13 months, the
    // 3
    // included) are below: a step down from 2023-06.
    assertThat(priority("trends", 0).get("cautions").get("step").toString())
        .isEqualTo("{\"from\":\"2023-06\",\"direction\":\"down\"}");
  }

  @Test
  void theQuarterlySentenceNamesTheAbruptMonthAndTheStep() throws Exception {
    // 443 (11 × 40 + 3) vs 700 (11 × 60 + 40): -36.7%, "37%".
    assertThat(priority("quarterly", 0).get("sentence").asText())
        .startsWith(
            "Burglary/Burglary - Residential was 37% lower in the 12 months to June 2024 (443 vs"
                + " 700) after a step down from 2023-06, cause unknown (2023-08 at 3 against a usual"
                + " 60); a shift in level, not a trend, though the test finds a statistically"
                + " significant decrease;");
  }

  @Test
  void theMay2023CountingRuleChangeFlagsTheWindowsThatContainIt() throws Exception {
    JsonNode harassment = priority("trends", 1);
    // A flat 20: nothing abrupt, every point on the centre so no run.
    assertThat(harassment.get("flags").toString()).isEqualTo("[\"known-break\"]");
    JsonNode b = harassment.get("cautions").get("knownBreaks").get(0);
    assertThat(b.get("from").asText()).isEqualTo("2023-05");
    // previous12 2022-07..2023-06, quarterLastYear and fytdLastYear 2023-04..2023-06 hold May 2023.
    assertThat(b.get("windows").toString())
        .isEqualTo("[\"12 months to 2023-06\",\"2023-24 Q1\",\"2023-24 to 2023-06\"]");
    assertThat(b.get("description").asText()).contains("stalking and harassment");
  }

  @Test
  void theNotesSayAnAbruptMonthMayBeARecordingChangeOrARealEvent() throws Exception {
    JsonNode notes =
        MpsTrendsTest.trends("trends", F, "--area", "Harrow", "--format", "json").get("notes");
    assertThat(notes.toString())
        .contains("2023-08 had 3 against a usual 60")
        .contains("may be a recording change or a real event")
        .contains("a step down from 2023-06")
        .contains("known series break (2023-05)");
  }

  @Test
  void theTablesSayEachCautionBesideTheFigures() {
    Cli q = Cli.run("quarterly", F, "--area", "Harrow", "--wide");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out())
        .contains("abrupt-month 2023-08 (3 vs usual 60); step down from 2023-06")
        .contains("known-break 2023-05");
    Cli t = Cli.run("trends", F, "--area", "Harrow", "--wide");
    assertThat(t.out()).contains("abrupt-month 2023-08 (3 vs usual 60); step down from 2023-06");
  }

  @Test
  void quarterlyJsonCarriesTheCautions() throws Exception {
    assertThat(priority("quarterly", 0).get("cautions").get("step").get("from").asText())
        .isEqualTo("2023-06");
  }
}
