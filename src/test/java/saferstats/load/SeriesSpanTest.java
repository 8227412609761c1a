package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.load.LoadInputs.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;
import saferstats.model.WindowSet;

/** The months each span needs from one release, for windows ending 2024-05. */
class SeriesSpanTest {
  private static final WindowSet TO_MAY = WindowSet.endingAt(m("2024-05"));

  @Test
  void twelveIsBothTwelveMonthWindowsTogether() {
    // previous12 2022-06..2023-05 and current12 2023-06..2024-05: 24 months in order.
    List<Month> months = SeriesSpan.TWELVE.months(TO_MAY);
    assertThat(months).hasSize(24).isSorted();
    assertThat(months.get(0)).isEqualTo(m("2022-06"));
    assertThat(months.get(23)).isEqualTo(m("2024-05"));
  }

  @Test
  void theQuarterIsTheLastWholeFinancialQuarterAndLastYearsWithNothingBetween() {
    // At 2024-05 the last financial quarter ended is Jan-Mar 2024 (Q4 of 2023-24); with Jan-Mar
    // 2023: six months, not the year between them.
    assertThat(SeriesSpan.QUARTER.months(TO_MAY))
        .containsExactly(
            m("2023-01"), m("2023-02"), m("2023-03"), m("2024-01"), m("2024-02"), m("2024-03"));
  }

  @Test
  void theFinancialYearToDateIsAprilOnInBothYears() {
    assertThat(SeriesSpan.FYTD.months(TO_MAY))
        .containsExactly(m("2023-04"), m("2023-05"), m("2024-04"), m("2024-05"));
  }

  @Test
  void theTrendIsThirtySixMonthsToTheEnd() {
    // 2024-05 minus 35 months is 2021-06.
    List<Month> months = SeriesSpan.TREND.months(TO_MAY);
    assertThat(months).hasSize(36);
    assertThat(months.get(0)).isEqualTo(m("2021-06"));
    assertThat(months.get(35)).isEqualTo(m("2024-05"));
    assertThat(SeriesSpan.TREND.id()).isEqualTo("trend");
  }
}
