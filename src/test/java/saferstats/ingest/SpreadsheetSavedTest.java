package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.Month;
import saferstats.model.PoliceRow;

/** A police.uk file opened and saved in Excel reads as the download it came from. */
class SpreadsheetSavedTest {
  private static final String DIR = "src/test/resources/fixtures/excel/";
  private static final String ORIGINAL = DIR + "original/2024-08-city-of-london-street.csv";
  private static final String SAVED = DIR + "saved/2024-08-city-of-london-street.csv";

  @Test
  void anExcelSavedCopyReadsTheSameFiguresAsTheOriginal() {
    IngestResult original = IngestTestSupport.read(new Selection.Area("City of London"), ORIGINAL);
    IngestResult saved = IngestTestSupport.read(new Selection.Area("City of London"), SAVED);
    FileLedger o = original.files().get(0);
    FileLedger s = saved.files().get(0);
    // 14 rows: 11 crimes, 2 ASB with blank Crime ID, 1 No Location bicycle theft. None rejected.
    assertThat(o.read()).isEqualTo(14);
    assertThat(s.read()).isEqualTo(14);
    assertThat(s.rejected()).isZero();
    assertThat(s.kept()).isEqualTo(o.kept()).isEqualTo(14);
    assertThat(s.noLocation()).isEqualTo(o.noLocation()).isEqualTo(2);
    assertThat(s.months()).containsExactly(Month.of(2024, 8));
    assertThat(saved.counts()).isEqualTo(original.counts());
    // City of London LSOAs: rows 4-11 (001A) and the ASB row in 001C: 9 selected.
    assertThat(saved.selected()).hasSize(9);
    assertThat(saved.selected())
        .extracting(PoliceRow::crimeId, PoliceRow::category, PoliceRow::lsoaName)
        .isEqualTo(
            original.selected().stream()
                .map(
                    r ->
                        org.assertj.core.groups.Tuple.tuple(
                            r.crimeId(), r.category(), r.lsoaName()))
                .toList());
  }

  @Test
  void theNoteSaysExcelChangedTheFile() {
    IngestResult saved = IngestTestSupport.read(new Selection.Area("City of London"), SAVED);
    List<String> notes = saved.files().get(0).notes();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0))
        .startsWith(SAVED + " was saved by a spreadsheet program such as Excel")
        .contains("months written as '01/08/2024' instead of YYYY-MM")
        .contains("empty columns added after the last");
    IngestResult original = IngestTestSupport.read(new Selection.Area("City of London"), ORIGINAL);
    assertThat(original.files().get(0).notes()).isEmpty();
  }

  @Test
  void monthsAsSpreadsheetsWriteThemAreTheFirstOfTheMonth() {
    assertThat(Month.parseSpreadsheet("01/08/2024")).contains(Month.of(2024, 8));
    assertThat(Month.parseSpreadsheet("8/1/2024")).contains(Month.of(2024, 8));
    assertThat(Month.parseSpreadsheet("1/1/2024")).contains(Month.of(2024, 1));
    assertThat(Month.parseSpreadsheet("2024-08-01")).contains(Month.of(2024, 8));
    assertThat(Month.parseSpreadsheet("2024-08-01 00:00:00")).contains(Month.of(2024, 8));
    assertThat(Month.parseSpreadsheet("Aug-24")).contains(Month.of(2024, 8));
    assertThat(Month.parseSpreadsheet("aug-2024")).contains(Month.of(2024, 8));
    // Not the first of a month: not a police.uk month a spreadsheet rewrote.
    assertThat(Month.parseSpreadsheet("15/08/2024")).isEmpty();
    assertThat(Month.parseSpreadsheet("2024-08-15")).isEmpty();
    assertThat(Month.parseSpreadsheet("Foo-24")).isEmpty();
  }
}
