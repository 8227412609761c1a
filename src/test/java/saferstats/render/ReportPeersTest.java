package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.analysis.BenchmarkReport;
import saferstats.analysis.BenchmarkReports;
import saferstats.stats.FunnelPlot;

/**
 * A priority's funnel plot in the report: drawn for an area whose residents are its population at
 * risk; left out for one compared on change (the City), whose rate per resident would stand far
 * above the funnel while its sentence says it is compared on change, not rate.
 */
class ReportPeersTest {

  private static BenchmarkReport report(List<String> areaFlags) {
    return report(areaFlags, 0.0, 1000L);
  }

  private static BenchmarkReport report(List<String> areaFlags, double tau2, long otherResidents) {
    // Testham 50 crimes of 1,000 residents (50 per 1,000); Otherham 90 of 1,000 (90 per 1,000).
    BenchmarkReport.Place testham =
        new BenchmarkReport.Place(
            "Testham",
            50L,
            1000L,
            50.0,
            1,
            1,
            2,
            FunnelPlot.Position.WITHIN,
            25.0,
            2,
            1,
            2,
            areaFlags);
    BenchmarkReport.Place otherham =
        new BenchmarkReport.Place(
            "Otherham",
            90L,
            otherResidents,
            90.0,
            2,
            1,
            2,
            FunnelPlot.Position.WITHIN,
            5.0,
            1,
            1,
            2,
            List.of());
    return BenchmarkReports.of(
        "Testham",
        null,
        new BenchmarkReport.Priority(
            "Robbery",
            70.0,
            1.0,
            tau2,
            "poisson",
            "ranks on the log ratio of the two 12-month counts",
            "Testham's change ranks 2nd of 2.",
            List.of(testham, otherham)));
  }

  @Test
  void anAreaWhoseResidentsAreItsPopulationGetsItsFunnelPlot() {
    ReportView.Peers p = ReportPeers.of(report(List.of())).of("p1", "Robbery");
    assertThat(p.funnel()).isNotNull();
    assertThat(p.method()).isEqualTo("Pooled rate 70.00 per 1,000; φ = 1.00, τ² = 0.000; poisson.");
  }

  @Test
  void anAreaComparedOnChangeGetsItsSentenceAndNoRateFunnel() {
    ReportView.Peers p =
        ReportPeers.of(report(List.of("resident-denominator"))).of("p1", "Robbery");
    assertThat(p.funnel()).isNull();
    assertThat(p.position()).isEqualTo("Testham's change ranks 2nd of 2.");
    assertThat(p.method())
        .isEqualTo("Ranks on change: ranks on the log ratio of the two 12-month counts.");
  }

  @Test
  void anAreaFromAnotherSourceThanItsPeersGetsNoRateFunnelEither() {
    // An area read from police.uk beside London's MPS tables is "other-source": its sentence
    // compares it on change, so its funnel would contradict it.
    ReportView.Peers p = ReportPeers.of(report(List.of("other-source"))).of("p1", "Robbery");
    assertThat(p.funnel()).isNull();
    assertThat(p.position()).isEqualTo("Testham's change ranks 2nd of 2.");
  }

  @Test
  void limitsMadeLevelByTheSpreadBetweenPlacesSaySo() {
    // pooled 70 per 1,000, residents 1,000 and 4,000: the chance variance is 1,000 × 70 / n, 70 and
    // 17.5. With τ² = 5,000 the limits' half-widths go as √5,070 = 71.20 and √5,017.5 = 70.83,
    // 0.5 % apart: level. With τ² = 10, √80 = 8.94 against √27.5 = 5.24: a funnel.
    ReportView.Peers level = ReportPeers.of(report(List.of(), 5000.0, 4000L)).of("p1", "Robbery");
    ReportView.Peers funnel = ReportPeers.of(report(List.of(), 10.0, 4000L)).of("p1", "Robbery");

    assertThat(level.method()).endsWith(ReportPeers.FLAT_LIMITS).contains("τ² = 5000");
    assertThat(funnel.method()).doesNotContain("level");
  }
}
