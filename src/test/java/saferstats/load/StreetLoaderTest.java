package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static saferstats.load.LoadInputs.comparator;
import static saferstats.load.LoadInputs.count;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.months;
import static saferstats.load.LoadInputs.rowMonths;
import static saferstats.load.LoadInputs.street;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.IngestResult;
import saferstats.ingest.result.Selection;
import saferstats.model.UserError;

/**
 * Street rows loaded as an area. The inputs, written by hand:
 *
 * <pre>
 * Test Constabulary   2024-01  Testham 001A Burglary, Testham 002B Burglary, Testham 001A Robbery,
 *                              Otherton 001A Burglary, a Burglary with no location
 *                     2024-02  Testham 001A Burglary, Otherton 001A Robbery ×2, Otherton 001A Drugs
 *                     2024-03  no file (a month the force did not publish)
 *                     2024-04  Testham 001A Burglary ×3
 * British Transport   2024-04  Testham 002B Robbery
 * </pre>
 */
class StreetLoaderTest {
  private static final String TEST = "Test Constabulary";
  private static final String BTP = "British Transport Police";

  @TempDir static Path dir;

  @BeforeAll
  static void write() {
    street(
        dir,
        "2024-01",
        TEST,
        "Testham 001A|Burglary",
        "Testham 002B|Burglary",
        "Testham 001A|Robbery",
        "Otherton 001A|Burglary",
        "|Burglary");
    street(
        dir,
        "2024-02",
        TEST,
        "Testham 001A|Burglary",
        "Otherton 001A|Robbery",
        "Otherton 001A|Robbery",
        "Otherton 001A|Drugs");
    street(
        dir,
        "2024-04",
        TEST,
        "Testham 001A|Burglary",
        "Testham 001A|Burglary",
        "Testham 001A|Burglary");
    street(dir, "2024-04", BTP, "Testham 002B|Robbery");
  }

  private static AreaContext load(Selection s, Optional<String> end) {
    IngestResult in = LoadInputs.read(s, dir);
    return StreetLoader.resolve(in, s, end.map(LoadInputs::m));
  }

  private static AreaContext testham() {
    return load(new Selection.Area("Testham"), Optional.empty());
  }

  @Test
  void theAreaCountsItsOwnRowsOfEveryForceByCategoryAndMonth() {
    AreaContext a = testham();
    assertThat(a.area()).isEqualTo("Testham");
    // Burglary in Testham: 2 in 2024-01 (001A, 002B), 1 in 2024-02, 3 in 2024-04.
    assertThat(count(a, "Burglary", "2024-01")).isEqualTo(2);
    assertThat(count(a, "Burglary", "2024-02")).isEqualTo(1);
    assertThat(count(a, "Burglary", "2024-04")).isEqualTo(3);
    // Robbery: 1 in 2024-01; in 2024-04 the one row is British Transport Police's, in Testham 002B,
    // so it is the area's too. No Robbery in 2024-02: absent, and 2024-03 nobody published.
    assertThat(months(a, "Robbery")).containsExactly("2024-01", "2024-04");
    assertThat(count(a, "Robbery", "2024-04")).isEqualTo(1);
    // Drugs only ever in Otherton: listed among the categories (so it can show 0), never counted.
    assertThat(months(a, "Drugs")).isEmpty();
    assertThat(a.categories()).containsExactly("Burglary", "Drugs", "Robbery");
    // 3 + 1 + 3 Test Constabulary rows in Testham and 1 of British Transport Police's.
    assertThat(a.table().rowCount()).isEqualTo(8);
  }

  @Test
  void theForceIsTheOneMostRowsFallWithinAndItsMonthsAreItsCoverage() {
    AreaContext a = testham();
    // 7 Testham rows fall within Test Constabulary, 1 within British Transport Police.
    assertThat(a.force()).isEqualTo(TEST);
    assertThat(a.comparatorName()).isEqualTo(TEST);
    // Test Constabulary published 2024-01, 02 and 04: 2024-03 is missing, not zero.
    assertThat(a.coverage().first()).isEqualTo(m("2024-01"));
    assertThat(a.coverage().last()).isEqualTo(m("2024-04"));
    assertThat(a.coverage().missing()).containsExactly(m("2024-03"));
    assertThat(a.coverage().present()).isEqualTo(3);
    // No --end: the force's last month; the 12 months to 2024-04 start in 2023-05.
    assertThat(a.end()).isEqualTo(m("2024-04"));
    assertThat(a.windows().twelve().now().from()).isEqualTo(m("2023-05"));
    assertThat(a.windows().twelve().yearEarlier().to()).isEqualTo(m("2023-04"));
  }

  @Test
  void theComparatorIsEveryRowOfTheForceAndItsUnlocatedRowsAreKeptApart() {
    AreaContext a = testham();
    // 2024-01 Burglary: Testham 001A, Testham 002B, Otherton 001A and the unlocated row = 4.
    assertThat(comparator(a, "Burglary", "2024-01")).isEqualTo(4);
    // 2024-02: Robbery 2 and Drugs 1 in Otherton, Burglary 1 in Testham.
    assertThat(comparator(a, "Robbery", "2024-02")).isEqualTo(2);
    assertThat(comparator(a, "Drugs", "2024-02")).isEqualTo(1);
    // 2024-04: 3 Burglary; British Transport Police's robbery is not Test Constabulary's, so
    // the force, which published 2024-04, has 0 robberies that month (a count, not a gap).
    assertThat(comparator(a, "Burglary", "2024-04")).isEqualTo(3);
    assertThat(comparator(a, "Robbery", "2024-04")).isEqualTo(0);
    // The one row with no location, in 2024-01, which no area can hold.
    assertThat(comparator(a.forceUnlocated(), "Burglary", "2024-01")).isEqualTo(1);
    assertThat(rowMonths(a.forceUnlocated(), a.categories())).containsExactly("2024-01");
  }

  @Test
  void aWholeForceHoldsItsUnlocatedRowsAndIsItsOwnComparator() {
    AreaContext f = load(new Selection.Force("test constabulary"), Optional.empty());
    // Every Test Constabulary row, located or not: 2024-01 Burglary 2 + 1 + 1 = 4, as the
    // comparator counts it; 12 rows in all (5 + 4 + 3).
    assertThat(count(f, "Burglary", "2024-01")).isEqualTo(4);
    assertThat(count(f, "Drugs", "2024-02")).isEqualTo(1);
    assertThat(f.table().rowCount()).isEqualTo(12);
    assertThat(f.comparatorName()).isNull();
    assertThat(f.forceUnlocated()).isNull();
  }

  @Test
  void anEndInsideTheDataMovesEveryWindow() {
    AreaContext a = load(new Selection.Area("Testham"), Optional.of("2024-02"));
    assertThat(a.end()).isEqualTo(m("2024-02"));
    // The 12 months to 2024-02 are 2023-03..2024-02; the financial year to date 2023-04..2024-02.
    assertThat(a.windows().twelve().now().from()).isEqualTo(m("2023-03"));
    assertThat(a.windows().fytd().now().from()).isEqualTo(m("2023-04"));
    assertThat(a.windows().fytd().now().to()).isEqualTo(m("2024-02"));
  }

  @Test
  void anEndOutsideTheDataIsRefusedNamingTheForcesMonths() {
    for (String end : List.of("2024-05", "2023-12")) {
      UserError e =
          catchThrowableOfType(
              UserError.class, () -> load(new Selection.Area("Testham"), Optional.of(end)));
      assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
      assertThat(e.line())
          .isEqualTo(
              "saferstats: --end "
                  + end
                  + " is outside the data for Test Constabulary (2024-01 to 2024-04) — choose an"
                  + " end month between 2024-01 and 2024-04, or leave --end out to use 2024-04");
    }
  }

  @Test
  void anAreaWithNoRowsIsRefusedWithTheClosestNames() {
    UserError e =
        catchThrowableOfType(
            UserError.class, () -> load(new Selection.Area("Testam"), Optional.empty()));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage()).isEqualTo("no rows for area 'Testam' in the inputs");
    // "Testam" is one edit from "Testham", five from "Otherton": Testham first.
    assertThat(e.hint()).startsWith("did you mean 'Testham', 'Otherton'?");
  }

  @Test
  void aForceWithNoRowsIsRefusedNamingTheForcesPresent() {
    UserError e =
        catchThrowableOfType(
            UserError.class, () -> load(new Selection.Force("Test Constab"), Optional.empty()));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage()).isEqualTo("no rows for force 'Test Constab' in the inputs");
    // "test constab" is inside "test constabulary", which comes before any edit distance.
    assertThat(e.hint())
        .isEqualTo("forces present include: Test Constabulary, British Transport Police");
  }

  @Test
  void theInputsHoldOnlyWhatTheFilesSaid() {
    // A check on the fixture itself: per force, the months written.
    IngestResult in = LoadInputs.read(new Selection.Area("Testham"), dir);
    assertThat(in.counts().keySet()).containsExactlyInAnyOrder(TEST, BTP);
    assertThat(in.counts().get(BTP)).isEqualTo(Map.of(m("2024-04"), Map.of("Robbery", 1L)));
  }
}
