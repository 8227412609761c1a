package saferstats.render;

import saferstats.analysis.BenchmarkReport;
import saferstats.draw.PriorityCharts;

/**
 * Where the area stands among its peers, for the report: the benchmark's funnel plot of each
 * priority, the area's position in words and the method (φ, τ²) in a line; or one line saying why
 * there is no funnel plot.
 *
 * @param report the benchmark of the area's peers, or null
 * @param absent why there is no benchmark, when {@code report} is null
 */
public record ReportPeers(BenchmarkReport report, String absent) {
  /** Why the funnel's limits are nearly level, said under a funnel whose limits are. */
  static final String FLAT_LIMITS =
      "The limits are nearly level, not a funnel: the spread between places (τ²) is far larger"
          + " than the chance variation of even the smallest place's count, so a place's size"
          + " barely changes how far from the pooled rate it may lie.";

  public static ReportPeers of(BenchmarkReport report) {
    return new ReportPeers(report, null);
  }

  public static ReportPeers none(String why) {
    return new ReportPeers(null, why);
  }

  /** The priority's peers part; {@code id} names the drawing. */
  ReportView.Peers of(String id, String priority) {
    if (report == null) {
      return absent == null ? null : new ReportView.Peers(null, null, null, absent);
    }
    BenchmarkReport.Priority p =
        report.priorities().stream()
            .filter(x -> x.name().equals(priority))
            .findFirst()
            .orElse(null);
    if (p == null) {
      return new ReportView.Peers(
          null,
          null,
          null,
          "No funnel plot: the benchmark of "
              + report.peerGroup()
              + " does not measure this priority (its categories are not in the borough"
              + " tables).");
    }
    if (p.pooledRatePer1000() == null) {
      return new ReportView.Peers(null, p.sentence(), null, null);
    }
    if (comparedOnChange(p)) {
      // A rate per resident is not this area's measure: its dot on a rate funnel would read as
      // an outlier the sentence says it is not. The ranks on change are the comparison.
      return new ReportView.Peers(
          null,
          p.sentence(),
          p.changeMethod() == null ? null : "Ranks on change: " + p.changeMethod() + ".",
          null);
    }
    return new ReportView.Peers(
        ReportView.Chart.of(
            PriorityCharts.funnel(id + "-funnel", p, report.area()),
            "Funnel plot of "
                + priority
                + ": rate per 1,000 residents against residents, "
                + report.peerGroup()
                + ", 12 months "
                + report.from()
                + " to "
                + report.end()),
        p.sentence(),
        BenchmarkText.methodLine(p) + (p.limitsFlat() ? " " + FLAT_LIMITS : ""),
        null);
  }

  /** Whether the area is compared on change, as its position sentence says it is. */
  private boolean comparedOnChange(BenchmarkReport.Priority p) {
    BenchmarkReport.Place area = p.place(report.area());
    return area != null && area.comparedOnChange();
  }
}
