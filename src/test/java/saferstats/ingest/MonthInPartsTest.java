package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * One month of one force split over two files that share no crime (no Crime ID, no identical row)
 * is two parts of the month, added with a note; a later file that shares crimes with an earlier one
 * is a revision and replaces it, as a re-download always has.
 *
 * <p>The split of the sample's Met street file of 2024-01 (7601 rows): part 1 takes the rows whose
 * Crime ID starts with 0-7, part 2 the rest (IDs 8-f and the blank IDs of ASB rows), so a shared
 * Crime ID or an identical row always falls in one part. Counted with the shell:
 *
 * <pre>
 * zcat ... | tail -n +2 | grep -c '^[0-7]'                                   # 3100 rows
 * zcat ... | tail -n +2 | grep '^[0-7]' | sort | uniq -d -c                  # 3 extra copies
 * zcat ... | tail -n +2 | grep -vc '^[0-7]'                                  # 4501 rows
 * zcat ... | tail -n +2 | grep -v '^[0-7]' | grep -v '^,' | sort | uniq -d -c  # 2 extra copies
 * </pre>
 *
 * Kept: part 1 3100 - 3 = 3097, part 2 4501 - 2 = 4499; the month 3097 + 4499 = 7596, as the whole
 * file (7601 - 5).
 */
class MonthInPartsTest {
  private static final String MPS = "Metropolitan Police Service";
  private static final Month JANUARY = Month.of(2024, 1);

  @TempDir Path dir;

  /** Writes parts 1 and 2 of the sample's January into {@code folder}; returns their paths. */
  private List<Path> split(String folder) throws IOException {
    return split(folder, 0);
  }

  /**
   * As {@link #split(String)}, with the first {@code shared} rows of part 2 that have a Crime ID
   * also in part 1, their last outcome changed: the two rows of a shared Crime ID (SPEC 1.3) that a
   * cut put in different files.
   */
  private List<Path> split(String folder, int shared) throws IOException {
    Path whole = SampleStreetFiles.copy(dir, "2024-01", "whole/2024-01-metropolitan-street.csv");
    List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
    List<String> one = new ArrayList<>(List.of(lines.get(0)));
    List<String> two = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      (line.matches("^[0-7].*") ? one : two).add(line);
    }
    two.stream()
        .filter(line -> !line.startsWith(","))
        .skip(1)
        .limit(shared)
        .map(line -> line.split(",", -1))
        .forEach(
            f -> {
              f[10] = "Status update unavailable";
              one.add(String.join(",", f));
            });
    Path base = Files.createDirectories(dir.resolve(folder));
    Path p1 = Files.write(base.resolve("2024-01-metropolitan-street-part1.csv"), one);
    Path p2 = Files.write(base.resolve("2024-01-metropolitan-street-part2.csv"), two);
    Files.delete(whole);
    Files.delete(whole.getParent());
    return List.of(p1, p2);
  }

  private static long january(IngestResult r) {
    return r.counts().get(MPS).get(JANUARY).values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void twoFilesSharingNoCrimeArePartsOfTheMonthAndAdded() throws IOException {
    List<Path> parts = split("2024-01");
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.duplicatePartitions()).isEmpty();
    assertThat(r.files()).extracting(FileLedger::kept).containsExactly(3097L, 4499L);
    assertThat(r.files()).extracting(FileLedger::superseded).containsExactly(0L, 0L);
    assertThat(january(r)).isEqualTo(7596);
    assertThat(Notes.forInputs(new Inputs(r)))
        .contains(
            "police-uk-street Metropolitan Police Service 2024-01 is split over 2 files that"
                + " share next to no crime (by Crime ID, or the whole row without one): "
                + parts.get(0)
                + " (3,097 rows), "
                + parts.get(1)
                + " (4,499 rows); they are read as parts of one month and added. If they are two"
                + " downloads of the month, give only the later one.");
  }

  @Test
  void partsSharingAFewCrimeIdsOnDifferingRowsAreStillParts() throws IOException {
    // Five Crime IDs of part 2 also in part 1 on rows with another outcome (the first five rows of
    // part 2 with a Crime ID, none of which says "Status update unavailable"), as when a cut
    // separates the two rows of a shared ID: 5 of some 3100 Crime IDs in part 1, so parts.
    // Kept: part 1 3097 + 5 = 3102, part 2 4499; the month 7601, each of the five counted twice,
    // as two rows sharing a Crime ID in one file are (SPEC 1.3).
    split("2024-01", 5);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.duplicatePartitions()).isEmpty();
    assertThat(r.files()).extracting(FileLedger::kept).containsExactly(3102L, 4499L);
    assertThat(january(r)).isEqualTo(7601);
  }

  @Test
  void aFileOfRowsFilteredOutOfTheMonthIsARevisionNotAPart() throws IOException {
    // Harrow's rows filtered out of January into a file beside it: it holds nothing the month
    // does not, so it replaces the month (as before) rather than adding Harrow twice. Harrow rows
    // (LSOA name "Harrow ..."): 1904, 2 extra copies, 1902 kept (awk -F, '$9 ~ /^Harrow /').
    Path whole = SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
    List<String> harrow = new ArrayList<>(List.of(lines.get(0)));
    lines.stream()
        .skip(1)
        .filter(l -> l.split(",", -1)[8].startsWith("Harrow "))
        .forEach(harrow::add);
    Path filtered = Files.write(dir.resolve("2024-01/harrow-only.csv"), harrow);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.duplicatePartitions())
        .singleElement()
        .extracting(DuplicatePartition::usedInstead)
        .isEqualTo(filtered.toString());
    assertThat(january(r)).isEqualTo(1902);
  }

  @Test
  void aLaterFileSharingCrimesWithOnePartReplacesThatPartAlone() throws IOException {
    List<Path> parts = split("2024-01");
    // Part 1 downloaded again into a later folder: it shares every crime with part 1 and none
    // with part 2, so it replaces part 1 and part 2 stands: 3097 + 4499 = 7596.
    Path again =
        Files.copy(
            parts.get(0),
            Files.createDirectories(dir.resolve("later")).resolve(parts.get(0).getFileName()));
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.duplicatePartitions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.replaced()).isEqualTo(parts.get(0).toString());
              assertThat(d.usedInstead()).isEqualTo(again.toString());
              assertThat(d.identical()).isTrue();
            });
    assertThat(january(r)).isEqualTo(7596);
  }
}
