package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

  /**
   * Harrow's csp-2023 priorities by harm, 2024-08..2025-07, from the Met's 2019/20 category
   * averages (HarmBasisTest, MetHarmWeightsTest):
   *
   * <ul>
   *   <li>Burglary, motor vehicle crime and robbery: business 251 × 128.2474 = 32,190.1;
   *       residential of a home 763 and of unconnected building 118, each × 486.0285 (residential
   *       burglary in all) = 370,839.8 + 57,351.4; robbery 168 + 385 = 553 × 799.6289 = 442,194.8;
   *       vehicles 14 × 53.45 + 263 × 9.3147 + 1,015 × 32.9207 + 707 × 128.4294 = 127,412.2; in all
   *       1,029,988.1.
   *   <li>Violence against women and girls, partial: rape 171 × 3,087.5546 + other sexual 325 ×
   *       523.1174 = 697,985.0; its 386 domestic abuse violence with injury (the dashboard's) have
   *       no weight.
   *   <li>Violent incidents: 2 × 866.0425 + 1 × 7,973.3934 + 1,222 × 25.3809 + 1,227 × 333.0583 +
   *       2,533 × 73.7886 = 636,290.0.
   *   <li>Drugs: 266 × 512.9574 + 518 × 2.6045 = 137,795.8.
   *   <li>Hate crime: the dashboard's alone, no weight: by volume.
   * </ul>
   *
   * So the order by harm share (one denominator) is BMVR, VAWG, Violent incidents, Drugs; before,
   * BMVR and VAWG lost their whole weight and Violent incidents led.
   */
  @Test
  void aPartlyWeightedPriorityIsWeighedOnItsWeightedPartAndRankedByIt() {
    JsonNode t = trends("csp-2023");
    JsonNode bmvr = Cli.priority(t, "Burglary, motor vehicle crime and robbery").get("harm");
    JsonNode vawg = Cli.priority(t, "Violence against women and girls").get("harm");
    JsonNode violent = Cli.priority(t, "Violent incidents").get("harm");
    JsonNode drugs = Cli.priority(t, "Drugs").get("harm");
    JsonNode hate = Cli.priority(t, "Hate crime").get("harm");
    assertThat(bmvr.get("harm").asDouble()).isCloseTo(1_029_988.1, within(0.5));
    assertThat(bmvr.get("partial").asBoolean()).isFalse();
    assertThat(vawg.get("harm").asDouble()).isCloseTo(697_985.0, within(0.5));
    assertThat(vawg.get("partial").asBoolean()).isTrue();
    assertThat(vawg.get("unweightedCrimes").asLong()).isEqualTo(386);
    assertThat(vawg.get("reason").asText())
        .startsWith("partial: 386 of its 882 crimes have no weight")
        .contains("MPS Monthly Crime Dashboard");
    assertThat(violent.get("harm").asDouble()).isCloseTo(636_290.0, within(0.5));
    assertThat(drugs.get("harm").asDouble()).isCloseTo(137_795.8, within(0.5));
    assertThat(bmvr.get("harmShare").asDouble()).isGreaterThan(vawg.get("harmShare").asDouble());
    assertThat(vawg.get("harmShare").asDouble()).isGreaterThan(violent.get("harmShare").asDouble());
    assertThat(violent.get("harmShare").asDouble())
        .isGreaterThan(drugs.get("harmShare").asDouble());
    assertThat(hate.get("harmShare").isNull()).isTrue();
    assertThat(hate.get("reason").asText()).endsWith("shown by volume");
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
