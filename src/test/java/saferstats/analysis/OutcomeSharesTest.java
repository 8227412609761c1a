package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.RowTally;

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
    List<PoliceRow> crimes =
        List.of(
            crime("s1", "High Street", "Under investigation"),
            crime("s1", "Station Road", "Under investigation"),
            crime("s2", "High Street", "Under investigation"),
            crime("", "Park Lane", "Offender given a caution"));
    OutcomeShares shares =
        OutcomeShares.of(
            List.of(
                outcome("s1", MAY, "Unable to prosecute suspect"),
                outcome("s1", JUNE, "Suspect charged"),
                outcome("s1", JUNE, "Offender fined"),
                outcome("s2", MAY, "Under investigation"),
                outcome("", JUNE, "Local resolution")),
            crimes,
            RowTally.of(crimes));
    // Each of the four crimes gets one outcome: s1's three outcome rows and the blank-ID outcome
    // row are reduced before the join (a plain join would give s1's two crimes 3 rows each).
    // s1's two crimes and s2 are covered by the files; the blank-ID crime (Park Lane) matches
    // nothing and keeps its street row's outcome.
    // s1's newest month is 2024-06 and of its two June rows the later (Offender fined) wins.
    assertThat(crimes.stream().map(shares::latest).toList())
        .containsExactly(
            new OutcomeShares.Latest("Offender fined", true),
            new OutcomeShares.Latest("Offender fined", true),
            new OutcomeShares.Latest("Under investigation", true),
            new OutcomeShares.Latest("Offender given a caution", false));
  }
}
