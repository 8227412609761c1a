package saferstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowSetTest {
  @ParameterizedTest(name = "end {0}: quarter {1} = {2}..{3}")
  @CsvSource({
    // end, latest complete financial quarter ending on or before it
    "2024-06, 2024-25 Q1, 2024-04, 2024-06",
    "2024-08, 2024-25 Q1, 2024-04, 2024-06",
    "2024-09, 2024-25 Q2, 2024-07, 2024-09",
    "2024-12, 2024-25 Q3, 2024-10, 2024-12",
    "2025-01, 2024-25 Q3, 2024-10, 2024-12",
    "2025-02, 2024-25 Q3, 2024-10, 2024-12",
    "2025-03, 2024-25 Q4, 2025-01, 2025-03",
    "2024-05, 2023-24 Q4, 2024-01, 2024-03",
  })
  void quarterIsTheLatestCompleteFinancialQuarter(
      String end, String label, String from, String to) {
    Window q = WindowSet.endingAt(m(end)).quarter().now();
    assertThat(q.label()).isEqualTo(label);
    assertThat(q.from()).isEqualTo(m(from));
    assertThat(q.to()).isEqualTo(m(to));
  }

  @ParameterizedTest(name = "end {0}")
  @CsvSource({
    // end, current12, previous12, quarterLastYear, fytd, fytdLastYear
    "2024-06, 2023-07, 2022-07, 2023-06, 2023-04, 2023-06, 2024-04, 2023-04, 2023-06",
    "2024-03, 2023-04, 2022-04, 2023-03, 2023-01, 2023-03, 2023-04, 2022-04, 2023-03",
    "2024-04, 2023-05, 2022-05, 2023-04, 2023-01, 2023-03, 2024-04, 2023-04, 2023-04",
  })
  void everyWindowFollowsFromTheEndMonth(
      String end,
      String c12From,
      String p12From,
      String p12To,
      String qlyFrom,
      String qlyTo,
      String fytdFrom,
      String fyLyFrom,
      String fyLyTo) {
    WindowSet w = WindowSet.endingAt(m(end));
    assertThat(w.twelve().now().from()).isEqualTo(m(c12From));
    assertThat(w.twelve().now().to()).isEqualTo(m(end));
    assertThat(w.twelve().yearEarlier().from()).isEqualTo(m(p12From));
    assertThat(w.twelve().yearEarlier().to()).isEqualTo(m(p12To));
    assertThat(w.quarter().yearEarlier().from()).isEqualTo(m(qlyFrom));
    assertThat(w.quarter().yearEarlier().to()).isEqualTo(m(qlyTo));
    assertThat(w.fytd().now().from()).isEqualTo(m(fytdFrom));
    assertThat(w.fytd().now().to()).isEqualTo(m(end));
    assertThat(w.fytd().yearEarlier().from()).isEqualTo(m(fyLyFrom));
    assertThat(w.fytd().yearEarlier().to()).isEqualTo(m(fyLyTo));
  }

  private static Month m(String s) {
    return Month.parse(s).orElseThrow();
  }
}
