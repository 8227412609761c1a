package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.analysis.BriefingFixtures.matrix;
import static saferstats.analysis.BriefingFixtures.priority;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.stats.FunnelPlot;

/** The priority matrix: the most harmful first, the unweighed after by volume, peers beside. */
class PriorityMatrixTest {
  @Test
  void sortedByHarmShareNotByVolumeTheUnweighedAfterByVolume() {
    // Area harm 250,000 from 5,000 crimes: violence 500 × 270 = 135,000 (54 %, 10 % of crimes),
    // robbery 100 × 800 = 80,000 (32 %, 2 %), shoplifting 1,000 × 12 = 12,000 (4.8 %, 20 %), the
    // rest 23,000. Anti-social behaviour (2,000) and hate crime (300) have no weight.
    PriorityMatrix m =
        matrix(
            priority("Shoplifting", 1000, 900, 12_000 / 250_000.0, 1000 / 5000.0, Cautions.NONE),
            priority("Anti-social behaviour", 2000, 2100),
            priority("Robbery", 100, 90, 80_000 / 250_000.0, 100 / 5000.0, Cautions.NONE),
            priority("Hate crime", 300, 280, null, 300 / 5000.0, Cautions.NONE),
            priority("Violence", 500, 450, 135_000 / 250_000.0, 500 / 5000.0, Cautions.NONE));
    assertThat(m.rows())
        .extracting(r -> r.priority().name())
        .containsExactly(
            "Violence", "Robbery", "Shoplifting", "Anti-social behaviour", "Hate crime");
    assertThat(m.rows())
        .extracting(PriorityMatrix.Row::harmShare)
        .containsExactly(0.54, 0.32, 0.048, null, null);
    assertThat(m.harmLeader().priority().name()).isEqualTo("Violence");
    // Shoplifting's volume is ten times robbery's, its harm share a seventh of it.
    assertThat(m.rows().get(2).volumeShare()).isEqualTo(0.2);
  }

  @Test
  void noPriorityWeighedMeansVolumeOrderAndNoHarmLeader() {
    PriorityMatrix m = matrix(priority("A", 10, 10), priority("B", 30, 30), priority("C", 20, 20));
    assertThat(m.rows()).extracting(r -> r.priority().name()).containsExactly("B", "C", "A");
    assertThat(m.harmLeader()).isNull();
  }

  @Test
  void thePeerPositionIsTheAreasRankOrWhyThereIsNone() {
    BenchmarkReport.Place testham =
        new BenchmarkReport.Place(
            "Testham",
            50L,
            1000L,
            50.0,
            2,
            1,
            3,
            FunnelPlot.Position.WITHIN,
            5.0,
            null,
            null,
            null,
            List.of());
    BenchmarkReport.Place other =
        new BenchmarkReport.Place(
            "Otherham",
            90L,
            1000L,
            90.0,
            3,
            2,
            3,
            FunnelPlot.Position.ABOVE_95,
            1.0,
            null,
            null,
            null,
            List.of());
    BenchmarkReport.Place least =
        new BenchmarkReport.Place(
            "Leastham",
            10L,
            1000L,
            10.0,
            1,
            1,
            2,
            FunnelPlot.Position.BELOW_95,
            1.0,
            null,
            null,
            null,
            List.of());
    BenchmarkReport r =
        BenchmarkReports.of(
            "Testham",
            null,
            new BenchmarkReport.Priority(
                "Robbery", 50.0, 1.0, 0.0, "poisson", null, "", List.of(least, testham, other)));
    assertThat(PriorityMatrix.position(r, "Robbery"))
        .isEqualTo(new PriorityMatrix.PeerPosition(2, 1, 3, 3, FunnelPlot.Position.WITHIN, null));
    assertThat(PriorityMatrix.position(r, "Burglary").absent())
        .isEqualTo(PriorityMatrix.ALL_CRIME_ONLY);
  }
}
