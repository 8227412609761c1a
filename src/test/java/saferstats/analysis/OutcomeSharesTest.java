package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.load.AreaTable;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.StreetColumns;
import tech.tablesaw.api.Table;

class OutcomeSharesTest {
  private static final Month MAY = Month.of(2024, 5);
  private static final Month JUNE = Month.of(2024, 6);

  private static PoliceRow crime(String id, String location, String lastOutcome) {
    return new PoliceRow(
        id,
        MAY,
        "F",
        "F",
        -0.33,
        51.59,
        location,
        "E01002111",
        "Harrow 001A",
        "Burglary",
        lastOutcome);
  }

  private static PoliceRow outcome(String id, Month month, String type) {
    return new PoliceRow(
        id, month, "F", "F", -0.33, 51.59, "High Street", "E01002111", "Harrow 001A", type, "");
  }

  @Test
  void joiningOnCrimeIdKeepsEachCrimeOneRowWithItsNewestOutcome() {
    Table crimes =
        AreaTable.of(
            "crimes",
            List.of(
                crime("s1", "High Street", "Under investigation"),
                crime("s1", "Station Road", "Under investigation"),
                crime("s2", "High Street", "Under investigation"),
                crime("", "Park Lane", "Offender given a caution")));
    OutcomeShares shares =
        OutcomeShares.of(
            List.of(
                outcome("s1", MAY, "Unable to prosecute suspect"),
                outcome("s1", JUNE, "Suspect charged"),
                outcome("s1", JUNE, "Offender fined"),
                outcome("s2", MAY, "Under investigation"),
                outcome("", JUNE, "Local resolution")),
            crimes);
    OutcomeShares.Joined joined = shares.withLatest(crimes);
    // Four crimes in, four rows out: s1's three outcome rows and the blank-ID outcome row are
    // reduced before the join (a plain join would give s1's two crimes 3 rows each: 8 rows).
    // s1's two crimes and s2 are covered; the blank-ID crime matches nothing.
    Table covered = joined.covered();
    assertThat(covered.rowCount()).isEqualTo(3);
    assertThat(joined.uncovered().rowCount()).isEqualTo(1);
    assertThat(joined.uncovered().stringColumn(StreetColumns.LOCATION).get(0))
        .isEqualTo("Park Lane");
    // s1's newest month is 2024-06 and of its two June rows the later (Offender fined) wins.
    for (int i = 0; i < covered.rowCount(); i++) {
      String latest = covered.stringColumn(OutcomeShares.LATEST).get(i);
      switch (covered.stringColumn(StreetColumns.CRIME_ID).get(i)) {
        case "s1" -> assertThat(latest).isEqualTo("Offender fined");
        case "s2" -> assertThat(latest).isEqualTo("Under investigation");
        default -> throw new AssertionError("unexpected crime " + covered.row(i));
      }
    }
    assertThat(covered.stringColumn(StreetColumns.CRIME_ID).countOccurrences("s1")).isEqualTo(2);
  }
}
