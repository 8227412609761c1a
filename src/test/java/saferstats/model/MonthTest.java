package saferstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthTest {
  @Test
  void parsesIsoAndCompactFormsAndRefusesNonsense() {
    assertThat(Month.parse("2024-06")).contains(Month.of(2024, 6));
    assertThat(Month.parse(" 2024-06 ")).contains(Month.of(2024, 6));
    assertThat(Month.parseCompact("201004")).contains(Month.of(2010, 4));
    assertThat(Month.parse("2024-13")).isEmpty();
    assertThat(Month.parse("2024-00")).isEmpty();
    assertThat(Month.parse("24-06")).isEmpty();
    assertThat(Month.parse("June 2024")).isEmpty();
    assertThat(Month.parse(null)).isEmpty();
  }

  @Test
  void arithmeticCrossesYearEnds() {
    assertThat(Month.of(2024, 1).minus(1)).isEqualTo(Month.of(2023, 12));
    assertThat(Month.of(2023, 12).plus(14)).isEqualTo(Month.of(2025, 2));
    assertThat(Month.of(2024, 6).minus(11)).isEqualTo(Month.of(2023, 7));
    assertThat(Month.of(2023, 7).through(Month.of(2024, 6))).hasSize(12);
    assertThat(Month.of(2024, 6).through(Month.of(2024, 5))).isEmpty();
    assertThat(Month.of(2024, 6)).hasToString("2024-06");
    // Four-digit years and two-digit months, zero-padded, either side of the digit-by-digit path.
    assertThat(new Month(987, 11)).hasToString("0987-11");
    assertThat(new Month(10000, 1)).hasToString("10000-01");
    assertThat(Month.of(2024, 6).longName()).isEqualTo("June 2024");
  }

  @Test
  void financialYearStartsInApril() {
    assertThat(Month.of(2024, 3).financialYearStart()).isEqualTo(Month.of(2023, 4));
    assertThat(Month.of(2024, 4).financialYearStart()).isEqualTo(Month.of(2024, 4));
    assertThat(Month.of(2024, 12).financialYearStart()).isEqualTo(Month.of(2024, 4));
  }

  @Test
  void indexCountsMonthsSinceYearZeroAndRoundTrips() {
    // 2024 * 12 + (6 - 1) = 24,288 + 5 = 24,293; January is 0 within its year.
    assertThat(Month.of(2024, 6).index()).isEqualTo(24_293);
    assertThat(Month.of(2024, 1).index()).isEqualTo(24_288);
    // December 2023 is one less than January 2024: the index is continuous across year ends.
    assertThat(Month.of(2023, 12).index()).isEqualTo(24_287);
    assertThat(Month.ofIndex(24_287)).isEqualTo(Month.of(2023, 12));
    assertThat(Month.ofIndex(24_293)).isEqualTo(Month.of(2024, 6));
    for (int i = 24_000; i < 24_400; i++) {
      assertThat(Month.ofIndex(i).index()).isEqualTo(i);
    }
    // The index orders as the months do.
    assertThat(Month.of(2023, 12).index()).isLessThan(Month.of(2024, 1).index());
  }
}
