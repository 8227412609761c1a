package saferstats.analysis;

import saferstats.load.AreaContext;
import saferstats.model.Window;
import saferstats.model.WindowSet;
import saferstats.priorities.ResolvedPriority;

/** Works out a priority's {@link UnlocatedFigures} from the force's counts with no location. */
final class Unlocated {
  /** A move in the unlocated share this large (percentage points) changes what a change means. */
  static final double SHARE_CHANGE_POINTS = 2.0;

  /** Differences of 1-dp shares carry binary noise: 2.0 may land a hair below 2. */
  private static final double EPSILON = 1e-9;

  private Unlocated() {}

  /** Null where the source has no crimes without a place (MPS tables, local records, a force). */
  static UnlocatedFigures of(ResolvedPriority p, AreaContext area, PairFigures areaTwelve) {
    if (area.forceUnlocated() == null) {
      return null;
    }
    MonthlySeries unlocated = new MonthlySeries(area.forceUnlocated(), p.categories());
    MonthlySeries force = new MonthlySeries(area.forceCounts(), p.categories());
    WindowSet w = area.windows();
    UnlocatedFigures.Share c12 = share(unlocated, force, w.twelve().now());
    UnlocatedFigures.Share p12 = share(unlocated, force, w.twelve().yearEarlier());
    Double points = points(c12, p12);
    return new UnlocatedFigures(
        c12,
        p12,
        share(unlocated, force, w.quarter().now()),
        share(unlocated, force, w.quarter().yearEarlier()),
        share(unlocated, force, w.fytd().now()),
        share(unlocated, force, w.fytd().yearEarlier()),
        points,
        Comparison.of(
                plus(areaTwelve.now(), unlocated.window(w.twelve().now())),
                plus(areaTwelve.yearEarlier(), unlocated.window(w.twelve().yearEarlier())))
            .changePct(),
        points != null && Math.abs(points) >= SHARE_CHANGE_POINTS - EPSILON);
  }

  private static UnlocatedFigures.Share share(
      MonthlySeries unlocated, MonthlySeries force, Window w) {
    Long n = unlocated.window(w).count();
    Long all = force.window(w).count();
    Double pct = percent(n, all);
    return new UnlocatedFigures.Share(n, all, pct == null ? null : Math.round(pct * 10) / 10.0);
  }

  /**
   * current12's share less previous12's, as the shares are shown (1 dp), so a reader who subtracts
   * them gets the same points and the same flag; null when either is unknown.
   */
  private static Double points(UnlocatedFigures.Share now, UnlocatedFigures.Share before) {
    return now.sharePct() == null || before.sharePct() == null
        ? null
        : Math.round((now.sharePct() - before.sharePct()) * 10) / 10.0;
  }

  private static Double percent(Long part, Long whole) {
    return part == null || whole == null || whole == 0 ? null : 100.0 * part / whole;
  }

  private static WindowCount plus(WindowCount a, WindowCount b) {
    Long n = a.complete() && b.complete() ? a.count() + b.count() : null;
    return new WindowCount(a.label(), a.from(), a.to(), n, a.missing());
  }
}
