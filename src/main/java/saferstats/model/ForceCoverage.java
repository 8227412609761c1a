package saferstats.model;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/** The months a force published street files for, and the gaps between its first and last. */
public record ForceCoverage(
    String force, Month first, Month last, int present, List<Month> missing) {
  /**
   * The one gap-month rule, for every kind of source: between the first and last month with data, a
   * month without data is missing (null), never zero.
   */
  public static ForceCoverage of(String source, SortedSet<Month> present) {
    return over(source, present.first(), present.last(), present);
  }

  /** As {@link #of}, over a span fixed by the caller (an MPS release span clipped to the data). */
  public static ForceCoverage over(String source, Month first, Month last, Set<Month> present) {
    List<Month> missing = first.through(last).stream().filter(m -> !present.contains(m)).toList();
    int inside = (int) first.through(last).stream().filter(present::contains).count();
    return new ForceCoverage(source, first, last, inside, missing);
  }

  public boolean covers(Month m) {
    return !m.isBefore(first) && !m.isAfter(last) && !missing.contains(m);
  }
}
