package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.cache.ParseCache;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.Month;

/**
 * The area's counts by category and month come from each partition's own counts, which the parse
 * cache keeps: the same as counting the area's rows, whether the inputs were parsed or came from
 * the cache.
 */
class SelectedCountsTest {
  private static final String WINDOWS = "src/test/resources/fixtures/windows/";

  @TempDir Path tmp;

  /** The rows counted one by one, the way the area's table counted them before. */
  private static Map<String, Map<Month, Long>> countedFromRows(IngestResult r) {
    Map<String, Map<Month, Long>> counts = new TreeMap<>();
    r.selected()
        .forEach(
            row ->
                counts
                    .computeIfAbsent(row.category(), c -> new TreeMap<>())
                    .merge(row.month(), 1L, Long::sum));
    return counts;
  }

  @Test
  void theCountsAreTheFixturesAreaRows() {
    IngestResult r =
        IngestTestSupport.read(
            new Selection.Area("Testham"), WINDOWS + "2022-04", WINDOWS + "2022-05");
    // 2022-04: one Testham row (Testham 001A, Burglary); 2022-05: two (Testham 001A and 002B, both
    // Burglary). Otherton's rows and the row with no LSOA are not the area's.
    assertThat(r.selectedCounts())
        .isEqualTo(Map.of("Burglary", Map.of(Month.of(2022, 4), 1L, Month.of(2022, 5), 2L)));
  }

  @Test
  void theCountsAreTheSampleAreasRowsCounted() {
    IngestResult r = IngestTestSupport.read(new Selection.Area("Harrow"), "sample-data/police-uk");
    assertThat(r.selected()).isNotEmpty();
    assertThat(r.selectedCounts()).isEqualTo(countedFromRows(r));
  }

  @Test
  void aRerunFromTheCacheHasTheParsedCounts() throws Exception {
    ReadOptions options =
        new ReadOptions(new Selection.Area("Harrow"), false, false, List.of(), LocalDate.now());
    Path cacheDir = tmp.resolve("cache");
    List<InputFile> inputs = InputResolver.inputs(List.of("sample-data/police-uk")).files();
    IngestResult parsed =
        new Ingest(options, 2, new ParseCache(cacheDir, 1L << 30, "test", w -> {}))
            .read(inputs, n -> {});
    IngestResult cached =
        new Ingest(options, 2, new ParseCache(cacheDir, 1L << 30, "test", w -> {}))
            .read(inputs, n -> {});
    try (var entries = Files.list(cacheDir.resolve("entries"))) {
      assertThat(entries.count()).isEqualTo(inputs.size());
    }
    assertThat(cached.files()).allMatch(FileLedger::fromCache);
    assertThat(cached.selectedCounts()).isEqualTo(parsed.selectedCounts()).isNotEmpty();
    assertThat(cached.selectedCounts()).isEqualTo(countedFromRows(cached));
  }
}
