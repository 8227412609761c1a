package saferstats.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.Names;
import saferstats.model.WindowPair;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import saferstats.mps.MpsRelease;

/**
 * London's boroughs as peers: each borough of the MPS borough tables outside the pseudo-boroughs
 * (airports, aviation security, unknown), its counts over a window pair taken from the release SPEC
 * 1.4 picks for all of them at once — the newest covering every month — so no borough is ranked on
 * another release's figures than its peers.
 */
public final class MpsPeers {
  private MpsPeers() {}

  /**
   * One borough's counts.
   *
   * @param name the borough as the tables name it
   */
  public record Peer(String name, MonthlyCounts counts) {}

  /**
   * The boroughs, by name, and which release(s) gave their months.
   *
   * @param splice null when one release gave every month; else the release-splice note SPEC 1.4
   *     asks for: where the source changes and the releases' difference on the months they share
   */
  public record Group(
      Map<String, Peer> peers, String origin, String splice, boolean withDashboard) {}

  public static Group boroughs(MpsData mps, WindowPair windows) {
    return boroughs(mps, windows, null);
  }

  /**
   * The boroughs with, when {@code dashboard} covers every month of the windows, each borough's own
   * MPS Monthly Crime Dashboard rows beside its table counts (SPEC 1.4b: a month it covers with no
   * row is 0), so a priority counted from the dashboard is ranked on the same measure for every
   * peer. A dashboard that misses a month of the windows is left out whole: a peer's count short of
   * a month would read as a lower rate.
   */
  public static Group boroughs(MpsData mps, WindowPair windows, DashboardData dashboard) {
    if (!mps.levels().contains(Level.BOROUGH)) {
      throw saferstats.model.UserError.input(
          "benchmark ranks London's boroughs from the MPS borough tables, and none was given",
          "give an MPS Borough Level Crime table (ward and LSOA tables do not add up to boroughs)");
    }
    Set<String> london = MpsLoader.londonAreas(mps, Level.BOROUGH);
    List<Month> months = windows.months();
    Map<Month, MpsRelease> from = mps.sources(Level.BOROUGH, london, months);
    ForceCoverage coverage =
        ForceCoverage.over(
            "MPS borough tables", months.get(0), months.get(months.size() - 1), from.keySet());
    Map<String, MonthlyCounts.Builder> builders = new TreeMap<>();
    london.forEach(a -> builders.put(a, new MonthlyCounts.Builder()));
    for (MpsRelease r : new HashSet<>(from.values())) {
      r.cells()
          .forEach(
              (cell, n) -> {
                if (from.get(cell.month()) == r && london.contains(cell.area())) {
                  builders.get(cell.area()).add(cell.category(), cell.month(), n);
                }
              });
    }
    Map<String, MpsData.Area> areas = mps.areas(Level.BOROUGH);
    boolean withDashboard =
        dashboard != null
            && !dashboard.isEmpty()
            && dashboard.months(Level.BOROUGH).containsAll(months);
    if (withDashboard) {
      builders.forEach(
          (code, b) ->
              dashboardCode(dashboard, code, areas.get(code).name())
                  .ifPresent(
                      d ->
                          dashboard
                              .counts(Level.BOROUGH, Set.of(d), DashboardMeasure.OFFENCES)
                              .forEach(
                                  (category, byMonth) ->
                                      months.forEach(m -> b.add(category, m, byMonth.get(m))))));
    }
    Map<String, Peer> peers = new LinkedHashMap<>();
    builders.forEach(
        (code, b) -> {
          String name = areas.get(code).name();
          peers.put(name, new Peer(name, b.build(coverage)));
        });
    Set<MpsRelease> used = new HashSet<>(from.values());
    String origin =
        used.isEmpty()
            ? "no release covers these months"
            : used.size() == 1
                ? used.iterator().next().toString()
                : used.size() + " releases, newest first month by month";
    String splice =
        MpsSpans.splice(
            new MpsSpans.Selection(Level.BOROUGH, london, london, "London's boroughs"),
            SeriesSpan.TWELVE,
            months,
            from);
    return new Group(peers, origin, splice, withDashboard);
  }

  /** The dashboard's code for a borough of the tables: the same code, else the same name. */
  private static Optional<String> dashboardCode(DashboardData dashboard, String code, String name) {
    Map<String, DashboardData.Area> boroughs = dashboard.areas(Level.BOROUGH);
    if (boroughs.containsKey(code)) {
      return Optional.of(code);
    }
    return boroughs.values().stream()
        .filter(a -> Names.same(a.name(), name))
        .map(DashboardData.Area::code)
        .findFirst();
  }
}
