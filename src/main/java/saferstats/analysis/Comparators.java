package saferstats.analysis;

import java.util.Map;
import java.util.TreeMap;
import saferstats.load.AreaContext;
import saferstats.load.Sums;
import saferstats.model.Month;
import saferstats.priorities.ResolvedPriority;

/** Works out a priority's comparator figures from the force-wide (or London) monthly counts. */
final class Comparators {
  private Comparators() {}

  static ComparatorFigures of(
      String name,
      ResolvedPriority p,
      AreaContext area,
      WindowCount areaCurrent,
      WindowCount areaPrevious) {
    MonthlySeries series = forceSeries(area.forceCounts(), p, area);
    WindowCount c12 = series.window(area.windows().current12());
    WindowCount p12 = series.window(area.windows().previous12());
    WindowCount restC = minus(c12, areaCurrent);
    WindowCount restP = minus(p12, areaPrevious);
    return new ComparatorFigures(
        name,
        c12.count(),
        p12.count(),
        Comparison.of(c12, p12).changePct(),
        new ComparatorFigures.Rest(
            restC.count(), restP.count(), Comparison.of(restC, restP).changePct()),
        tooSmall(restC, areaCurrent));
  }

  /**
   * A priority's monthly sum over force-wide (or London) counts by month and category, read against
   * the area's coverage.
   */
  static MonthlySeries forceSeries(
      Map<Month, Map<String, Long>> byMonth, ResolvedPriority p, AreaContext area) {
    Map<Month, Long> whole = new TreeMap<>();
    byMonth.forEach(
        (month, byCategory) ->
            p.categories()
                .forEach(
                    c -> {
                      // A category's missing month (null) makes the comparator's month missing.
                      if (byCategory.containsKey(c)) {
                        Sums.add(whole, month, byCategory.get(c));
                      }
                    }));
    return new MonthlySeries(whole, area.coverage());
  }

  /** The rest smaller than the area over the current 12 months (both known). */
  static boolean tooSmall(WindowCount rest, WindowCount area) {
    return rest.complete() && area.complete() && rest.count() < area.count();
  }

  private static WindowCount minus(WindowCount whole, WindowCount part) {
    Long n = whole.complete() && part.complete() ? whole.count() - part.count() : null;
    return new WindowCount(whole.label(), whole.from(), whole.to(), n, whole.missing());
  }
}
