package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import tech.tablesaw.api.Table;

class AreaTableTest {
  private static final Month MAY = Month.of(2024, 5);
  private static final Month JUNE = Month.of(2024, 6);

  private static PoliceRow row(Month month, String force, String category) {
    return new PoliceRow(
        "",
        month,
        force,
        force,
        -0.33,
        51.59,
        "High Street",
        "E01002111",
        "Harrow 001A",
        category,
        "");
  }

  @Test
  void countsEachCategoryByMonthAndLeavesAbsentMonthsAbsent() {
    Table t =
        AreaTable.of(
            "area",
            List.of(
                row(MAY, "Metropolitan Police Service", "Burglary"),
                row(JUNE, "Metropolitan Police Service", "Burglary"),
                row(JUNE, "Metropolitan Police Service", "Burglary"),
                row(MAY, "Metropolitan Police Service", "Robbery")));
    // Burglary: one row in May, two in June; Robbery: one in May and none in June, so June is
    // absent from Robbery's cells: 0 in a covered month, null in one the force did not publish.
    MonthlyCounts counts =
        AreaTable.counts(t, ForceCoverage.of("f", new TreeSet<>(Set.of(MAY, JUNE))));
    assertThat(counts.categories()).containsExactly("Burglary", "Robbery");
    assertThat(counts.count("Burglary", MAY)).isEqualTo(1L);
    assertThat(counts.count("Burglary", JUNE)).isEqualTo(2L);
    assertThat(counts.count("Robbery", MAY)).isEqualTo(1L);
    assertThat(counts.count("Robbery", JUNE)).isZero();
    MonthlyCounts mayOnly = AreaTable.counts(t, ForceCoverage.of("f", new TreeSet<>(Set.of(MAY))));
    assertThat(mayOnly.count("Robbery", JUNE)).isNull();
  }
}
