package saferstats.cli;

import saferstats.analysis.Benchmark;
import saferstats.analysis.BenchmarkReport;
import saferstats.analysis.PeerAbsence;
import saferstats.ingest.result.Selection;
import saferstats.model.UserError;
import saferstats.mps.MpsData;

/**
 * The area among its peers for the report's priority matrix and key findings (issue 25.4): {@code
 * benchmark}'s figures, where a peer group applies (London's boroughs from MPS tables, the area's
 * own or given with {@code --compare}, and {@code --population}); else why none applies. The report
 * is not refused for want of peers: the matrix says why it has no peer column.
 */
final class ReportPeers {
  private ReportPeers() {}

  static PeerAbsence.Or of(
      AreaReportOptions area, CompareOptions compare, AreaReportOptions.Loaded l) {
    boolean own = l.area().mpsTables().isPresent();
    MpsData london =
        own || compare.inputs == null
            ? null
            : Reading.read(compare.inputs, area.input, new Selection.None()).mps();
    if (!own && (london == null || london.isEmpty())) {
      return PeerAbsence.none(PeerAbsence.NO_TABLES);
    }
    if (area.support.population == null) {
      return PeerAbsence.none(PeerAbsence.NO_POPULATION);
    }
    try {
      BenchmarkReport r =
          Benchmark.report(l.area(), l.set(), null, area.support.residents(), london);
      return new PeerAbsence.Or(r, null);
    } catch (UserError e) {
      // The peers cannot be formed from these inputs (a borough without residents, say): the
      // report says so rather than failing.
      return PeerAbsence.none("no peer group: " + e.getMessage());
    }
  }
}
