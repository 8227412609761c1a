package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;
import saferstats.model.UserError;

class IngestTest {
  private static final String Q = "src/test/resources/fixtures/quirks/";
  private static final String FIRST = Q + "first/2024-01-test-street.csv";
  private static final String SECOND = Q + "second/2024-01-test-street.csv";

  static IngestResult read(Selection selection, boolean strict, boolean keep, String... inputs) {
    return new Ingest(new ReadOptions(selection, strict, keep), 2)
        .read(InputResolver.resolve(List.of(inputs)), n -> {});
  }

  @Test
  void everyQuirkyRowIsAccountedFor() {
    FileLedger f = read(new Selection.None(), false, false, FIRST).files().get(0);
    // Lines 2-14: 13 rows. Rejected: 9 too few, 10 bad month, 11 other month, 12 bad
    // coordinates, 13 too many = 5. Duplicate: line 3 = 1. Kept: 13 - 5 - 1 = 7.
    assertThat(f.read()).isEqualTo(13);
    assertThat(f.rejected()).isEqualTo(5);
    assertThat(f.duplicateRows()).isEqualTo(1);
    assertThat(f.kept()).isEqualTo(7);
    assertThat(f.read()).isEqualTo(f.kept() + f.rejected() + f.duplicates());
    assertThat(f.sharedIds()).as("line 4 shares aaa1 with line 2").isEqualTo(1);
    assertThat(f.noLocation()).as("line 7").isEqualTo(1);
    assertThat(f.rejectedByReason())
        .containsEntry(Rejection.FIELD_COUNT, 2L)
        .containsEntry(Rejection.BAD_MONTH, 1L)
        .containsEntry(Rejection.OTHER_MONTH, 1L)
        .containsEntry(Rejection.BAD_COORDINATES, 1L);
    assertThat(f.firstRejections())
        .extracting(Rejection::line)
        .containsExactlyInAnyOrder(9L, 10L, 11L, 12L, 13L);
  }

  @Test
  void rejectionsSayWhereAndWhy() {
    List<Rejection> r =
        read(new Selection.None(), false, false, FIRST).files().get(0).firstRejections();
    assertThat(r)
        .extracting(Rejection::describe)
        .contains(
            FIRST + ", line 9: too few fields: expected 12, found 3",
            FIRST + ", line 10: bad month '2024-13' (expected YYYY-MM)",
            FIRST
                + ", line 11: month 2023-12 differs from the file's month 2024-01, which 8 of its 9"
                + " valid rows carry",
            FIRST + ", line 12: unparseable coordinates 'abc,51.500000'",
            FIRST + ", line 13: too many fields: expected 12, found 13");
  }

  @Test
  void areaRowsAreSelectedByLsoaNameAndBomCrlfAndQuotedCommasAreRead() {
    IngestResult r = read(new Selection.Area("testham"), false, false, FIRST);
    // Kept rows in Testham: lines 2, 4 (Burglary), 5, 6 (ASB, blank ids), 8 (Vehicle crime),
    // 14 (Drugs). Line 7 has no location so it is in no area.
    assertThat(r.selected()).hasSize(6);
    assertThat(r.selected())
        .extracting(PoliceRow::location)
        .contains("On or near Station Road, North", "On or near ");
    assertThat(r.selected().get(0).crimeId()).isEqualTo("aaa1");
  }

  @Test
  void keepDuplicatesKeepsIdenticalRows() {
    FileLedger f = read(new Selection.None(), false, true, FIRST).files().get(0);
    assertThat(f.kept()).isEqualTo(8);
    assertThat(f.duplicateRows()).isZero();
    // Line 3 repeats line 2's id, so it now also counts as a shared id.
    assertThat(f.sharedIds()).isEqualTo(2);
  }

  @Test
  void duplicateMonthInSecondFolderReplacesTheFirst() {
    IngestResult r = read(new Selection.Area("Testham"), false, false, FIRST, SECOND);
    FileLedger first = r.files().get(0);
    FileLedger second = r.files().get(1);
    // first's 7 kept rows are superseded: read 13 = 0 kept + 5 rejected + (1 + 7) duplicates.
    assertThat(first.kept()).isZero();
    assertThat(first.superseded()).isEqualTo(7);
    assertThat(first.duplicates()).isEqualTo(8);
    assertThat(first.read()).isEqualTo(first.kept() + first.rejected() + first.duplicates());
    assertThat(second.kept()).isEqualTo(3);
    assertThat(r.selected()).extracting(PoliceRow::crimeId).containsExactly("bbb1", "bbb2", "");
    assertThat(r.duplicatePartitions()).hasSize(1);
    DuplicatePartition d = r.duplicatePartitions().get(0);
    assertThat(d.replaced()).isEqualTo(FIRST);
    assertThat(d.usedInstead()).isEqualTo(SECOND);
    assertThat(d.identical()).isFalse();
  }

  @Test
  void theInputListedLastWinsWhateverTheFolderNames() {
    IngestResult r = read(new Selection.Area("Testham"), false, false, SECOND, FIRST);
    assertThat(r.selected()).hasSize(6);
    assertThat(r.files().get(0).superseded()).isEqualTo(3);
  }

  @Test
  void theSameFileTwiceIsAnIdenticalDuplicatePartition() {
    IngestResult r = read(new Selection.None(), false, false, SECOND, SECOND);
    assertThat(r.duplicatePartitions())
        .singleElement()
        .extracting(DuplicatePartition::identical)
        .isEqualTo(true);
  }

  @Test
  void strictMakesTheFirstRejectedRowAnError() {
    assertThatThrownBy(() -> read(new Selection.None(), true, false, FIRST))
        .isInstanceOf(UserError.class)
        .hasMessage(FIRST + ", line 9: too few fields: expected 12, found 3")
        .extracting(e -> ((UserError) e).exitCode())
        .isEqualTo(3);
  }

  @Test
  void monthsWithNoStreetFileBetweenFirstAndLastAreMissing() {
    String w = "src/test/resources/fixtures/windows/";
    IngestResult r =
        read(new Selection.None(), false, false, w + "2023-08", w + "2023-11", w + "2023-09");
    ForceCoverage c = r.coverage().get("Test Constabulary");
    assertThat(c.first()).isEqualTo(Month.of(2023, 8));
    assertThat(c.last()).isEqualTo(Month.of(2023, 11));
    assertThat(c.missing()).containsExactly(Month.of(2023, 10));
    assertThat(c.covers(Month.of(2023, 10))).isFalse();
    assertThat(c.covers(Month.of(2023, 9))).isTrue();
  }

  @Test
  void outsideTheAreaOnlyCountsAreKept() {
    IngestResult r =
        read(new Selection.Area("Testham"), false, false, "src/test/resources/fixtures/windows");
    // 27 months; every month has 1 Otherton row and 1 no-location row besides Testham's.
    assertThat(r.localAuthorities()).containsEntry("Otherton", 27L);
    // The same rows by authority and force (a force's partnerships), and by month and category: one
    // Otherton burglary a month, 2022-04 first; the no-location rows are in no authority.
    assertThat(r.authorityForces().get("Otherton"))
        .containsExactly(Map.entry("Test Constabulary", 27L));
    assertThat(r.authorities().get("Otherton")).hasSize(27);
    assertThat(r.authorities().get("Otherton").get(Month.of(2022, 4)))
        .containsExactly(Map.entry("Burglary", 1L));
    assertThat(r.authorityForces()).doesNotContainKey("");
    long forceBurglary =
        r.counts().get("Test Constabulary").values().stream()
            .mapToLong(m -> m.getOrDefault("Burglary", 0L))
            .sum();
    assertThat(forceBurglary)
        .isEqualTo(r.selected().stream().filter(x -> x.category().equals("Burglary")).count() + 54);
  }
}
