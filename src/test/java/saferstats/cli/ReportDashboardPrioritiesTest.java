package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.load.DashboardBesideTablesTest;

/**
 * The report's priorities read from the MPS dashboard beside the tables, csp-2023, on the sample
 * borough and ward tables and the hand-made dashboard of {@link DashboardBesideTablesTest}:
 * Violence against women and girls is the tables' sexual offences with the dashboard's DA violence
 * with injury (5 a month, 1 positive outcome a month), approximate; hate crime the dashboard's
 * alone.
 */
class ReportDashboardPrioritiesTest {
  @TempDir static Path dir;
  private static Document page;

  @BeforeAll
  static void report() throws IOException {
    Path in = DashboardBesideTablesTest.folder(dir);
    Files.copy(
        Path.of(
            "sample-data/mps/ward/2022-07_2024-06/MPS Ward Level Crime (most recent 24 months).csv"),
        in.resolve("ward.csv"));
    Cli r =
        Cli.run("report", in.toString(), "--area", "Harrow", "--categories", "csp-2023", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    page = Jsoup.parse(r.out());
  }

  @Test
  void theApproximateMarkIsFootnotedUnderTheMatrixAndTheSummary() {
    assertThat(page.select("table.matrix tbody").text())
        .contains("Violence against women and girls ≈");
    assertThat(page.select("#findings p.note").eachText())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("≈ approximate measure")
                    .contains("Violence against women and girls"));
    assertThat(page.select("#summary p.note").eachText())
        .anySatisfy(n -> assertThat(n).startsWith("≈ approximate measure"));
  }

  @Test
  void violenceAgainstWomenAndGirlsCarriesOneTrueNoteNotTheTablesAloneNoteBesideIt() {
    // The tables' own note ("sexual offences only ... domestic abuse ... need the dashboards") is
    // for the tables alone; with the dashboard's DA violence with injury beside them it is false.
    String text = page.text();
    assertThat(text)
        .contains(
            "Approximate measure: sexual offences (MPS tables) and domestic abuse violence with"
                + " injury (MPS Monthly Crime Dashboard), victims of any sex")
        .doesNotContain("sexual offences only");
  }

  @Test
  void aDashboardPrioritysSectionGivesItsPositiveOutcomesNotNone() {
    // DA violence with injury: 1 positive outcome a month, so 12 in 2023-04..2024-03 and 12 in
    // the 12 before; against 12 × 5 = 60 offences, 12 / 60 = 0.20 per offence.
    String vawg =
        page.select("section").stream()
            .filter(x -> x.select("h2").text().startsWith("Violence against women and girls"))
            .findFirst()
            .orElseThrow()
            .text();
    assertThat(vawg)
        .contains(
            "Positive outcomes (MPS Monthly Crime Dashboard, of Domestic Abuse/Domestic Abuse"
                + " violence with injury): 12 in the current 12 months against 12 in the previous"
                + " 12; 0.20 per offence of those categories (60 offences)")
        .doesNotContain("Outcomes: none");
  }
}
