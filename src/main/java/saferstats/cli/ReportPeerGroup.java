package saferstats.cli;

import java.util.List;
import saferstats.analysis.Benchmark;
import saferstats.analysis.BenchmarkReport;
import saferstats.analysis.PeerAbsence;
import saferstats.ingest.result.Selection;
import saferstats.load.CompareInput;
import saferstats.model.InputKind;
import saferstats.model.UserError;
import saferstats.mps.MpsData;
import saferstats.render.ReportPeers;

/**
 * The report's peer group, worked out once for the whole report: London's boroughs from MPS borough
 * tables (the area's own, or given with {@code --compare}), or a police.uk area's force's community
 * safety partnerships, with {@code --population} — {@code benchmark}'s figures, which the priority
 * matrix, the key findings and each priority's funnel plot read; else why none applies. The report
 * is not refused for want of peers: it says why it has none.
 */
final class ReportPeerGroup {
  private ReportPeerGroup() {}

  static PeerAbsence.Or of(
      AreaReportOptions area, CompareOptions compare, AreaReportOptions.Loaded l) {
    boolean own = l.area().mpsTables().isPresent();
    MpsData london =
        own || compare.inputs == null
            ? null
            : Reading.read(compare.inputs, area.input, new Selection.None()).mps();
    // A police.uk area with no MPS tables beside it is ranked among its force's partnerships.
    boolean partnerships = l.area().kind() == InputKind.POLICE_UK && compare.inputs == null;
    if (!own && !partnerships && (london == null || london.isEmpty())) {
      return PeerAbsence.none(PeerAbsence.NO_TABLES);
    }
    if (area.support.population == null) {
      return PeerAbsence.none(
          partnerships ? PeerAbsence.NO_POPULATION_CSPS : PeerAbsence.NO_POPULATION);
    }
    try {
      BenchmarkReport r =
          Benchmark.report(l.area(), l.set(), null, area.support.residents(), london);
      if (r.priorities().isEmpty()) {
        // No peers within the force (the City of London): its first note says so and where to look.
        return PeerAbsence.none(
            r.notes().get(0).replaceFirst("^No", "no").replaceFirst("\\.$", ""));
      }
      return new PeerAbsence.Or(r, null);
    } catch (UserError e) {
      // The peers cannot be formed from these inputs (a borough without residents, say): the
      // report says so rather than failing.
      return PeerAbsence.none("no peer group: " + e.getMessage());
    }
  }

  /** Each priority's funnel plot from the peers, or the one line saying why there is none. */
  static ReportPeers funnels(AreaReportOptions.Loaded l, PeerAbsence.Or peers) {
    if (peers.peers() != null) {
      return ReportPeers.of(peers.peers());
    }
    return ReportPeers.none("No funnel plot: " + peers.absent() + ".");
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
