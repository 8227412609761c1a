package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.load.DashboardBesideTablesTest;
import saferstats.model.Month;

/**
 * A priority over unlike parts gives each part, and the dashboard group it takes part of, so one
 * total does not hide them moving apart (review s6, finding 2): csp-2023's Violence against women
 * and girls on the sample Harrow borough tables and the hand-made dashboard of {@link
 * DashboardBesideTablesTest}, to which Harrow's domestic abuse in all (the dashboard's total
 * subgroup {@code Domestic Abuse/Domestic Abuse}) is added here: 9 a month 2022-04..2023-03 and 11
 * a month 2023-04..2024-03.
 *
 * <p>The figures end 2024-03 (the dashboard's last month): current 12 months 2023-04..2024-03,
 * previous 2022-04..2023-03. Sexual offences, from the sample tables' Harrow rows (2022-04..06 from
 * the 2021-07 release, the rest from the 2022-07 release; the two agree where both publish):
 *
 * <ul>
 *   <li>current: other sexual 22+28+28+27+38+38+28+26+34+28+24+36 = 357, rape
 *       16+17+24+23+19+17+14+19+15+20+17+17 = 218; 575.
 *   <li>previous: other sexual 33+31+34 + 33+41+34+25+29+14+25+27+27 = 353, rape 20+25+17 +
 *       27+19+23+21+14+24+16+14+8 = 228; 581. Change −6, −6/581 = −1.0 %.
 * </ul>
 *
 * DA violence with injury 12 × 5 = 60 in each (+0.0 %); domestic abuse in all 12 × 11 = 132 against
 * 12 × 9 = 108, +24/108 = +22.2 %. The priority: 575 + 60 = 635 against 581 + 60 = 641.
 */
class PriorityPartsTest {
  private static final String VAWG = "Violence against women and girls";

  /** The sample tables and the dashboard, with Harrow's domestic abuse in all added. */
  static Path inputs(Path dir) throws IOException {
    DashboardBesideTablesTest.folder(dir);
    StringBuilder rows = new StringBuilder();
    for (Month m : Month.of(2022, 4).through(Month.of(2024, 3))) {
      int n = m.isBefore(Month.of(2023, 4)) ? 9 : 11;
      rows.append(m)
          .append(",Borough,Harrow,Harrow,E09000015,Domestic Abuse,Domestic Abuse,Offences,fy,idx,")
          .append(n)
          .append(",2025-08-02,Other\n");
    }
    Files.writeString(dir.resolve("dashboard.csv"), rows, StandardOpenOption.APPEND);
    return dir;
  }

  @Test
  void theTrendsJsonGivesEachPartAndTheGroupTheDashboardPartBelongsTo(@TempDir Path dir)
      throws IOException {
    JsonNode t =
        Cli.json("trends", inputs(dir).toString(), "--area", "Harrow", "--categories", "csp-2023");
    assertThat(t.get("end").asText()).isEqualTo("2024-03");
    JsonNode vawg = Cli.priority(t, VAWG).get("windows");
    assertThat(vawg.at("/current12/count").asLong()).isEqualTo(635);
    assertThat(vawg.at("/previous12/count").asLong()).isEqualTo(641);
    // Hate crime takes its group's total itself: no parts, no group beside it.
    assertThat(t.get("parts")).hasSize(1);
    JsonNode p = t.get("parts").get(0);
    assertThat(p.get("priority").asText()).isEqualTo(VAWG);
    JsonNode sexual = p.get("parts").get(0);
    assertThat(sexual.get("name").asText()).isEqualTo("Sexual Offences");
    assertThat(sexual.get("source").asText()).isEqualTo("mps");
    assertThat(sexual.get("current12").asLong()).isEqualTo(575);
    assertThat(sexual.get("previous12").asLong()).isEqualTo(581);
    assertThat(sexual.get("change").asLong()).isEqualTo(-6);
    assertThat(sexual.get("changePct").asDouble()).isEqualTo(-1.0);
    JsonNode da = p.get("parts").get(1);
    assertThat(da.get("name").asText()).isEqualTo("Domestic Abuse violence with injury");
    assertThat(da.get("source").asText()).isEqualTo("mps-dashboard");
    assertThat(da.get("current12").asLong()).isEqualTo(60);
    assertThat(da.get("previous12").asLong()).isEqualTo(60);
    JsonNode whole = p.get("wholes").get(0);
    assertThat(whole.get("group").asText()).isEqualTo("Domestic Abuse");
    assertThat(whole.at("/total/categories").toString())
        .isEqualTo("[\"Domestic Abuse/Domestic Abuse\"]");
    assertThat(whole.at("/total/current12").asLong()).isEqualTo(132);
    assertThat(whole.at("/total/previous12").asLong()).isEqualTo(108);
    assertThat(whole.at("/total/changePct").asDouble()).isEqualTo(22.2);
    assertThat(whole.get("counted").toString())
        .isEqualTo("[\"Domestic Abuse violence with injury\"]");
  }

  @Test
  void theTrendsTableGivesThePartsBesideThePriority(@TempDir Path dir) throws IOException {
    Cli c =
        Cli.run(
            "trends",
            inputs(dir).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--wide");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out())
        .contains("Parts of priorities (current 12 months against the previous 12")
        .contains("Domestic Abuse in all (MPS Monthly Crime Dashboard): 132 against 108 (+22.2%)");
    assertThat(
            c.out()
                .lines()
                .map(l -> l.replaceAll("\\s+", " ").strip())
                .filter(l -> l.startsWith(VAWG + " Sexual Offences")))
        .containsExactly(VAWG + " Sexual Offences (MPS tables) 575 581 -1.0%");
  }

  @Test
  void theReportSectionSaysThePartsUnderItsSentence(@TempDir Path dir) throws IOException {
    // The report places priorities by ward: the sample ward table beside (as
    // ReportDashboardPrioritiesTest); the borough figures are the borough tables'.
    inputs(dir);
    Files.copy(
        Path.of(
            "sample-data/mps/ward/2022-07_2024-06/MPS Ward Level Crime (most recent 24 months).csv"),
        dir.resolve("ward.csv"));
    Cli r =
        Cli.run(
            "report", dir.toString(), "--area", "Harrow", "--categories", "csp-2023", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    String parts =
        Jsoup.parse(r.out()).select("section.priority").stream()
            .filter(s -> s.select("h2").text().startsWith(VAWG))
            .findFirst()
            .orElseThrow()
            .select("p.parts")
            .text();
    assertThat(parts)
        .isEqualTo(
            "Parts: Sexual Offences (MPS tables) 575 against 581 (-1.0%); Domestic Abuse violence"
                + " with injury (MPS Monthly Crime Dashboard) 60 against 60 (+0.0%). Domestic Abuse"
                + " in all (MPS Monthly Crime Dashboard): 132 against 108 (+22.2%); this priority"
                + " counts its Domestic Abuse violence with injury only.");
  }

  @Test
  void theDashboardAloneSaysItsPriorityLacksTheTablesPartNotThatItHasIt(@TempDir Path dir)
      throws IOException {
    inputs(dir);
    Files.delete(dir.resolve("2021-07_2023-06.csv"));
    Files.delete(dir.resolve("2022-07_2024-06.csv"));
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow", "--categories", "csp-2023");
    JsonNode vawg = Cli.priority(t, VAWG);
    // DA violence with injury alone: 60 against 60, and no sexual offence.
    assertThat(vawg.at("/windows/current12/count").asLong()).isEqualTo(60);
    assertThat(vawg.get("note").asText())
        .doesNotContain("(MPS tables) and")
        .isEqualTo(
            "Domestic Abuse/Domestic Abuse violence with injury only (MPS Monthly Crime"
                + " Dashboard): the priority's Sexual Offences/* part, from the MPS tables, is not"
                + " in these inputs, so it is left out (give the MPS tables beside the"
                + " dashboard)");
    // Burglary etc. come from the MPS tables alone: not measured here, never a row of zeros.
    assertThat(t.get("priorities").findValuesAsText("name"))
        .doesNotContain("Burglary, motor vehicle crime and robbery", "Drugs");
    assertThat(t.get("unmeasurable").toString())
        .contains(
            "{\"name\":\"Burglary, motor vehicle crime and robbery\",\"needs\":\"the MPS"
                + " tables (the MPS Monthly Crime Dashboard, read here without them, holds none of"
                + " its categories)\"}");
    // One part, but the group it belongs to is still set beside it: 132 against 108.
    JsonNode p = t.get("parts").get(0);
    assertThat(p.get("parts")).hasSize(1);
    assertThat(p.at("/wholes/0/total/current12").asLong()).isEqualTo(132);
  }
}
