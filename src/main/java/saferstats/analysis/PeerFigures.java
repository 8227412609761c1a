package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import saferstats.model.Month;
import saferstats.model.WindowPair;
import saferstats.stats.ChangeRanks;
import saferstats.stats.FunnelPlot;
import saferstats.stats.RankIntervals;

/**
 * One priority's figures among the peers: counts over the 12 months, rates per 1,000, the funnel
 * and the ranks. Peers with a missing month have no rate and take no part in the funnel.
 */
final class PeerFigures {
  static final double PER = 1000;

  /** Counts under 10 give no percentage change (SPEC 4.1). */
  private static final long SMALL = 10;

  private PeerFigures() {}

  /**
   * The fit, or null when it could not be made, the places in rank order, and the change ranks' fit
   * (null when fewer than two peers have a change).
   */
  record Result(
      FunnelPlot.Result fit, List<BenchmarkReport.Place> places, ChangeRanks.Result change) {}

  /**
   * @param guestCategories a guest's (the area from another source) own categories for the same
   *     figure, crossed from {@code categories} through the crosswalk; null leaves the guest out
   * @param flags each member's flags, in member order
   */
  static Result of(
      List<PeerGroup.Member> members,
      Collection<String> categories,
      Collection<String> guestCategories,
      WindowPair twelve,
      List<List<String>> flags) {
    int n = members.size();
    Long[] now = new Long[n];
    Long[] before = new Long[n];
    List<Integer> counted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PeerGroup.Member m = members.get(i);
      if (m.guest() && guestCategories == null) {
        continue;
      }
      Collection<String> own = m.guest() ? guestCategories : categories;
      now[i] = sum(m, own, twelve.now().months());
      before[i] = sum(m, own, twelve.yearEarlier().months());
      if (now[i] != null && !m.guest()) {
        counted.add(i);
      }
    }
    long[] y = counted.stream().mapToLong(i -> now[i]).toArray();
    double[] p =
        counted.stream().mapToDouble(i -> members.get(i).population().population()).toArray();
    FunnelPlot.Result fit = null;
    List<RankIntervals.Rank> ranks = null;
    if (y.length >= 2 && java.util.Arrays.stream(y).sum() > 0) {
      fit = FunnelPlot.of(y, p, PER);
      ranks = RankIntervals.of(y, p, fit);
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (changePct(now[i], before[i]) != null) {
        changed.add(i);
      }
    }
    ChangeRanks.Result change = null;
    if (changed.stream().filter(i -> !members.get(i).guest()).count() >= 2) {
      boolean[] inModel = new boolean[changed.size()];
      for (int j = 0; j < inModel.length; j++) {
        inModel[j] = !members.get(changed.get(j)).guest();
      }
      change =
          ChangeRanks.of(
              changed.stream().mapToLong(i -> now[i]).toArray(),
              changed.stream().mapToLong(i -> before[i]).toArray(),
              inModel);
    }
    List<BenchmarkReport.Place> places = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PeerGroup.Member m = members.get(i);
      int k = counted.indexOf(i);
      int c = changed.indexOf(i);
      RankIntervals.Rank cr = change == null || c < 0 ? null : change.ranks().get(c);
      FunnelPlot.Area a = fit == null || k < 0 ? null : fit.areas().get(k);
      RankIntervals.Rank r = ranks == null || k < 0 ? null : ranks.get(k);
      places.add(
          new BenchmarkReport.Place(
              m.name(),
              now[i],
              m.population().population(),
              now[i] == null ? null : round(PER * now[i] / m.population().population()),
              r == null ? null : r.rank(),
              r == null ? null : r.low(),
              r == null ? null : r.high(),
              a == null ? null : a.position(),
              changePct(now[i], before[i]),
              cr == null ? null : cr.rank(),
              cr == null ? null : cr.low(),
              cr == null ? null : cr.high(),
              flags.get(i)));
    }
    places.sort(
        Comparator.comparing(
                BenchmarkReport.Place::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BenchmarkReport.Place::name));
    return new Result(fit, places, change);
  }

  /** A guest's own crime categories: every one but anti-social behaviour, which is no crime. */
  static List<String> crime(PeerGroup.Member m) {
    return m.counts().categories().stream()
        .filter(c -> !c.equalsIgnoreCase(OutcomeShares.ASB))
        .toList();
  }

  /** The member's count over {@code months}, null when any month is missing. */
  static Long sum(PeerGroup.Member m, Collection<String> categories, List<Month> months) {
    long total = 0;
    for (Month month : months) {
      Long c = m.counts().count(categories, month);
      if (c == null) {
        return null;
      }
      total += c;
    }
    return total;
  }

  private static Double changePct(Long now, Long before) {
    if (now == null || before == null || before < SMALL || now < SMALL) {
      return null;
    }
    return Math.round(1000.0 * (now - before) / before) / 10.0;
  }

  /** Rates to 4 decimals, as trends gives them. */
  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
