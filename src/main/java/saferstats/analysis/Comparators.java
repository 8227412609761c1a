package saferstats.analysis;

import java.util.List;
import java.util.stream.Stream;
import saferstats.load.AreaContext;
import saferstats.load.CompareInput;
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
    MonthlySeries series = new MonthlySeries(area.forceCounts(), p.categories());
    WindowCount c12 = series.window(area.windows().current12());
    WindowCount p12 = series.window(area.windows().previous12());
    WindowCount restC = minus(c12, areaCurrent);
    WindowCount restP = minus(p12, areaPrevious);
    return figures(name, c12, p12, restC, restP, areaCurrent);
  }

  /** The rest smaller than the area over the current 12 months (both known). */
  static boolean tooSmall(WindowCount rest, WindowCount area) {
    return rest.complete() && area.complete() && rest.count() < area.count();
  }

  /**
   * The figures of {@code --compare}: another force's, none of it the area's, so its rest is the
   * whole of it; or London's from MPS tables, read through the set's MPS categories for the
   * priority, whose rest is London less the area when the area is inside London. A month it lacks
   * leaves that window's count and change absent, never zero. Null when the compare input cannot
   * measure the priority (a note says so).
   */
  static ComparatorFigures of(
      CompareInput other,
      ResolvedPriority p,
      AreaContext area,
      WindowCount areaCurrent,
      WindowCount areaPrevious) {
    ResolvedPriority mine = other.priority(p).orElse(null);
    if (mine == null) {
      return null;
    }
    MonthlySeries series = new MonthlySeries(other.counts(), mine.categories());
    WindowCount c12 = series.window(area.windows().current12());
    WindowCount p12 = series.window(area.windows().previous12());
    WindowCount restC = other.holdsArea() ? minus(c12, areaCurrent) : c12;
    WindowCount restP = other.holdsArea() ? minus(p12, areaPrevious) : p12;
    return figures(other.name(), c12, p12, restC, restP, areaCurrent);
  }

  /** The comparator's windows and its rest's, flagged too small when the rest is under the area. */
  private static ComparatorFigures figures(
      String name,
      WindowCount c12,
      WindowCount p12,
      WindowCount restC,
      WindowCount restP,
      WindowCount areaCurrent) {
    return new ComparatorFigures(
        name,
        c12.count(),
        p12.count(),
        Comparison.of(c12, p12).changePct(),
        new ComparatorFigures.Rest(
            restC.count(), restP.count(), Comparison.of(restC, restP).changePct()),
        missing(p12, c12),
        tooSmall(restC, areaCurrent));
  }

  private static List<Month> missing(WindowCount previous, WindowCount current) {
    return Stream.concat(previous.missing().stream(), current.missing().stream()).toList();
  }

  private static WindowCount minus(WindowCount whole, WindowCount part) {
    Long n = whole.complete() && part.complete() ? whole.count() - part.count() : null;
    return new WindowCount(whole.label(), whole.from(), whole.to(), n, whole.missing());
  }
}
