package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.analysis.Cautions;
import saferstats.analysis.PairFigures;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.WindowCount;
import saferstats.analysis.WindowFigures;
import saferstats.model.InputKind;
import saferstats.model.Month;

/**
 * A priority's windows table in the report: the financial year to date named in words, and the
 * abrupt month carried to every row whose months contain it (finding 25).
 */
class ReportWindowsTest {
  private static WindowCount window(String label, Month from, Month to, long n) {
    return new WindowCount(label, from, to, n, List.of());
  }

  private static PairFigures pair(WindowCount now, WindowCount before) {
    long change = now.count() - before.count();
    return new PairFigures(now, before, change, 100.0 * change / before.count());
  }

  /**
   * The City's anti-social behaviour to 2024-08: 328 vs 626 in the 12 months, 103 vs 101 in Q1, 186
   * vs 121 in the year to date; 2023-08 had 3 against a usual 54.
   */
  private static PriorityTrend asb() {
    WindowFigures w =
        new WindowFigures(
            pair(
                window("12 months to 2024-08", Month.of(2023, 9), Month.of(2024, 8), 328),
                window("12 months to 2023-08", Month.of(2022, 9), Month.of(2023, 8), 626)),
            pair(
                window("2024-25 Q1", Month.of(2024, 4), Month.of(2024, 6), 103),
                window("2023-24 Q1", Month.of(2023, 4), Month.of(2023, 6), 101)),
            pair(
                window("2024-25 to 2024-08", Month.of(2024, 4), Month.of(2024, 8), 186),
                window("2023-24 to 2023-08", Month.of(2023, 4), Month.of(2023, 8), 121)));
    Cautions c =
        new Cautions(
            List.of(
                new Cautions.AbruptMonth(
                    Month.of(2023, 8),
                    3,
                    54.0,
                    List.of("12 months to 2024-08", "2024-25 to 2024-08"))),
            null,
            List.of(),
            List.of());
    return new PriorityTrend(
        "Anti-social behaviour",
        InputKind.POLICE_UK,
        null,
        true,
        false,
        null,
        List.of(),
        w,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(PriorityTrend.ABRUPT_MONTH),
        c,
        null,
        null,
        null);
  }

  @Test
  void theYearToDateIsNamedInWordsAndCarriesTheAbruptMonthItContains() {
    List<ReportView.WindowRow> rows = ReportSections.windows(asb());

    ReportView.WindowRow fytd = rows.get(2);
    assertThat(fytd.window()).isEqualTo("financial year 2024-25 to date (April to August 2024)");
    // 186 vs 121: +65, 65 / 121 = +53.7 %, across 2023-08 (in 2023-04..2023-08)
    assertThat(fytd.changePct()).isEqualTo("+53.7%");
    assertThat(fytd.significance())
        .isEqualTo(
            "across an abrupt month, cause unknown (2023-08 at 3 against a usual 54);"
                + " not tested (part of the 12 months, which carry the test)");
    // the 12 months (2022-09..2023-08 before) hold 2023-08 too; the quarter (2023-04..06) does not
    assertThat(rows.get(0).significance()).startsWith("across an abrupt month");
    assertThat(rows.get(1).window()).isEqualTo("2024-25 Q1");
    assertThat(rows.get(1).significance()).isEmpty();
  }

  @Test
  void aYearToDateOfOneMonthNamesThatMonth() {
    assertThat(
            ReportSections.yearToDate(
                window("2025-26 to 2025-04", Month.of(2025, 4), Month.of(2025, 4), 10)))
        .isEqualTo("financial year 2025-26 to date (April 2025)");
  }
}
