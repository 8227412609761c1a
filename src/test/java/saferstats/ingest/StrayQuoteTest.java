package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.ingest.csv.ColumnMap;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.Rejection;

/** police.uk fields never hold a line break: a quote left open damages one record, not eleven. */
class StrayQuoteTest {
  private static final String FILE =
      "src/test/resources/fixtures/stray-quote/2024-01-test-street.csv";

  private static IngestResult read(String... inputs) {
    ReadOptions options =
        new ReadOptions(
            new Selection.Area("testham"), false, false, List.of(), LocalDate.of(2024, 7, 15));
    return new Ingest(options, 1).read(InputResolver.resolve(List.of(inputs)), n -> {});
  }

  @Test
  void aQuoteOpenedInALocationRejectsOnlyItsOwnLine() {
    IngestResult r = read(FILE);
    FileLedger f = r.files().get(0);
    // Physical lines 2-14 are 13 rows. Line 3 opens a quote in Location that its line never
    // closes: rejected. Line 13's quote sits inside an unquoted Location, so it is text.
    // Kept: line 2, and lines 4-14 (11 rows) = 12. As one multi-line CSV record, lines 3-13
    // would instead have been one row with 12 fields: 3 rows kept in all.
    assertThat(f.read()).isEqualTo(13);
    assertThat(f.rejected()).isEqualTo(1);
    assertThat(f.kept()).isEqualTo(12);
    assertThat(f.rejectedByReason()).containsOnlyKeys(Rejection.BAD_QUOTES);
    assertThat(f.firstRejections())
        .extracting(Rejection::describe)
        .containsExactly(
            FILE
                + ", line 3: a quote opened in field 7 is not closed on this line (police.uk"
                + " fields never hold a line break)");
  }

  @Test
  void theTenRowsAfterTheStrayQuoteAreKeptAsTheyWere() {
    List<PoliceRow> rows = read(FILE).selected();
    assertThat(rows)
        .extracting(PoliceRow::crimeId)
        .containsExactly(
            "sq02", "sq04", "sq05", "sq06", "sq07", "sq08", "sq09", "sq10", "sq11", "sq12", "sq13",
            "sq14");
    // Line 13's stray closing quote stays in its Location, as Commons CSV reads it.
    assertThat(rows.get(10).location()).isEqualTo("On or near Bar Street\"");
    assertThat(rows.get(10).category()).isEqualTo("Burglary");
  }

  @Test
  void aRecordsExtractKeepsAQuotedNoteThatSpansTwoLines() {
    String csv = "src/test/resources/fixtures/records-notes/asb-with-notes.csv";
    ReadOptions options =
        new ReadOptions(
            new Selection.None(),
            false,
            false,
            List.of(ColumnMap.read(java.nio.file.Path.of(csv.replace(".csv", ".columns")))),
            LocalDate.of(2024, 7, 15));
    IngestResult r = new Ingest(options, 1).read(InputResolver.resolve(List.of(csv)), n -> {});
    // Records: N/1 (lines 2-3, its note holds a line break), N/2, N/3 = 3 read. N/3 is dated
    // 2024-07-16, the day after the clock: rejected. Kept: N/1 and N/2.
    FileLedger f = r.files().get(0);
    assertThat(f.read()).isEqualTo(3);
    assertThat(f.kept()).isEqualTo(2);
    assertThat(f.rejectedByReason()).containsOnly(java.util.Map.entry(Rejection.FUTURE_DATE, 1L));
    assertThat(r.records()).extracting(RecordRow::id).containsExactly("N/1", "N/2");
  }
}
