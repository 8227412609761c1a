package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An area whose residents are not its population at risk is ranked on change (review finding 20):
 * the matrix carries its change rank, not a "—" that also means "not ranked".
 */
class PriorityMatrixOnChangeTest {
  private static BenchmarkReport.Place place(
      String name, Integer changeRank, Integer low, Integer high, List<String> flags) {
    return new BenchmarkReport.Place(
        name, 50L, 1000L, 50.0, null, null, null, null, 5.0, changeRank, low, high, flags);
  }

  @Test
  void anAreaComparedOnChangeCarriesItsChangeRank() {
    // Three peers with a change rank and a City flagged resident-denominator, ranked 4th of the
    // four changes (the largest rise; 1 = the largest fall), interval 2–4.
    BenchmarkReport.Place city = place("City", 4, 2, 4, List.of(Benchmark.RESIDENT_DENOMINATOR));
    List<BenchmarkReport.Place> places =
        List.of(
            place("A", 1, 1, 2, List.of()),
            place("B", 2, 1, 3, List.of()),
            place("C", 3, 2, 4, List.of()),
            city);
    BenchmarkReport r =
        BenchmarkReports.of(
            "City",
            null,
            new BenchmarkReport.Priority(
                "Shoplifting", 50.0, 1.0, 0.0, "poisson", null, "", places));
    PriorityMatrix.PeerPosition p = PriorityMatrix.position(r, "Shoplifting");
    assertThat(new Integer[] {p.rank(), p.low(), p.high(), p.of()}).containsExactly(4, 2, 4, 4);
    assertThat(p.funnel()).isNull();
    assertThat(p.absent()).isEqualTo(PriorityMatrix.ON_CHANGE);
    // With no change rank (a window incomplete) there is nothing to show: "—", not ranked.
    BenchmarkReport.Place noChange =
        place("City", null, null, null, List.of(Benchmark.RESIDENT_DENOMINATOR));
    BenchmarkReport r2 =
        BenchmarkReports.of(
            "City",
            null,
            new BenchmarkReport.Priority(
                "Shoplifting", 50.0, 1.0, 0.0, "poisson", null, "", List.of(noChange)));
    assertThat(PriorityMatrix.position(r2, "Shoplifting").rank()).isNull();
  }
}
