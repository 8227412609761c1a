package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.load.LoadInputs.comparator;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.street;
import static saferstats.load.LoadInputs.sum;
import static saferstats.load.MpsLoaderTest.BURGLARY;
import static saferstats.load.MpsLoaderTest.ROBBERY;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.mps.MpsData;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/**
 * MPS tables given with {@code --compare}, on fixtures/compare-mps/tables (see the fixtures
 * README): older.csv 2022-07..2023-12 (residential burglary Harrow 10, Brent 20 a month), newer.csv
 * 2023-01..2024-06 (Harrow 12, Brent 24, the airports 1,000 a month); Brent robbery 5 a month in
 * both.
 */
class LondonComparatorTest {
  private static final Path TABLES = Path.of("src/test/resources/fixtures/compare-mps/tables");

  @TempDir Path dir;

  private static final ResolvedPriority BURGLARY_P =
      new ResolvedPriority("Burglary", "", true, false, null, Set.of("Burglary"), null);
  private static final ResolvedPriority ROBBERY_P =
      new ResolvedPriority("Robbery", "", true, false, null, Set.of("Robbery"), null);

  /** The set as read against the MPS categories: Burglary only, Robbery unmapped. */
  private static final ResolvedSet MPS_SET =
      new ResolvedSet(
          "police-uk",
          List.of(new ResolvedPriority("Burglary", "", true, false, null, Set.of(BURGLARY), null)),
          false,
          List.of());

  private static MpsData tables() {
    return MpsLoaderTest.mps(TABLES);
  }

  /** A street area of Test Constabulary whose data ends 2024-06, as the tables do. */
  private AreaContext streetArea() {
    street(dir, "2024-06", "Test Constabulary", "Testham 001A|Burglary");
    return StreetLoader.resolve(
        LoadInputs.read(new Selection.Area("Testham"), dir),
        new Selection.Area("Testham"),
        Optional.empty());
  }

  @Test
  void londonIsEveryBoroughOutsideTheAirportsSplicedNewestFirst() {
    Set<String> offered = new HashSet<>();
    CompareInput c =
        LondonComparator.of(
            tables(),
            streetArea(),
            categories -> {
              offered.addAll(categories);
              return MPS_SET;
            });
    assertThat(c.name()).isEqualTo("London — MPS borough tables (from --compare)");
    assertThat(c.word()).isEqualTo("London");
    // The area's priority set is read against the tables' own categories.
    assertThat(offered).containsExactlyInAnyOrder(BURGLARY, ROBBERY);
    assertThat(c.set()).isSameAs(MPS_SET);
    // 12-month span 2022-07..2024-06: no release covers it; newer gives 2023-01.., older the rest.
    // 2022-07 older: Harrow 10 + Brent 20 = 30; 2023-01 newer: 12 + 24 = 36, not the airports'.
    assertThat(comparator(c.counts(), BURGLARY, "2022-07")).isEqualTo(30);
    assertThat(comparator(c.counts(), BURGLARY, "2023-01")).isEqualTo(36);
    assertThat(comparator(c.counts(), ROBBERY, "2024-06")).isEqualTo(5);
    // previous12 2022-07..2023-06: 6 x 30 + 6 x 36 = 396; current12 2023-07..2024-06: 12 x 36 =
    // 432.
    List<saferstats.model.Month> span = m("2022-07").through(m("2024-06"));
    assertThat(sum(span.subList(0, 12), mo -> comparator(c.counts(), BURGLARY, mo))).isEqualTo(396);
    assertThat(sum(span.subList(12, 24), mo -> comparator(c.counts(), BURGLARY, mo)))
        .isEqualTo(432);
    assertThat(c.coverage().first()).isEqualTo(m("2022-07"));
    assertThat(c.coverage().last()).isEqualTo(m("2024-06"));
    assertThat(c.coverage().missing()).isEmpty();
    // Shared months 2023-01..12: newer's London 12 + 24 + 5 = 41 a month, 492; older's 10 + 20 +
    // 5 = 35, 420; 492 / 420 - 1 = +17.1%.
    assertThat(c.splice())
        .contains("the 12-month comparison (2022-07 to 2024-06)")
        .endsWith(
            "the source changes at 2023-01 (on the 12 months both publish, all crime 492 against"
                + " 420, +17.1%).");
    // A Test Constabulary area is not inside London.
    assertThat(c.holdsArea()).isFalse();
  }

  @Test
  void aLondonAreaIsInsideItsComparatorAndAnUnmappedPriorityHasNone() {
    MpsData mps = tables();
    AreaContext harrow = MpsLoader.resolve(mps, "Harrow", Optional.empty());
    CompareInput c = LondonComparator.of(mps, harrow, categories -> MPS_SET);
    assertThat(c.holdsArea()).isTrue();
    assertThat(c.priority(BURGLARY_P).orElseThrow().categories()).containsExactly(BURGLARY);
    assertThat(c.priority(ROBBERY_P)).isEmpty();
    ResolvedSet areaSet =
        new ResolvedSet("police-uk", List.of(BURGLARY_P, ROBBERY_P), false, List.of());
    List<String> notes = c.notes(areaSet, "Harrow");
    assertThat(notes).hasSize(3);
    assertThat(notes.get(0))
        .isEqualTo(
            "Robbery: the police-uk set maps no MPS categories in the --compare tables, so London"
                + " cannot be its comparator.");
    assertThat(notes.get(1)).startsWith("release-splice: ");
    assertThat(notes.get(2))
        .isEqualTo(
            "Harrow is inside London, so London's totals include it; the comparator's rest is"
                + " London less Harrow.");
  }
}
