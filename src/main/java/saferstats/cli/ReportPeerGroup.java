package saferstats.cli;

import java.util.List;
import saferstats.analysis.Benchmark;
import saferstats.load.CompareInput;
import saferstats.model.UserError;
import saferstats.render.ReportPeers;

/**
 * The report's peer group: for an area read from MPS tables, London's boroughs (the benchmark
 * command's figures, each priority's funnel plot in its section); else, or when it cannot be built,
 * the reason in one line.
 */
final class ReportPeerGroup {
  private ReportPeerGroup() {}

  static ReportPeers of(AreaReportOptions.Loaded l, SupportOptions support) {
    if (l.area().mpsTables().isEmpty()) {
      return ReportPeers.none(ReportPeers.POLICE_UK);
    }
    if (support.population == null) {
      return ReportPeers.none(
          "No funnel plot: comparing London's boroughs needs their residents; give --population"
              + " (the ONS mid-year LSOA estimates) to draw one.");
    }
    try {
      return ReportPeers.of(Benchmark.report(l.area(), l.set(), null, support.residents(), null));
    } catch (UserError e) {
      // The report stands without its peers: the reason is printed where the funnel would be.
      return ReportPeers.none("No funnel plot: " + e.getMessage() + ".");
    }
  }

  /** The kinds of source {@code --compare} read, for the attribution lines. */
  static List<String> read(CompareInput other) {
    if (other == null) {
      return List.of();
    }
    // The compare input's priority set is read against MPS categories when it is MPS tables.
    return List.of(other.set() != null ? "mps-table" : "police-uk-street");
  }
}
