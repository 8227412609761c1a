package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;
import saferstats.model.Month;

/**
 * A "Reported by" force name that differs only in case or spaces is the same force: one partition
 * (so a later download of the month replaces the earlier), one force in coverage, shown as most
 * rows spell it.
 *
 * <p>Counts of the sample's Met street files, worked out with the shell, not the tool ({@code zcat
 * ... | tail -n +2 | wc -l}; extra copies by {@code grep -v '^,' | sort | uniq -d -c}): 2023-12 has
 * 7786 rows, 4 extra copies, 7782 kept; 2024-01 has 7601 rows, 5 extra copies, 7596 kept.
 */
class ForceNameSpellingTest {
  private static final String MPS = "Metropolitan Police Service";
  private static final String RESPELLED = "metropolitan police  service";

  @TempDir Path dir;

  /** Rewrites column 3 (Reported by) of every row; Falls within stays as published. */
  private static void reportedBy(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      f[2] = name;
      lines.set(i, String.join(",", f));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static long rows(IngestResult r, Month month) {
    return r.counts().get(MPS).get(month).values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void aLaterDownloadSpellingTheForceOtherwiseReplacesTheMonthAsOneForce() throws IOException {
    SampleStreetFiles.copy(dir, "2023-12", "a/2023-12/2023-12-metropolitan-street.csv");
    Path first =
        SampleStreetFiles.copy(dir, "2024-01", "a/2024-01/2024-01-metropolitan-street.csv");
    Path later =
        SampleStreetFiles.copy(dir, "2024-01", "b/2024-01/2024-01-metropolitan-street.csv");
    reportedBy(later, RESPELLED);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    // One force, spelled as most rows spell it: 7782 + 7596 rows say "Metropolitan Police
    // Service", 7596 the other way.
    assertThat(r.coverage()).containsOnlyKeys(MPS);
    assertThat(r.coverage().get(MPS).present()).isEqualTo(2);
    // January once, from the later download: 7596, not 7596 + 7596 = 15192.
    assertThat(rows(r, Month.of(2024, 1))).isEqualTo(7596);
    assertThat(rows(r, Month.of(2023, 12))).isEqualTo(7782);
    DuplicatePartition d = r.duplicatePartitions().get(0);
    assertThat(r.duplicatePartitions()).hasSize(1);
    assertThat(d.replaced()).isEqualTo(first.toString());
    assertThat(d.usedInstead()).isEqualTo(later.toString());
    assertThat(d.key().reportedBy()).isEqualTo(MPS);
    assertThat(r.files()).allSatisfy(f -> assertThat(f.forces()).containsExactly(MPS));
    assertThat(Notes.forInputs(new Inputs(r)))
        .contains(
            "The force name is spelled 2 ways that differ only in case or spaces ('Metropolitan"
                + " Police Service' 15,378 rows, 'metropolitan police  service' 7,596 rows); they"
                + " are one force, shown as Metropolitan Police Service.");
  }

  @Test
  void oneFileSpellingTheForceTwoWaysIsOnePartitionOfEveryRow() throws IOException {
    Path file = SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    // Rows on lines 2..3001 (3000 rows) spelled the other way, the other 4601 as published.
    for (int i = 1; i <= 3000; i++) {
      String[] f = lines.get(i).split(",", -1);
      f[2] = RESPELLED;
      lines.set(i, String.join(",", f));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.coverage()).containsOnlyKeys(MPS);
    FileLedger f = r.files().get(0);
    assertThat(f.forces()).containsExactly(MPS);
    // Every row is kept in the one partition. The same rewrite in the shell (awk on lines
    // 2..3001) leaves 5 extra copies (no copy straddles line 3001): 7601 - 5 = 7596.
    assertThat(f.kept()).isEqualTo(7596);
    assertThat(rows(r, Month.of(2024, 1))).isEqualTo(7596);
    assertThat(f.notes())
        .containsExactly(
            file
                + ": its rows spell Reported by 2 ways that differ only in case or spaces"
                + " ('Metropolitan Police Service' 4601, 'metropolitan police  service' 3000"
                + " rows); they are read as one force.");
  }
}
