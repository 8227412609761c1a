package saferstats.analysis;

import java.util.stream.Stream;
import saferstats.load.AreaContext;
import saferstats.load.CompareInput;
import saferstats.priorities.ResolvedPriority;

/** Works out a priority's comparator figures from the force-wide (or London) monthly counts. */
final class Comparators {
  private Comparators() {}

  /** The area's force (or London) against the area's own 12-month comparison. */
  static ComparatorFigures of(
      String name, ResolvedPriority p, AreaContext area, PairFigures areaTwelve) {
    PairFigures whole =
        PairFigures.of(
            new MonthlySeries(area.forceCounts(), p.categories()), area.windows().twelve());
    return figures(name, whole, minus(whole, areaTwelve), areaTwelve.now());
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
      CompareInput other, ResolvedPriority p, AreaContext area, PairFigures areaTwelve) {
    ResolvedPriority mine = other.priority(p).orElse(null);
    if (mine == null) {
      return null;
    }
    PairFigures whole =
        PairFigures.of(
            new MonthlySeries(other.counts(), mine.categories()), area.windows().twelve());
    return figures(
        other.name(),
        whole,
        other.holdsArea() ? minus(whole, areaTwelve) : whole,
        areaTwelve.now());
  }

  /** The comparator's windows and its rest's, flagged too small when the rest is under the area. */
  private static ComparatorFigures figures(
      String name, PairFigures whole, PairFigures rest, WindowCount areaCurrent) {
    return new ComparatorFigures(
        name,
        whole.now().count(),
        whole.yearEarlier().count(),
        whole.changePct(),
        new ComparatorFigures.Rest(
            rest.now().count(), rest.yearEarlier().count(), rest.changePct()),
        Stream.concat(whole.yearEarlier().missing().stream(), whole.now().missing().stream())
            .toList(),
        tooSmall(rest.now(), areaCurrent));
  }

  private static PairFigures minus(PairFigures whole, PairFigures part) {
    return PairFigures.of(
        minus(whole.now(), part.now()), minus(whole.yearEarlier(), part.yearEarlier()));
  }

  private static WindowCount minus(WindowCount whole, WindowCount part) {
    Long n = whole.complete() && part.complete() ? whole.count() - part.count() : null;
    return new WindowCount(whole.label(), whole.from(), whole.to(), n, whole.missing());
  }
}
