package saferstats.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import saferstats.load.MonthlyCounts;
import saferstats.model.Month;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;

/**
 * A priority's positive outcomes from the MPS Monthly Crime Dashboard (SPEC 1.4b): outcomes
 * recorded in a month may be of earlier offences, so they are given as counts and as a ratio to the
 * offences of the same categories over 12 months, never as a monthly rate.
 *
 * @param categories the priority's dashboard categories that carry outcomes
 * @param current12 positive outcomes in the current 12 months; null when a month is missing
 * @param previous12 the same for the previous 12 months
 * @param offences12 the same categories' offences in the current 12 months
 * @param ratio12 current12 / offences12; null when either is missing or there were no offences
 */
public record PositiveOutcomeFigures(
    String priority,
    Set<String> categories,
    Long current12,
    Long previous12,
    Long offences12,
    Double ratio12) {

  /** The figures of each priority that maps a category with outcomes. */
  static List<PositiveOutcomeFigures> of(
      List<ResolvedPriority> priorities,
      MonthlyCounts outcomes,
      MonthlyCounts offences,
      Window current,
      Window previous) {
    if (outcomes == null) {
      return List.of();
    }
    return priorities.stream()
        .filter(ResolvedPriority::measurable)
        .map(
            p -> {
              Set<String> cats = new TreeSet<>(p.categories());
              cats.retainAll(outcomes.categories());
              return cats.isEmpty()
                  ? null
                  : of(p.name(), cats, outcomes, offences, current, previous);
            })
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private static PositiveOutcomeFigures of(
      String name,
      Set<String> cats,
      MonthlyCounts outcomes,
      MonthlyCounts offences,
      Window current,
      Window previous) {
    Long now = sum(outcomes, cats, current.months());
    Long before = sum(outcomes, cats, previous.months());
    Long crimes = sum(offences, cats, current.months());
    Double ratio = now == null || crimes == null || crimes == 0 ? null : (double) now / crimes;
    return new PositiveOutcomeFigures(name, cats, now, before, crimes, ratio);
  }

  private static Long sum(MonthlyCounts counts, Collection<String> cats, List<Month> months) {
    long total = 0;
    for (Month m : months) {
      Long n = counts.count(cats, m);
      if (n == null) {
        return null;
      }
      total += n;
    }
    return total;
  }
}
