package saferstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowTallyTest {
  private static final Month MAY = Month.of(2024, 5);
  private static final Month JUNE = Month.of(2024, 6);

  private static PoliceRow row(Month month, String force, String category, String outcome) {
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
        outcome);
  }

  @Test
  void theMostCommonForceWinsAndATieGoesToTheFirstByName() {
    List<PoliceRow> mostly =
        List.of(
            row(MAY, "British Transport Police", "Robbery", ""),
            row(MAY, "Metropolitan Police Service", "Robbery", ""),
            row(JUNE, "Metropolitan Police Service", "Robbery", ""));
    // Met 2 rows, BTP 1.
    assertThat(RowTally.of(mostly).mostCommonForce()).isEqualTo("Metropolitan Police Service");
    List<PoliceRow> tied =
        List.of(
            row(MAY, "Metropolitan Police Service", "Robbery", ""),
            row(MAY, "British Transport Police", "Robbery", ""));
    // One row each: "British..." sorts before "Metropolitan...".
    assertThat(RowTally.of(tied).mostCommonForce()).isEqualTo("British Transport Police");
  }

  @Test
  void rowsAreCountedByCategoryMonthAndLastOutcomeAndTalliesAddUp() {
    RowTally may =
        RowTally.of(
            List.of(
                row(MAY, "F", "Robbery", "Under investigation"),
                row(MAY, "F", "Robbery", "Under investigation"),
                row(MAY, "F", "Robbery", null)));
    RowTally june = RowTally.of(List.of(row(JUNE, "F", "Robbery", "Under investigation")));
    // May: two Robbery rows under investigation and one with no outcome (null counts as "");
    // June: one more under investigation, a cell of its own; 4 rows of force F in all.
    assertThat(RowTally.sum(List.of(may, june)))
        .isEqualTo(
            new RowTally(
                Map.of("F", 4L),
                Map.of(
                    new RowTally.OutcomeCell("Robbery", MAY, "Under investigation"), 2L,
                    new RowTally.OutcomeCell("Robbery", MAY, ""), 1L,
                    new RowTally.OutcomeCell("Robbery", JUNE, "Under investigation"), 1L)));
  }
}
