package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.police.FileReader;
import saferstats.ingest.police.RangeReading;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.Rejection;

/**
 * A police.uk file's month is the one most of its rows carry: one odd row is rejected alone, never
 * sets the month, and never makes the file replace another month's file; a file whose name or
 * folder says another month than its rows is warned about.
 *
 * <p>Counts of the sample files, worked out with the shell, not the tool:
 *
 * <pre>
 * zcat sample-data/police-uk/2024-01/2024-01-metropolitan-street.csv.gz | wc -l        # 7602
 * zcat ... | tail -n +2 | cut -d, -f2 | sort | uniq -c                                  # 7601 2024-01
 * zcat ... | tail -n +2 | grep -v '^,' | sort | uniq -d -c                              # 5 extra copies
 * (the same for 2023-12: 7787 lines, 7786 rows of 2023-12, 4 extra copies)
 * zcat ... 2024-01 ... | sed -n 2p     # an ASB row, blank Crime ID: never a duplicate
 * </pre>
 */
class FileMonthTest {
  private static final Month DECEMBER = Month.of(2023, 12);
  private static final Month JANUARY = Month.of(2024, 1);
  private static final String MPS = "Metropolitan Police Service";

  @TempDir Path dir;

  private Path copy(String month, String relative) throws IOException {
    return SampleStreetFiles.copy(dir, month, relative);
  }

  private static void firstRowMonth(Path file, String month) throws IOException {
    SampleStreetFiles.firstRowMonth(file, month);
  }

  private IngestResult read() {
    return IngestTestSupport.read(new Selection.None(), dir.toString());
  }

  private static FileLedger ledger(IngestResult r, Path file) {
    return r.files().stream().filter(f -> f.name().equals(file.toString())).findFirst().get();
  }

  @Test
  void anOddFirstRowIsRejectedAloneAndDoesNotDecideTheMonth() throws IOException {
    copy("2023-12", "2023-12/2023-12-metropolitan-street.csv");
    Path january = copy("2024-01", "2024-01/2024-01-metropolitan-street.csv");
    firstRowMonth(january, "2023-12");
    IngestResult r = read();
    FileLedger f = ledger(r, january);
    // 7601 rows read; line 2 now says 2023-12, the other 7600 say 2024-01. The odd row is
    // rejected alone: kept = 7601 - 1 rejected - 5 duplicate copies = 7595.
    assertThat(f.read()).isEqualTo(7601);
    assertThat(f.rejected()).isEqualTo(1);
    assertThat(f.duplicates()).isEqualTo(5);
    assertThat(f.kept()).isEqualTo(7595);
    assertThat(f.months()).containsExactly(JANUARY);
    assertThat(f.rejectedByReason()).containsExactly(Map.entry(Rejection.OTHER_MONTH, 1L));
    assertThat(f.firstRejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(tuple(2L, Rejection.OTHER_MONTH));
    assertThat(f.firstRejections().get(0).detail())
        .isEqualTo(
            "month 2023-12 differs from the file's month 2024-01, which 7600 of its 7601 valid"
                + " rows carry");
    // January is present, not missing; its count is the 7595 kept rows.
    assertThat(r.coverage().get(MPS).missing()).isEmpty();
    long januaryRows =
        r.counts().get(MPS).get(JANUARY).values().stream().mapToLong(Long::longValue).sum();
    assertThat(januaryRows).isEqualTo(7595);
  }

  @Test
  void anOddRowNeverMakesTheFileReplaceThePrecedingMonthsFile() throws IOException {
    Path december = copy("2023-12", "2023-12/2023-12-metropolitan-street.csv");
    Path january = copy("2024-01", "2024-01/2024-01-metropolitan-street.csv");
    firstRowMonth(january, "2023-12");
    IngestResult r = read();
    assertThat(r.duplicatePartitions()).isEmpty();
    FileLedger f = ledger(r, december);
    // December's own file: 7786 rows, 4 duplicate copies, none superseded: 7786 - 4 = 7782 kept.
    assertThat(f.superseded()).isZero();
    assertThat(f.kept()).isEqualTo(7782);
    long decemberRows =
        r.counts().get(MPS).get(DECEMBER).values().stream().mapToLong(Long::longValue).sum();
    assertThat(decemberRows).isEqualTo(7782);
  }

  @Test
  void aFileWhoseNameAndFolderSayAnotherMonthThanItsRowsIsWarnedAbout() throws IOException {
    // January's rows, unchanged, filed as February: read as January (all 7601 rows say so),
    // with a note that the name and folder say otherwise.
    Path misfiled = copy("2024-01", "2024-02/2024-02-metropolitan-street.csv");
    IngestResult r = read();
    FileLedger f = ledger(r, misfiled);
    assertThat(f.months()).containsExactly(JANUARY);
    assertThat(f.rejected()).isZero();
    assertThat(f.kept()).isEqualTo(7601 - 5);
    assertThat(f.notes())
        .containsExactly(
            misfiled
                + ": its name and folder say 2024-02 but its rows say 2024-01 (7601 of its 7601"
                + " valid rows), so it is read as 2024-01. Check that it is the download you meant for"
                + " 2024-02.");
  }

  @Test
  void aFolderThatDisagreesWithTheRowsIsWarnedAboutAlone() throws IOException {
    Path misfiled = copy("2024-01", "2024-02/2024-01-metropolitan-street.csv");
    FileLedger f = ledger(read(), misfiled);
    assertThat(f.months()).containsExactly(JANUARY);
    assertThat(f.notes())
        .singleElement()
        .asString()
        .startsWith(misfiled + ": its folder says 2024-02 but its rows say 2024-01");
  }

  @Test
  void strictTheOddRowIsTheErrorNotTheRowsAfterIt() throws IOException {
    Path january = copy("2024-01", "2024-01/2024-01-metropolitan-street.csv");
    firstRowMonth(january, "2023-12");
    assertThatThrownBy(
            () ->
                new Ingest(new ReadOptions(new Selection.None(), true, false), 1)
                    .read(InputResolver.resolve(List.of(dir.toString())), n -> {}))
        .hasMessage(
            january
                + ", line 2: month 2023-12 differs from the file's month 2024-01, which 7600 of its"
                + " 7601 valid rows carry");
  }

  @Test
  void aFileWhoseNameAgreesWithItsRowsHasNoNote() throws IOException {
    Path january = copy("2024-01", "2024-01/2024-01-metropolitan-street.csv");
    firstRowMonth(january, "2023-12");
    assertThat(ledger(read(), january).notes()).isEmpty();
  }

  @Test
  void theOddFirstRowReadInRangesIsDecidedAsOneReaderDecidesIt() throws IOException {
    Path january = copy("2024-01", "2024-01/2024-01-metropolitan-street.csv");
    firstRowMonth(january, "2023-12");
    ReadOptions options =
        new ReadOptions(new Selection.None(), false, false, List.of(), LocalDate.of(2024, 7, 15));
    InputFile in = InputResolver.resolve(List.of(january.toString())).get(0);
    FileResult one =
        new FileReader(options, MpsCategories.shipped(), RangeReading.NONE).read(in, n -> {});
    // Ranges of 64 KB: the file's 1.7 MB is read as some 27 ranges on 3 threads.
    FileResult ranges =
        new FileReader(options, MpsCategories.shipped(), new RangeReading(3, 0, 64 << 10))
            .read(in, n -> {});
    assertThat(ranges).isEqualTo(one);
    assertThat(ranges.partitions()).extracting(p -> p.key().month()).containsOnly(JANUARY);
    assertThat(ranges.rejectedByReason()).containsEntry(Rejection.OTHER_MONTH, 1L);
  }
}
