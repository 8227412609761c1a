package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Harrow over the shared {@code mps/} folder, borough tables, ward tables and the MPS Monthly Crime
 * Dashboard together (issue 25). Every expected count is the output of {@code python3
 * src/test/scripts/dashboard_counts.py
 * <real-data>/mps/dashboard/other_2021-08_2025-07/mps-monthly-crime-dashboard-other-boroughs.csv.gz}
 * (plain Python over the CSV, newest refresh per key): Harrow, 12 months to 2025-07 and the 12
 * before.
 */
@Tag("real-data")
class MpsHarrowDashboardTest {
  private static JsonNode trends(String preset) {
    return Cli.json(
        "trends", RealData.folder("mps").toString(), "--area", "Harrow", "--categories", preset);
  }

  private static long current(JsonNode report, String priority) {
    return Cli.priority(report, priority).at("/windows/current12/count").asLong();
  }

  private static long previous(JsonNode report, String priority) {
    return Cli.priority(report, priority).at("/windows/previous12/count").asLong();
  }

  @Test
  void theDashboardEndsFirstAndTheFiguresEndThere() {
    JsonNode t = trends("csp-2023");
    assertThat(t.get("end").asText()).isEqualTo("2025-07");
    assertThat(t.get("notes").toString())
        .contains(
            "The MPS Monthly Crime Dashboard ended first: the dashboard runs to 2025-07, the MPS"
                + " tables to 2025-12.")
        .contains("refresh 2025-08-21: Knife Crime")
        .contains("ward code E05013542 is named Belmont and Belmont (QA)");
  }

  @Test
  void hateCrimeIsTheTotalSubgroup337NotTheStrands721() {
    // script: hate crime/hate crime,Offences,337,398; strands added up 721.
    JsonNode t = trends("csp-2023");
    assertThat(current(t, "Hate crime")).isEqualTo(337);
    assertThat(previous(t, "Hate crime")).isEqualTo(398);
  }

  @Test
  void domesticAbuseAndKnifeCrimeMatchTheIndependentCount() {
    JsonNode t = trends("source");
    // script: domestic abuse/domestic abuse,Offences,2002,1684
    assertThat(current(t, "Domestic Abuse/Domestic Abuse")).isEqualTo(2002);
    assertThat(previous(t, "Domestic Abuse/Domestic Abuse")).isEqualTo(1684);
    // script: domestic abuse/domestic abuse violence with injury,Offences,386,416
    assertThat(current(t, "Domestic Abuse/Domestic Abuse violence with injury")).isEqualTo(386);
    assertThat(previous(t, "Domestic Abuse/Domestic Abuse violence with injury")).isEqualTo(416);
    // script: knife crime/knife crime,Offences,281,225 (the later refresh, 2025-08-21)
    assertThat(current(t, "Knife Crime/Knife Crime")).isEqualTo(281);
    assertThat(previous(t, "Knife Crime/Knife Crime")).isEqualTo(225);
    // script: miscalleneous/theft person - mobile phone,Offences,843,400
    assertThat(current(t, "Miscalleneous/Theft Person - Mobile phone")).isEqualTo(843);
    assertThat(previous(t, "Miscalleneous/Theft Person - Mobile phone")).isEqualTo(400);
  }

  @Test
  void knifeInjuryVictimsAged1To24MeasureUnder25s() {
    // script: knife crime/knife injury victims (1-24),Offences,35,30
    JsonNode t = trends("serious-violence");
    assertThat(current(t, "Serious violence against under-25s")).isEqualTo(35);
    assertThat(previous(t, "Serious violence against under-25s")).isEqualTo(30);
  }
}
