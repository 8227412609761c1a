package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.analysis.BenchmarkReport;
import saferstats.stats.FunnelPlot;

/** The funnel plot of a benchmark priority, drawn as SVG and PNG from the same painter. */
class FunnelChartTest {
  private static BenchmarkReport.Place place(String name, long count, double rate) {
    return new BenchmarkReport.Place(
        name,
        count,
        5000L,
        rate,
        1,
        1,
        1,
        FunnelPlot.Position.WITHIN,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void aPriorityWithRatesIsDrawnWithItsLimitsAndTheAreaNamed() {
    // FunnelPlotTest's over-dispersed example: pooled 35, τ² 537.67.
    BenchmarkReport.Priority p =
        new BenchmarkReport.Priority(
            "All crime",
            35.0,
            58.357,
            537.667,
            "random effects: …",
            null,
            "…",
            List.of(
                place("Harrow", 50, 10),
                place("Brent", 100, 20),
                place("Barnet", 150, 30),
                place("Camden", 400, 80)));
    Drawing d = PriorityCharts.funnel("funnel-0", p, "Harrow");
    assertThat(d).isNotNull();
    assertThat(d.svg())
        .contains("All crime: funnel plot, random-effects limits")
        .contains("Harrow")
        .contains("99.8 % limits");
    assertThat(d.png()).isNotEmpty();
  }

  @Test
  void aPriorityNoPeerHadIsNotDrawn() {
    BenchmarkReport.Priority p =
        new BenchmarkReport.Priority(
            "Rare", null, null, null, null, null, "…", List.of(place("Harrow", 0, 0)));
    assertThat(PriorityCharts.funnel("funnel-1", p, "Harrow")).isNull();
  }
}
