package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.Rejection;
import saferstats.model.UserError;

/**
 * A police.uk file holding two whole months (two monthly files joined with {@code cat}) is refused
 * with one line naming the months and their rows, not read as its larger month with the other
 * month's rows rejected and that month reported missing. A handful of odd rows stay rejections.
 *
 * <p>Rows of the sample's Met street files ({@code zcat ... | tail -n +2 | wc -l}, every row of
 * each file carrying its month): 2024-01 7601, 2024-02 7573.
 */
class JoinedMonthsTest {
  @TempDir Path dir;

  @Test
  void twoMonthlyFilesJoinedIntoOneAreRefusedWithTheirMonthsAndRows() throws IOException {
    Path joined = SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    Path february = SampleStreetFiles.copy(dir, "2024-02", "x/2024-02-metropolitan-street.csv");
    // As `cat jan.csv feb.csv > jan.csv` would: February's header line sits in the middle.
    Files.write(joined, Files.readAllBytes(february), StandardOpenOption.APPEND);
    Files.delete(february);
    assertThatThrownBy(() -> IngestTestSupport.read(new Selection.None(), joined.toString()))
        .isInstanceOf(UserError.class)
        .hasMessage(
            joined
                + " holds the rows of 2 months (2024-01: 7601 rows, 2024-02: 7573 rows), as if"
                + " monthly files were joined into one")
        .satisfies(
            e -> {
              UserError u = (UserError) e;
              assertThat(u.exitCode()).isEqualTo(UserError.INPUT);
              assertThat(u.hint()).startsWith("split it into one file per month");
            });
  }

  @Test
  void rowsOfAnotherMonthBelowATenthOfTheFileAreRejectedNotRefused() throws IOException {
    Path file = SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    Path february = SampleStreetFiles.copy(dir, "2024-02", "x/2024-02-metropolitan-street.csv");
    // 700 of February's rows (lines 2..701) appended: 700 of 8301 valid rows is 8.4 %, under a
    // tenth, so they are rejected one by one and January stands with 7601 - 5 extra copies.
    java.util.List<String> rows = Files.readAllLines(february).subList(1, 701);
    Files.write(file, rows, StandardOpenOption.APPEND);
    Files.delete(february);
    FileLedger f =
        IngestTestSupport.read(new Selection.None(), dir.resolve("2024-01").toString())
            .files()
            .get(0);
    assertThat(f.rejectedByReason()).containsEntry(Rejection.OTHER_MONTH, 700L);
    assertThat(f.kept()).isEqualTo(7596);
  }
}
