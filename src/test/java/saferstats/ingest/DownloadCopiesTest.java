package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;

/**
 * A browser's numbered copy of a download ({@code x (1).csv.gz}) is the later download, so it comes
 * after the original and its rows replace the original's month (SPEC 1.3).
 *
 * <p>The sample's two downloads of Met 2024-03 (police-uk and police-uk-refresh): 7712 rows each, 4
 * extra copies in each, so 7708 kept; 480 rows have a newer outcome in the refresh, so they differ
 * ({@code zcat ... | tail -n +2 | grep -v '^,' | sort | uniq -d -c}; {@code diff}).
 */
class DownloadCopiesTest {
  private static final Path SAMPLE = Path.of("sample-data");

  @Test
  void aBrowsersNumberedCopyIsTheLaterDownloadAndReplacesTheOriginal(@TempDir Path dir)
      throws IOException {
    Path month = Files.createDirectories(dir.resolve("2024-03"));
    Path original = month.resolve("2024-03-metropolitan-street.csv.gz");
    Path copy = month.resolve("2024-03-metropolitan-street (1).csv.gz");
    Files.copy(SAMPLE.resolve("police-uk/2024-03/2024-03-metropolitan-street.csv.gz"), original);
    Files.copy(
        SAMPLE.resolve("police-uk-refresh/2024-03/2024-03-metropolitan-street.csv.gz"), copy);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.files())
        .extracting(FileLedger::name)
        .containsExactly(original.toString(), copy.toString());
    DuplicatePartition d = r.duplicatePartitions().get(0);
    assertThat(d.replaced()).isEqualTo(original.toString());
    assertThat(d.usedInstead()).isEqualTo(copy.toString());
    assertThat(d.identical()).isFalse();
    // The original's 7708 kept rows are superseded; the copy's 7708 stand.
    assertThat(r.files()).extracting(FileLedger::superseded).containsExactly(7708L, 0L);
    assertThat(r.files()).extracting(FileLedger::kept).containsExactly(0L, 7708L);
  }

  @Test
  void numberedCopiesSortAfterTheOriginalInNumberOrder() {
    List<String> names =
        Stream.of(
                "x (10).csv.gz",
                "x (2).csv.gz",
                "x(1).csv.gz",
                "x.csv.gz",
                "x (1).csv.gz",
                "w.csv.gz",
                "x-refresh.csv.gz")
            .map(Path::of)
            .sorted(InputResolver.BY_PATH)
            .map(Path::toString)
            .toList();
    // Chrome's "x (1)" and Firefox's "x(1)" are both the first copy; the original sorts as "x"
    // among other names.
    assertThat(names)
        .containsExactly(
            "w.csv.gz",
            "x-refresh.csv.gz",
            "x.csv.gz",
            "x (1).csv.gz",
            "x(1).csv.gz",
            "x (2).csv.gz",
            "x (10).csv.gz");
  }
}
