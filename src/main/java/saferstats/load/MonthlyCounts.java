package saferstats.load;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * Counts by category and month, read against the months their source covers: the one home of the
 * rule that a covered month with no rows of a category is 0 and a month the source does not cover
 * (or a cell that could not be counted) is null, never 0. Immutable.
 */
public final class MonthlyCounts {
  /** Category → month → count; a null count is a cell that could not be counted. */
  private final SortedMap<String, SortedMap<Month, Long>> cells;

  private final ForceCoverage coverage;

  private MonthlyCounts(SortedMap<String, SortedMap<Month, Long>> cells, ForceCoverage coverage) {
    this.cells = cells;
    this.coverage = Objects.requireNonNull(coverage);
  }

  /** No counts at all: every covered month is 0. */
  public static MonthlyCounts empty(ForceCoverage coverage) {
    return new Builder().build(coverage);
  }

  /** Counts given month first (ingest's shape for a force), read against {@code coverage}. */
  public static MonthlyCounts byMonth(
      Map<Month, ? extends Map<String, Long>> byMonth, ForceCoverage coverage) {
    Builder b = new Builder();
    byMonth.forEach((m, byCategory) -> byCategory.forEach((c, n) -> b.add(c, m, n)));
    return b.build(coverage);
  }

  /**
   * Counts given category first (ingest's shape for the selected rows), read against {@code
   * coverage}.
   */
  public static MonthlyCounts byCategory(
      Map<String, ? extends Map<Month, Long>> byCategory, ForceCoverage coverage) {
    Builder b = new Builder();
    byCategory.forEach((c, byMonth) -> byMonth.forEach((m, n) -> b.add(c, m, n)));
    return b.build(coverage);
  }

  /**
   * These counts with {@code more} categories beside them, read against the same coverage: a source
   * with months of its own (the MPS dashboard beside the tables) gives each of its covered months a
   * count, 0 included, and null where it has no figure.
   */
  public MonthlyCounts with(Map<String, ? extends Map<Month, Long>> more) {
    Builder b = new Builder();
    cells.forEach((c, byMonth) -> byMonth.forEach((m, n) -> b.add(c, m, n)));
    more.forEach((c, byMonth) -> byMonth.forEach((m, n) -> b.add(c, m, n)));
    return b.build(coverage);
  }

  /** The months the counts are read against. */
  public ForceCoverage coverage() {
    return coverage;
  }

  /** The categories with at least one cell, counted or not, in name order. */
  public Set<String> categories() {
    return Collections.unmodifiableSet(cells.keySet());
  }

  /**
   * The sum of {@code categories} in month {@code m}: null when the month is not covered or any of
   * their cells in it could not be counted (a smaller sum would pass for a true one); otherwise 0
   * for categories with no rows that month.
   */
  public Long count(Collection<String> categories, Month m) {
    if (!coverage.covers(m)) {
      return null;
    }
    long sum = 0;
    for (String c : categories) {
      SortedMap<Month, Long> byMonth = cells.get(c);
      if (byMonth == null || !byMonth.containsKey(m)) {
        continue;
      }
      Long n = byMonth.get(m);
      if (n == null) {
        return null;
      }
      sum += n;
    }
    return sum;
  }

  /** One category's count in month {@code m}, as {@link #count(Collection, Month)}. */
  public Long count(String category, Month m) {
    return count(Set.of(category), m);
  }

  /** Every counted cell added up, whatever the coverage (a source's row total). */
  public long total() {
    return cells.values().stream()
        .flatMap(byMonth -> byMonth.values().stream())
        .filter(Objects::nonNull)
        .mapToLong(Long::longValue)
        .sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyCounts other
        && cells.equals(other.cells)
        && coverage.equals(other.coverage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, coverage);
  }

  @Override
  public String toString() {
    return cells + " over " + coverage;
  }

  /**
   * Gathers counts cell by cell; adding to a cell sums, and a null (uncountable) cell stays null.
   */
  public static final class Builder {
    private final SortedMap<String, SortedMap<Month, Long>> cells = new TreeMap<>();

    /** Adds {@code n} to the category's month; null (could not be counted) wins over any count. */
    public Builder add(String category, Month m, Long n) {
      SortedMap<Month, Long> byMonth = cells.computeIfAbsent(category, k -> new TreeMap<>());
      if (!byMonth.containsKey(m)) {
        byMonth.put(m, n);
      } else {
        Long before = byMonth.get(m);
        byMonth.put(m, before == null || n == null ? null : before + n);
      }
      return this;
    }

    /** The counts so far, read against {@code coverage}. */
    public MonthlyCounts build(ForceCoverage coverage) {
      SortedMap<String, SortedMap<Month, Long>> frozen = new TreeMap<>();
      cells.forEach(
          (c, byMonth) -> frozen.put(c, Collections.unmodifiableSortedMap(new TreeMap<>(byMonth))));
      return new MonthlyCounts(Collections.unmodifiableSortedMap(frozen), coverage);
    }
  }
}
