package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.FileLedger;
import saferstats.model.Month;

/**
 * Month folders and input folders reached through symbolic links are read as if they were there; a
 * link back to a folder that holds it (a loop) is not followed again, with a note.
 *
 * <p>Counts of the sample's Met street files, worked out with the shell, not the tool:
 *
 * <pre>
 * zcat sample-data/police-uk/2024-01/2024-01-metropolitan-street.csv.gz | tail -n +2 | wc -l  # 7601
 * zcat ... | tail -n +2 | grep -v '^,' | sort | uniq -d -c    # 5 extra copies: 7601 - 5 = 7596 kept
 * </pre>
 */
class LinkedFoldersTest {
  private static final String MPS = "Metropolitan Police Service";
  private static final Month JANUARY = Month.of(2024, 1);

  @TempDir Path dir;

  private Path copy(String month, String relative) throws IOException {
    return SampleStreetFiles.copy(dir, month, relative);
  }

  private static long rows(IngestResult r, Month month) {
    return r.counts().get(MPS).get(month).values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void aMonthFolderLinkedFromElsewhereIsRead() throws IOException {
    copy("2023-12", "col/2023-12/2023-12-metropolitan-street.csv");
    copy("2024-01", "saved/2024-01/2024-01-metropolitan-street.csv");
    copy("2024-02", "col/2024-02/2024-02-metropolitan-street.csv");
    Files.createSymbolicLink(dir.resolve("col/2024-01"), dir.resolve("saved/2024-01"));
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.resolve("col").toString());
    // January is read through the link: present, 7596 kept rows, not a missing month.
    assertThat(r.coverage().get(MPS).missing()).isEmpty();
    assertThat(rows(r, JANUARY)).isEqualTo(7596);
  }

  @Test
  void anInputFolderThatIsALinkIsRead() throws IOException {
    copy("2024-01", "saved/2024-01/2024-01-metropolitan-street.csv");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("saved"));
    IngestResult r = IngestTestSupport.read(new Selection.None(), link.toString());
    assertThat(r.files())
        .extracting(FileLedger::name)
        .containsExactly(link.resolve("2024-01/2024-01-metropolitan-street.csv").toString());
    assertThat(rows(r, JANUARY)).isEqualTo(7596);
  }

  @Test
  void aLinkBackToAFolderHoldingItIsNotFollowedAgainAndIsNoted() throws IOException {
    copy("2024-01", "col/2024-01/2024-01-metropolitan-street.csv");
    Path back = Files.createSymbolicLink(dir.resolve("col/2024-01/back"), dir.resolve("col"));
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.resolve("col").toString());
    // The one file is read once: no second copy of January through the loop.
    assertThat(r.files()).hasSize(1);
    assertThat(r.duplicatePartitions()).isEmpty();
    assertThat(rows(r, JANUARY)).isEqualTo(7596);
    assertThat(Notes.forInputs(new Inputs(r)))
        .contains(
            back
                + " is a symbolic link back to a folder that holds it (a loop); it was not"
                + " followed, so each file under it is read once.");
  }
}
