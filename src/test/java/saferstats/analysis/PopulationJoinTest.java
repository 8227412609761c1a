package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.area.Population;
import saferstats.ingest.support.LsoaBridgeReader;
import saferstats.ingest.support.PopulationReader;

/** The area's LSOAs with crimes joined to the population: nobody counted twice, none invented. */
class PopulationJoinTest {
  private static final Path F = Path.of("src/test/resources/fixtures/population-join");

  @Test
  void aSplitLsoaReachesItsOldRowOnceAndAnUnknownLsoaIsUnjoined() {
    // Crimes in E01000001 (a row of its own, 1,000), in E01000091 and E01000092 (2021 halves of
    // E01000009, whose one 2011 row holds 700) and in E01000555 (in neither file).
    // Joined: 1,000 + 700 once = 1,700 residents over 2 rows; unjoined: E01000555 alone = 1.
    PopulationJoin.Result r =
        PopulationJoin.of(
            PopulationReader.read(F.resolve("population.csv")),
            LsoaBridgeReader.read(F.resolve("bridge.csv")),
            new TreeSet<>(java.util.List.of("E01000001", "E01000091", "E01000092", "E01000555")));
    assertThat(r.joined())
        .extracting(Population.Entry::code)
        .containsExactly("E01000001", "E01000009");
    assertThat(r.joined().stream().mapToLong(Population.Entry::population).sum()).isEqualTo(1700);
    assertThat(r.unjoined()).isEqualTo(1);
  }

  @Test
  void withoutTheBridgeTheSplitHalvesAreUnjoined() {
    // Only E01000001 has a row of its own: 1,000 residents; the three others are unjoined.
    PopulationJoin.Result r =
        PopulationJoin.of(
            PopulationReader.read(F.resolve("population.csv")),
            null,
            new TreeSet<>(java.util.List.of("E01000001", "E01000091", "E01000092", "E01000555")));
    assertThat(r.joined()).extracting(Population.Entry::code).containsExactly("E01000001");
    assertThat(r.unjoined()).isEqualTo(3);
  }
}
