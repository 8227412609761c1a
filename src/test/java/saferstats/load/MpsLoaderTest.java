package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static saferstats.load.LoadInputs.comparator;
import static saferstats.load.LoadInputs.count;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.months;
import static saferstats.load.LoadInputs.sum;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.model.UserError;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;

/**
 * MPS borough tables loaded as an area, from two hand-written releases (SPEC 1.4):
 *
 * <pre>
 * old.csv 2024-01..03   Harrow burglary 5, 6, 7; Harrow robbery (blank), 2, 2;
 *                       Brent burglary 10 a month; the airports' burglary 100 a month
 * new.csv 2024-02..04   Harrow burglary 8, 9, 4; Harrow robbery 3 a month; Brent burglary 20 a month
 * </pre>
 *
 * new.csv ends later, so it is the newer: each month comes from it where it has the month.
 */
class MpsLoaderTest {
  static final String BURGLARY = "Burglary/Burglary - Residential";
  static final String ROBBERY = "Robbery/Robbery of Personal Property";
  private static final String HEADER = "MajorText,MinorText,BoroughName,";
  private static final String WARDS = "src/test/resources/fixtures/mps/ward/ward.csv";

  @TempDir static Path dir;
  static Path old;
  static Path young;

  @BeforeAll
  static void write() {
    old =
        LoadInputs.write(
            dir.resolve("old.csv"),
            List.of(
                HEADER + "202401,202402,202403",
                "Burglary,Burglary - Residential,Harrow,5,6,7",
                "Robbery,Robbery of Personal Property,Harrow,,2,2",
                "Burglary,Burglary - Residential,Brent,10,10,10",
                "Burglary,Burglary - Residential,London Heathrow and London City Airports,100,100,100"));
    young =
        LoadInputs.write(
            dir.resolve("new.csv"),
            List.of(
                HEADER + "202402,202403,202404",
                "Burglary,Burglary - Residential,Harrow,8,9,4",
                "Robbery,Robbery of Personal Property,Harrow,3,3,3",
                "Burglary,Burglary - Residential,Brent,20,20,20"));
  }

  static MpsData mps(Path... tables) {
    return LoadInputs.read(new Selection.Area("Harrow"), tables).mps();
  }

  private static AreaContext harrow(Optional<String> end, Path... tables) {
    return MpsLoader.resolve(mps(tables), "Harrow", end.map(LoadInputs::m));
  }

  @Test
  void aBoroughIsItsOwnTableAndLondonItsComparator() {
    AreaContext a = harrow(Optional.empty(), old, young);
    assertThat(a.area()).isEqualTo("Harrow — MPS borough table");
    assertThat(a.force()).isEqualTo("Metropolitan Police Service");
    assertThat(a.comparatorName()).isEqualTo("London (all boroughs)");
    // The tables together cover 2024-01..04 with no gap; the end is their last month.
    assertThat(a.coverage().first()).isEqualTo(m("2024-01"));
    assertThat(a.coverage().missing()).isEmpty();
    assertThat(a.end()).isEqualTo(m("2024-04"));
    assertThat(a.categories()).containsExactly(BURGLARY, ROBBERY);
    assertThat(a.forceUnlocated()).isNull();
  }

  @Test
  void eachMonthComesFromTheNewestReleaseHavingItAndABlankCellIsMissing() {
    AreaContext a = harrow(Optional.empty(), old, young);
    // 2024-01 only old has (5); 2024-02..04 new has (8, 9, 4), replacing old's 6 and 7.
    assertThat(count(a, BURGLARY, "2024-01")).isEqualTo(5);
    assertThat(count(a, BURGLARY, "2024-02")).isEqualTo(8);
    assertThat(count(a, BURGLARY, "2024-03")).isEqualTo(9);
    assertThat(count(a, BURGLARY, "2024-04")).isEqualTo(4);
    // Robbery 2024-01 is blank in old, the only release with it: no count, never 0.
    assertThat(months(a, ROBBERY)).containsExactly("2024-02", "2024-03", "2024-04");
    // London: Harrow and Brent; the airports are a pseudo-borough, not London.
    // 2024-01 from old 5 + 10 = 15; 2024-02 from new 8 + 20 = 28.
    assertThat(comparator(a, BURGLARY, "2024-01")).isEqualTo(15);
    assertThat(comparator(a, BURGLARY, "2024-02")).isEqualTo(28);
  }

  @Test
  void spansNoReleaseCoversAreSplicedNewestFirstAndSaySo() {
    AreaContext a = harrow(Optional.empty(), old, young);
    // End 2024-04. 12-month span 2022-05..2024-04, quarter Jan-Mar 2024 with Jan-Mar 2023, trend
    // 2021-05..2024-04: each has 2024-01 from old and 2024-02.. from new, two runs, spliced. The
    // financial year to date (2024-04 with 2023-04) has only new's 2024-04: one run, not spliced.
    assertThat(a.splicedSpans())
        .containsExactly(SeriesSpan.TWELVE, SeriesSpan.QUARTER, SeriesSpan.TREND);
    SpanSource twelve = a.spans().get(SeriesSpan.TWELVE);
    // Shared months 2024-02 and 03: new's Harrow total 8 + 3 + 9 + 3 = 23, old's 6 + 2 + 7 + 2 =
    // 17; 23 / 17 - 1 = +35.3%.
    assertThat(twelve.splice())
        .startsWith(
            "release-splice: no single MPS release covers the 12-month comparison (2022-05 to"
                + " 2024-04) for Harrow — MPS borough table, so its months are taken newest first:"
                + " 2024-01 to 2024-01 from ")
        .contains("; 2024-02 to 2024-04 from ")
        .endsWith(
            "; the source changes at 2024-02 (on the 2 months both publish, all crime 23 against"
                + " 17, +35.3%).");
    assertThat(twelve.origin()).isEqualTo("2 releases");
    // The span's months inside the tables, 2024-01..04, each with a release.
    assertThat(twelve.coverage().first()).isEqualTo(m("2024-01"));
    assertThat(twelve.coverage().present()).isEqualTo(4);
    assertThat(a.spans().get(SeriesSpan.FYTD).splice()).isNull();
  }

  @Test
  void theAreaAsOneSpanSeesThatSpansCountsWithItsMissingCells() {
    AreaContext twelve = harrow(Optional.empty(), old, young).at(SeriesSpan.TWELVE);
    List<Month> months = twelve.windows().twelve().now().months();
    // current12 2023-05..2024-04 in the tables: 5 + 8 + 9 + 4 = 26 burglaries.
    assertThat(sum(months.subList(8, 12), mo -> count(twelve, BURGLARY, mo))).isEqualTo(26);
    // Robbery 2024-01 is old's blank cell: held as missing (null), not left out, not 0.
    assertThat(twelve.coverage().covers(m("2024-01"))).isTrue();
    assertThat(count(twelve, ROBBERY, "2024-01")).isNull();
    assertThat(count(twelve, ROBBERY, "2024-02")).isEqualTo(3);
    // London from the same release month by month: 2024-01 old 5 + 10, 2024-04 new 4 + 20.
    assertThat(comparator(twelve, BURGLARY, "2024-01")).isEqualTo(15);
    assertThat(comparator(twelve, BURGLARY, "2024-04")).isEqualTo(24);
  }

  @Test
  void oneReleaseAloneIsNeverASplice() {
    AreaContext a = harrow(Optional.empty(), young);
    assertThat(a.splicedSpans()).isEmpty();
    assertThat(a.spans().get(SeriesSpan.TWELVE).origin()).endsWith("(2024-02 to 2024-04)");
    assertThat(a.coverage().first()).isEqualTo(m("2024-02"));
  }

  @Test
  void anEndOutsideTheTablesIsRefused() {
    UserError e =
        catchThrowableOfType(UserError.class, () -> harrow(Optional.of("2024-05"), old, young));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage())
        .isEqualTo("--end 2024-05 is outside the data for MPS borough tables (2024-01 to 2024-04)");
  }

  @Test
  void anUnknownBoroughIsRefusedWithTheClosestBoroughs() {
    UserError e =
        catchThrowableOfType(
            UserError.class, () -> MpsLoader.resolve(mps(old), "Harow", Optional.empty()));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage()).isEqualTo("no borough or ward 'Harow' in the MPS tables");
    // "Harow" is one edit from "Harrow".
    assertThat(e.hint()).startsWith("did you mean 'Harrow', ");
  }

  @Test
  void onWardTablesABoroughIsItsWardsSummedAndAWardIsFoundByCode() {
    MpsData wards = mps(Path.of(WARDS));
    // Harrow's wards: Greenhill E05013555 (3, 4) and Roxbourne (2, 2): 5 and 6.
    AreaContext borough = MpsLoader.resolve(wards, "Harrow", Optional.empty());
    assertThat(borough.area()).isEqualTo("Harrow — sum of 2 MPS wards");
    assertThat(count(borough, BURGLARY, "2022-01")).isEqualTo(5);
    assertThat(count(borough, BURGLARY, "2022-02")).isEqualTo(6);
    assertThat(borough.comparatorName()).isEqualTo("London (all wards)");
    // London: the three wards outside Aviation Security: 3 + 2 + 9 = 14 (Heathrow Villages' 1 out).
    assertThat(comparator(borough, BURGLARY, "2022-01")).isEqualTo(14);
    AreaContext ward = MpsLoader.resolveAt(wards, "E05013555", Level.WARD, Optional.empty());
    assertThat(ward.area()).isEqualTo("Greenhill (E05013555, Harrow) — MPS ward table");
    assertThat(count(ward, BURGLARY, "2022-02")).isEqualTo(4);
  }

  @Test
  void aWardNameTwoBoroughsShareAsksForTheCode() {
    UserError e =
        catchThrowableOfType(
            UserError.class,
            () -> MpsLoader.resolve(mps(Path.of(WARDS)), "Greenhill", Optional.empty()));
    assertThat(e.getMessage()).isEqualTo("ward name 'Greenhill' is used in 2 boroughs");
    assertThat(e.hint())
        .isEqualTo("pass the ward code: E05013555 (Harrow), E05099999 (Otherborough)");
  }
}
