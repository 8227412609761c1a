package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

class MonthlyCountsTest {
  private static final Month JAN = Month.of(2024, 1);
  private static final Month FEB = Month.of(2024, 2);
  private static final Month MAR = Month.of(2024, 3);
  private static final Month APR = Month.of(2024, 4);

  /** January to April published, February not: a gap inside the span. */
  private static final ForceCoverage NO_FEBRUARY =
      ForceCoverage.of("f", new TreeSet<>(List.of(JAN, MAR, APR)));

  @Test
  void aCoveredMonthWithoutRowsIsZeroAndAnUncoveredMonthIsNull() {
    MonthlyCounts c = new MonthlyCounts.Builder().add("Burglary", JAN, 3L).build(NO_FEBRUARY);
    assertThat(c.count("Burglary", JAN)).isEqualTo(3L);
    // March is covered but has no Burglary row: a true zero.
    assertThat(c.count("Burglary", MAR)).isZero();
    // February is a gap, May after the last month: both missing, never 0.
    assertThat(c.count("Burglary", FEB)).isNull();
    assertThat(c.count("Burglary", Month.of(2024, 5))).isNull();
    // A category never seen reads 0 in a covered month too.
    assertThat(c.count("Robbery", JAN)).isZero();
  }

  @Test
  void categoriesSumAndOneUncountableCellMakesTheMonthMissing() {
    MonthlyCounts c =
        new MonthlyCounts.Builder()
            .add("Burglary", JAN, 3L)
            .add("Robbery", JAN, 4L)
            .add("Burglary", MAR, 2L)
            .add("Robbery", MAR, null)
            .build(NO_FEBRUARY);
    // January: 3 + 4 = 7.
    assertThat(c.count(List.of("Burglary", "Robbery"), JAN)).isEqualTo(7L);
    // March: Robbery's cell could not be counted, so the sum is missing, not 2.
    assertThat(c.count(List.of("Burglary", "Robbery"), MAR)).isNull();
    assertThat(c.count("Burglary", MAR)).isEqualTo(2L);
    // Every counted cell: 3 + 4 + 2 = 9.
    assertThat(c.total()).isEqualTo(9L);
    assertThat(c.categories()).containsExactly("Burglary", "Robbery");
  }

  @Test
  void addingToACellSumsAndNullWinsWhicheverComesFirst() {
    MonthlyCounts c =
        new MonthlyCounts.Builder()
            .add("Burglary", JAN, 3L)
            .add("Burglary", JAN, 5L)
            .add("Robbery", JAN, null)
            .add("Robbery", JAN, 4L)
            .add("Theft", JAN, 4L)
            .add("Theft", JAN, null)
            .build(NO_FEBRUARY);
    // 3 + 5 = 8; null then 4 stays null; 4 then null becomes null.
    assertThat(c.count("Burglary", JAN)).isEqualTo(8L);
    assertThat(c.count("Robbery", JAN)).isNull();
    assertThat(c.count("Theft", JAN)).isNull();
  }

  @Test
  void monthFirstCountsReadTheSameAsCategoryFirst() {
    MonthlyCounts byMonth =
        MonthlyCounts.byMonth(
            Map.of(JAN, Map.of("Burglary", 3L, "Robbery", 1L), APR, Map.of("Burglary", 6L)),
            NO_FEBRUARY);
    MonthlyCounts byCategory =
        new MonthlyCounts.Builder()
            .add("Burglary", JAN, 3L)
            .add("Burglary", APR, 6L)
            .add("Robbery", JAN, 1L)
            .build(NO_FEBRUARY);
    assertThat(byMonth).isEqualTo(byCategory);
    assertThat(byMonth.count("Robbery", APR)).isZero();
    // The same cells given category first (ingest's shape for the selected rows).
    assertThat(
            MonthlyCounts.byCategory(
                Map.of("Burglary", Map.of(JAN, 3L, APR, 6L), "Robbery", Map.of(JAN, 1L)),
                NO_FEBRUARY))
        .isEqualTo(byCategory);
  }

  @Test
  void aBuiltCountIsNotChangedByLaterAdds() {
    MonthlyCounts.Builder b = new MonthlyCounts.Builder().add("Burglary", JAN, 3L);
    MonthlyCounts first = b.build(NO_FEBRUARY);
    b.add("Burglary", JAN, 2L);
    assertThat(first.count("Burglary", JAN)).isEqualTo(3L);
    assertThat(b.build(NO_FEBRUARY).count("Burglary", JAN)).isEqualTo(5L);
  }
}
