package saferstats.mps;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.model.Month;

/**
 * One MPS table as published: the months it covers and its cells, null where a cell could not be
 * counted. Releases are not revisions of one another, so each is kept whole (SPEC 1.4).
 */
public final class MpsRelease {
  /**
   * Newest first by the last month covered, then the later first month; input order and file names
   * never decide, so equal spans fall back on the content itself.
   */
  public static final Comparator<MpsRelease> NEWEST_FIRST =
      Comparator.comparing((MpsRelease r) -> r.last())
          .reversed()
          .thenComparing(Comparator.comparing((MpsRelease r) -> r.first()).reversed())
          .thenComparing(Comparator.comparingLong((MpsRelease r) -> r.fingerprint).reversed());

  private final String name;
  private final MpsLayout.Level level;
  private final SortedSet<Month> months;
  private final Map<MpsData.Cell, Long> cells;
  private final Month firstMonth;
  private final boolean[] hasMonth;
  private final Set<String> areas = new HashSet<>();
  private final Set<MpsData.Cell> missing = new HashSet<>();
  private final long fingerprint;

  MpsRelease(MpsFile file) {
    this.name = file.name();
    this.level = file.layout().level();
    this.months = Collections.unmodifiableSortedSet(new TreeSet<>(file.layout().months()));
    this.firstMonth = months.first();
    this.hasMonth = new boolean[firstMonth.monthsThrough(months.last())];
    months.forEach(m -> hasMonth[firstMonth.monthsThrough(m) - 1] = true);
    // Sized for every cell up front: rehashing a ward table's 400,000 cells as the map grows cost
    // more than filling it.
    this.cells =
        new HashMap<>(file.rows().size() * Math.max(1, file.layout().months().size()) * 4 / 3 + 1);
    long print = 0;
    for (MpsRow row : file.rows()) {
      areas.add(row.areaCode());
      // Objects.hash(areaCode, category, month index, count) written out: the same value without
      // boxing and a varargs array for each of London's half a million cells.
      int prefix = (31 + Objects.hashCode(row.areaCode())) * 31 + Objects.hashCode(row.category());
      for (int i = 0; i < row.counts().length; i++) {
        Long n = row.counts()[i];
        Month m = row.months().get(i);
        add(new MpsData.Cell(level, row.areaCode(), row.category(), m), n);
        print += (prefix * 31 + m.index()) * 31 + (n == null ? 0 : Long.hashCode(n));
      }
    }
    this.fingerprint = print;
  }

  /** Month → area → its total over every category, null when any of its cells is missing. */
  private Map<Month, Map<String, Long>> totals;

  /**
   * Rows whose published categories map to one canonical category add up; a missing cell makes the
   * sum missing. One look-up for the usual new cell; the few missing cells are remembered apart, as
   * a null from {@code put} cannot tell a missing cell from a new one.
   */
  private void add(MpsData.Cell cell, Long n) {
    Long before = cells.put(cell, n);
    if (before != null) {
      cells.put(cell, n == null ? null : before + n);
    } else if (missing.contains(cell)) {
      cells.put(cell, null);
    }
    if (n == null) {
      missing.add(cell);
    }
  }

  public String name() {
    return name;
  }

  public MpsLayout.Level level() {
    return level;
  }

  public Month first() {
    return months.first();
  }

  public Month last() {
    return months.last();
  }

  /** Whether this release has the month. */
  public boolean covers(Month m) {
    int i = m.index() - firstMonth.index();
    return i >= 0 && i < hasMonth.length && hasMonth[i];
  }

  /** Whether this release has the month and publishes any of the areas. */
  public boolean covers(Set<String> areaCodes, Month m) {
    return months.contains(m) && areaCodes.stream().anyMatch(areas::contains);
  }

  public boolean hasArea(String code) {
    return areas.contains(code);
  }

  /** Every cell; a null value is a cell that could not be counted (a missing month). */
  public Map<MpsData.Cell, Long> cells() {
    return Collections.unmodifiableMap(cells);
  }

  /** The area's total over every category in a month, or null when any of its cells is missing. */
  public Long total(Set<String> areaCodes, Month m) {
    if (totals == null) {
      totals = totals();
    }
    long sum = 0;
    for (Map.Entry<String, Long> e : totals.getOrDefault(m, Map.of()).entrySet()) {
      if (areaCodes.contains(e.getKey())) {
        if (e.getValue() == null) {
          return null;
        }
        sum += e.getValue();
      }
    }
    return sum;
  }

  /** Each month's area totals, summed once: a splice asks for them month by month. */
  private Map<Month, Map<String, Long>> totals() {
    Map<Month, Map<String, Long>> out = new HashMap<>();
    cells.forEach(
        (c, n) -> {
          Map<String, Long> byArea = out.computeIfAbsent(c.month(), k -> new HashMap<>());
          if (!byArea.containsKey(c.area())) {
            byArea.put(c.area(), n);
          } else {
            Long before = byArea.get(c.area());
            byArea.put(c.area(), before == null || n == null ? null : before + n);
          }
        });
    return out;
  }

  @Override
  public String toString() {
    return name + " (" + first() + " to " + last() + ")";
  }
}
