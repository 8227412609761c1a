package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.Ingest;
import saferstats.ingest.InputResolver;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.load.LoadedArea;
import saferstats.load.Loader;
import saferstats.model.WindowChoice;
import saferstats.mps.MpsData;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/**
 * Ward rankings from MPS ward tables for every priority of a report, from two hand-written ward
 * releases of Harrow's two wards:
 *
 * <pre>
 * old.csv 2024-01..03  Greenhill burglary 1, 1, 1; Roxbourne burglary 5, 5, 5; robbery 2 a month each
 * new.csv 2024-02..04  Greenhill burglary 3, 4, 6; Roxbourne burglary 2, 2, 2; robbery 1 a month each
 * </pre>
 *
 * The 12 months to 2024-04 are in no single release, so they are spliced: 2024-01 from old.csv,
 * 2024-02..04 from new.csv (it ends later).
 */
class MpsWardHotspotsTest {
  private static final String HEADER = "MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,";
  private static final String BURGLARY = "Burglary/Burglary - Residential";
  private static final String ROBBERY = "Robbery/Robbery of Personal Property";

  @TempDir Path dir;

  @Test
  void theWardLevelIsSplicedOnceWhateverTheNumberOfPriorities() throws IOException {
    write(
        "old.csv",
        HEADER + "202401,202402,202403",
        "Burglary,Burglary - Residential,Greenhill,E05013555,Harrow,1,1,1",
        "Burglary,Burglary - Residential,Roxbourne,E05013560,Harrow,5,5,5",
        "Robbery,Robbery of Personal Property,Greenhill,E05013555,Harrow,2,2,2",
        "Robbery,Robbery of Personal Property,Roxbourne,E05013560,Harrow,2,2,2");
    write(
        "new.csv",
        HEADER + "202402,202403,202404",
        "Burglary,Burglary - Residential,Greenhill,E05013555,Harrow,3,4,6",
        "Burglary,Burglary - Residential,Roxbourne,E05013560,Harrow,2,2,2",
        "Robbery,Robbery of Personal Property,Greenhill,E05013555,Harrow,1,1,1",
        "Robbery,Robbery of Personal Property,Roxbourne,E05013560,Harrow,1,1,1");
    Selection harrow = new Selection.Area("Harrow");
    LoadedArea area = Loader.load(read(harrow), harrow, Optional.empty());
    MpsData mps = area.mpsTables().orElseThrow();
    ResolvedSet set =
        new ResolvedSet(
            "source",
            List.of(priority("Burglary", BURGLARY), priority("Robbery", ROBBERY)),
            false,
            List.of());

    Hotspots.Ranker ranker = Hotspots.forArea(area);
    int prepared = mps.releaseChoices();
    HotspotsReport burglary = ranker.report(set, request("Burglary"));
    HotspotsReport robbery = ranker.report(set, request("Robbery"));
    ranker.report(set, request(null));

    // The releases were matched to months when the ranker was made, and never again per priority
    // (the code before matched them again for each priority's report).
    assertThat(mps.releaseChoices()).isEqualTo(prepared);
    // Burglary, 12 months to 2024-04: Greenhill 1 (old, 2024-01) + 3 + 4 + 6 = 14; Roxbourne
    // 5 + 2 + 2 + 2 = 11.
    assertThat(burglary.wards())
        .extracting(Place::name, Place::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Greenhill", 14L),
            org.assertj.core.groups.Tuple.tuple("Roxbourne", 11L));
    // Robbery: each ward 2 + 1 + 1 + 1 = 5.
    assertThat(robbery.wards()).extracting(Place::count).containsExactly(5L, 5L);
  }

  /**
   * The ward table counts the 12 months to 2024-04 (2023-05..2024-04), so its notes say where those
   * months come from and nothing of the spans the borough's chart and quarter draw. With the two
   * releases above, the 36 months of the trend (2021-05..2024-04) and the quarter (2024-02..04 and
   * 2023-02..04) are spans of their own: the code before listed their releases under the ward table
   * too, beside the chart whose own span the notes then contradicted (issue 26.5).
   */
  @Test
  void theWardTablesNotesDescribeItsOwnWindowOnly() throws IOException {
    write(
        "old.csv",
        HEADER + "202401,202402,202403",
        "Burglary,Burglary - Residential,Greenhill,E05013555,Harrow,1,1,1",
        "Burglary,Burglary - Residential,Roxbourne,E05013560,Harrow,5,5,5");
    write(
        "new.csv",
        HEADER + "202402,202403,202404",
        "Burglary,Burglary - Residential,Greenhill,E05013555,Harrow,3,4,6",
        "Burglary,Burglary - Residential,Roxbourne,E05013560,Harrow,2,2,2");
    Selection harrow = new Selection.Area("Harrow");
    LoadedArea area = Loader.load(read(harrow), harrow, Optional.empty());
    ResolvedSet set =
        new ResolvedSet("source", List.of(priority("Burglary", BURGLARY)), false, List.of());

    List<String> notes = Hotspots.forArea(area).report(set, request("Burglary")).notes();

    assertThat(notes).anyMatch(n -> n.contains("the 12-month comparison"));
    assertThat(notes)
        .noneMatch(n -> n.contains("36 months of the trend"))
        .noneMatch(n -> n.contains("the quarter and the same quarter"))
        .noneMatch(n -> n.contains("financial year to date"));
  }

  private static ResolvedPriority priority(String name, String category) {
    return new ResolvedPriority(name, "", true, false, null, Set.of(category), null);
  }

  private static Hotspots.Request request(String priority) {
    return new Hotspots.Request(priority, WindowChoice.CURRENT12, 10, null, null, null, 3);
  }

  private void write(String name, String... lines) throws IOException {
    Files.write(dir.resolve(name), List.of(lines));
  }

  private saferstats.ingest.IngestResult read(Selection selection) {
    List<String> args = Stream.of(dir).map(Path::toString).toList();
    ReadOptions options =
        new ReadOptions(
            selection,
            false,
            false,
            InputResolver.columnMaps(args),
            java.time.LocalDate.of(2099, 1, 1));
    return new Ingest(options, 1).read(InputResolver.inputs(args), n -> {});
  }
}
