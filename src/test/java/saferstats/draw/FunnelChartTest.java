package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.analysis.Benchmark;
import saferstats.analysis.BenchmarkReport;
import saferstats.stats.FunnelPlot;

/** The funnel plot of a benchmark priority, drawn as SVG and PNG from the same painter. */
class FunnelChartTest {
  private static BenchmarkReport.Place place(String name, long count, double rate) {
    return place(name, count, 5000L, rate, List.of());
  }

  private static BenchmarkReport.Place place(
      String name, long count, long residents, double rate, List<String> flags) {
    return new BenchmarkReport.Place(
        name,
        count,
        residents,
        rate,
        1,
        1,
        1,
        FunnelPlot.Position.WITHIN,
        null,
        null,
        null,
        null,
        flags);
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

  /** Harrow among peers up to 450,000 residents, Westminster flagged as resident-denominator. */
  private static BenchmarkReport.Priority london() {
    return new BenchmarkReport.Priority(
        "Violence against women and girls",
        26.3,
        182.29,
        17.55,
        "random effects: …",
        null,
        "…",
        List.of(
            place("Harrow", 4985, 252338, 19.8, List.of()),
            place("Brent", 9000, 330000, 27.3, List.of()),
            place("Croydon", 12000, 450000, 26.7, List.of()),
            place("Westminster", 8000, 200000, 40.0, List.of(Benchmark.RESIDENT_DENOMINATOR))));
  }

  @Test
  void aPeerWhoseResidentsAreNotItsPopulationAtRiskIsDrawnHollowAndNamedInTheLegend()
      throws Exception {
    Svg svg = new Svg(PriorityCharts.funnel("funnel-0", london(), "Harrow").svg());

    assertThat(svg.texts()).contains(FunnelChart.RESIDENT_LEGEND);
    assertThat(FunnelChart.RESIDENT_LEGEND)
        .isEqualTo("residents are not the population at risk: compare on change");
  }

  @Test
  void theAxesKeepTheirLabelsWholeAndTheAreaItsName() throws Exception {
    Svg svg = new Svg(PriorityCharts.funnel("funnel-0", london(), "Harrow").svg());

    // the title names the priority; "Violence against women and girls per 1,000 residents" at
    // 11 px is about 330 px long, more than the plot's height, and was cut at both ends (the
    // rotated label is drawn as glyph outlines, so it is read from the chart, not the SVG's texts)
    org.jfree.chart.plot.XYPlot plot = FunnelChart.of(london(), "Harrow").getXYPlot();
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("crimes per 1,000 residents");
    // the area's name starts beyond its dot (radius 5 px), joined to it by a short line: drawn
    // from the dot's centre, the name covered the dot
    assertThat(plot.getAnnotations())
        .singleElement()
        .isInstanceOfSatisfying(
            org.jfree.chart.annotations.XYPointerAnnotation.class,
            a -> {
              assertThat(a.getText()).isEqualTo("Harrow");
              assertThat(a.getTipRadius()).isGreaterThan(5);
            });
    // the residents' axis runs to 450,000 × 1.1 = 495,000: its last tick, 450,000 or 475,000,
    // must end inside the 720 px drawing
    Map<String, Double> edges = svg.rightEdges(Fonts.regular(10f));
    edges.entrySet().stream()
        .filter(e -> e.getKey().matches("\\d{3},000"))
        .forEach(e -> assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(720));
    assertThat(edges.keySet().stream().filter(k -> k.matches("4\\d{2},000"))).isNotEmpty();
  }
}
