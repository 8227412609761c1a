package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import saferstats.stats.FunnelPlot;

/**
 * What the committee would be choosing between (issue 25.4): each priority's volume, change, share
 * of the area's harm, concentration over its LSOAs and place among its peers, the most harmful
 * first. A priority without a harm share (anti-social behaviour, the dashboard's cross-cutting
 * priorities, local records) comes after those with one, by volume: weights say nothing of it, so
 * it is not ranked among them.
 *
 * @param peerGroup the peers in words ("London's 32 boroughs"), or null when no peer group applies
 */
public record PriorityMatrix(List<Row> rows, String peerGroup) {

  /**
   * One priority of the matrix; every figure null when it cannot be given.
   *
   * @param gini the Gini coefficient of the current 12 months' count over the area's LSOAs
   * @param peers the area's place among its peers for this priority, or why it has none
   */
  public record Row(
      PriorityTrend priority,
      Long volume,
      Double changePct,
      Double harmShare,
      Double volumeShare,
      Double gini,
      PeerPosition peers) {

    /** Whether the weights rank this priority (it has a harm share). */
    public boolean weighed() {
      return harmShare != null;
    }
  }

  /**
   * The area's rank among {@code of} peers (1 = the lowest rate), its 95 % rank interval and its
   * funnel position; or, when it has none, {@code absent} says why (the figures are then null, save
   * when it is ranked {@link #onChange}).
   */
  public record PeerPosition(
      Integer rank,
      Integer low,
      Integer high,
      Integer of,
      FunnelPlot.Position funnel,
      String absent) {
    static PeerPosition absent(String why) {
      return new PeerPosition(null, null, null, null, null, why);
    }

    /**
     * Whether the area is ranked on its change, not its rate ({@code absent} then says why, and the
     * rank and interval are of the change, 1 = the largest fall; no funnel).
     */
    public boolean onChange() {
      return ON_CHANGE.equals(absent) && rank != null;
    }
  }

  static final String ALL_CRIME_ONLY =
      "compared with its peers on all crime only (see the key findings): its categories have no"
          + " crosswalk to the MPS tables'";
  static final String ON_CHANGE =
      "residents are not the population at risk, so the area is compared with its peers on change,"
          + " not rate";
  static final String FROM_DASHBOARD =
      "not ranked: counted in part or whole from the MPS Monthly Crime Dashboard, which was not"
          + " read beside the borough tables or does not cover every month compared, so the peers'"
          + " counts of it would be short";
  static final String NOT_RANKED =
      "not ranked: a month of the window is missing, or no peer has a rate";

  /** Harm share, largest first; then the unweighed by volume, largest first; then by name. */
  static final Comparator<Row> ORDER =
      Comparator.comparing(Row::weighed)
          .reversed()
          .thenComparing(Row::harmShare, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Row::volume, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(r -> r.priority().label());

  /**
   * @param peers the benchmark of the area among its peers, or why none applies
   */
  public static PriorityMatrix of(Assessment a, PeerAbsence.Or peers) {
    List<Row> rows = new ArrayList<>();
    for (PriorityTrend p : a.trends().priorities()) {
      HotspotsReport places = a.hotspotsOf(p);
      rows.add(
          new Row(
              p,
              p.windows().twelve().now().count(),
              p.windows().twelve().changePct(),
              p.harm() == null ? null : p.harm().harmShare(),
              p.harm() == null ? null : p.harm().volumeShare(),
              places == null || places.concentration() == null
                  ? null
                  : places.concentration().gini(),
              peers.peers() == null
                  ? PeerPosition.absent(peers.absent())
                  : position(peers.peers(), p.name())));
    }
    return new PriorityMatrix(
        sorted(rows), peers.peers() == null ? null : peers.peers().peerGroup());
  }

  static List<Row> sorted(List<Row> rows) {
    return rows.stream().sorted(ORDER).toList();
  }

  /** The area's ranked place for {@code priority} among the peers, or why it has none. */
  static PeerPosition position(BenchmarkReport peers, String priority) {
    BenchmarkReport.Priority bp =
        peers.priorities().stream().filter(x -> x.name().equals(priority)).findFirst().orElse(null);
    if (bp == null) {
      return PeerPosition.absent(ALL_CRIME_ONLY);
    }
    if (bp.places().isEmpty() && bp.sentence().contains(Benchmark.FROM_DASHBOARD)) {
      // Benchmark's notInTheTables: no peer was counted, and its sentence says why.
      return PeerPosition.absent(FROM_DASHBOARD);
    }
    BenchmarkReport.Place area = bp.place(peers.area());
    if (area != null && area.flagged(Benchmark.RESIDENT_DENOMINATOR)) {
      if (area.changeRank() == null) {
        return PeerPosition.absent(ON_CHANGE);
      }
      // Its change's rank in the place of a rate's, so the cell shows what the area is compared
      // on (review finding 20), not a "—" beside another "—" that means "not ranked".
      int of = (int) bp.places().stream().filter(x -> x.changeRank() != null).count();
      return new PeerPosition(
          area.changeRank(), area.changeRankLow(), area.changeRankHigh(), of, null, ON_CHANGE);
    }
    if (area == null || area.rank() == null || area.funnel() == null) {
      return PeerPosition.absent(NOT_RANKED);
    }
    int of = (int) bp.places().stream().filter(x -> x.rank() != null).count();
    return new PeerPosition(area.rank(), area.rankLow(), area.rankHigh(), of, area.funnel(), null);
  }

  /** The first row the weights rank highest, or null when no priority carries a harm share. */
  public Row harmLeader() {
    return rows.isEmpty() || !rows.get(0).weighed() ? null : rows.get(0);
  }
}
