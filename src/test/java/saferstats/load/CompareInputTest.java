package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static saferstats.load.LoadInputs.comparator;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.street;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.ForceCoverage;
import saferstats.model.UserError;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/**
 * Other forces' street files given with {@code --compare}, written by hand:
 *
 * <pre>
 * Alpha Constabulary  2024-01  Burglary in Testham 001A, a Burglary with no location
 *                     2024-02  Robbery in Otherton 001A
 * Beta Police         2024-02  Burglary in Otherton 001A ×2
 *                     2024-03  Burglary in Otherton 001A
 * </pre>
 */
class CompareInputTest {
  @TempDir static Path dir;
  static Path both;
  static Path apart;

  @BeforeAll
  static void write() {
    both = dir.resolve("both");
    street(both, "2024-01", "Alpha Constabulary", "Testham 001A|Burglary", "|Burglary");
    street(both, "2024-02", "Alpha Constabulary", "Otherton 001A|Robbery");
    street(both, "2024-02", "Beta Police", "Otherton 001A|Burglary", "Otherton 001A|Burglary");
    street(both, "2024-03", "Beta Police", "Otherton 001A|Burglary");
    // Two forces with no month in common.
    apart = dir.resolve("apart");
    street(apart, "2024-01", "Alpha Constabulary", "Testham 001A|Burglary");
    street(apart, "2024-03", "Beta Police", "Otherton 001A|Burglary");
  }

  private static CompareInput compare(Path inputs, String areaForce) {
    return CompareInput.of(LoadInputs.read(new Selection.None(), inputs), areaForce);
  }

  @Test
  void everyRowOfEveryForceCountsLocatedOrNot() {
    CompareInput c = compare(both, "Test Constabulary");
    // 2024-01: Alpha's located and unlocated burglaries, 1 + 1 = 2.
    // 2024-02: Beta's 2 burglaries; Alpha's 1 robbery. 2024-03: Beta's 1 burglary.
    // Only 2024-02 is every force's month, so the counts read against it hide 2024-01 and 03 (see
    // below): every cell is checked here, the coverage with it.
    assertThat(c.counts())
        .isEqualTo(
            new MonthlyCounts.Builder()
                .add("Burglary", m("2024-01"), 2L)
                .add("Burglary", m("2024-02"), 2L)
                .add("Robbery", m("2024-02"), 1L)
                .add("Burglary", m("2024-03"), 1L)
                .build(
                    ForceCoverage.of(
                        "Alpha Constabulary, Beta Police", new TreeSet<>(Set.of(m("2024-02"))))));
    assertThat(comparator(c.counts(), "Burglary", "2024-02")).isEqualTo(2);
    assertThat(comparator(c.counts(), "Robbery", "2024-02")).isEqualTo(1);
    // 2 + 2 + 1 + 1 = 6 rows in all, the unlocated one among them.
    assertThat(c.counts().total()).isEqualTo(6);
    assertThat(c.name()).isEqualTo("Alpha Constabulary, Beta Police (from --compare)");
    assertThat(c.word()).isEqualTo("Alpha Constabulary, Beta Police");
    assertThat(c.holdsArea()).isFalse();
    assertThat(c.splice()).isNull();
  }

  @Test
  void itCoversOnlyTheMonthsEveryForcePublished() {
    // Alpha 2024-01 and 02, Beta 2024-02 and 03: only 2024-02 is every force's, so a window
    // touching 2024-01 or 2024-03 has no comparator change (one force's months would be a smaller
    // sum, not a true one).
    CompareInput c = compare(both, "Test Constabulary");
    assertThat(c.coverage().first()).isEqualTo(m("2024-02"));
    assertThat(c.coverage().last()).isEqualTo(m("2024-02"));
    assertThat(c.coverage().covers(m("2024-01"))).isFalse();
    assertThat(c.coverage().covers(m("2024-02"))).isTrue();
  }

  @Test
  void streetFilesReadEveryPriorityAsTheAreaDoesAndSayNothingOfIt() {
    CompareInput c = compare(both, "Test Constabulary");
    ResolvedPriority burglary =
        new ResolvedPriority("Burglary", "", true, false, null, Set.of("Burglary"), null);
    // The same kind of categories as the area's: the area's own reading of the priority.
    assertThat(c.priority(burglary)).containsSame(burglary);
    ResolvedSet set = new ResolvedSet("police-uk", List.of(burglary), false, List.of());
    assertThat(c.notes(set, "Testham")).isEmpty();
  }

  @Test
  void theAreasOwnForceIsRefusedWhateverItsCase() {
    UserError e = catchThrowableOfType(UserError.class, () -> compare(both, "beta police"));
    assertThat(e.exitCode()).isEqualTo(UserError.USAGE);
    assertThat(e.getMessage())
        .isEqualTo(
            "--compare gives Beta Police, the area's own force: it would compare the area with"
                + " itself");
  }

  @Test
  void forcesSharingNoMonthAreRefused() {
    UserError e = catchThrowableOfType(UserError.class, () -> compare(apart, "Test Constabulary"));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage()).isEqualTo("the forces of the --compare inputs share no month");
  }

  @Test
  void inputsWithNoStreetRowsAreRefused() {
    Path tables = dir.resolve("tables");
    LoadInputs.write(
        tables.resolve("borough.csv"),
        List.of(
            "MajorText,MinorText,BoroughName,202401", "Burglary,Burglary - Residential,Brent,4"));
    UserError e = catchThrowableOfType(UserError.class, () -> compare(tables, "Test Constabulary"));
    assertThat(e.exitCode()).isEqualTo(UserError.INPUT);
    assertThat(e.getMessage()).isEqualTo("the --compare inputs hold no police.uk street rows");
  }
}
