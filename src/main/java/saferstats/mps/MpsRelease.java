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
  private final Map<MpsData.Cell, Long> cells = new HashMap<>();
  private final Set<String> areas = new HashSet<>();
  private final long fingerprint;

  MpsRelease(MpsFile file) {
    this.name = file.name();
    this.level = file.layout().level();
    this.months = Collections.unmodifiableSortedSet(new TreeSet<>(file.layout().months()));
    long print = 0;
    for (MpsRow row : file.rows()) {
      areas.add(row.areaCode());
      for (int i = 0; i < row.counts().length; i++) {
        Long n = row.counts()[i];
        Month m = row.months().get(i);
        add(new MpsData.Cell(level, row.areaCode(), row.category(), m), n);
        print += Objects.hash(row.areaCode(), row.category(), m.index(), n);
      }
    }
    this.fingerprint = print;
  }

  /**
   * Rows whose published categories map to one canonical category add up; a missing cell makes the
   * sum missing.
   */
  private void add(MpsData.Cell cell, Long n) {
    if (!cells.containsKey(cell)) {
      cells.put(cell, n);
    } else {
      Long before = cells.get(cell);
      cells.put(cell, before == null || n == null ? null : before + n);
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
    long sum = 0;
    for (Map.Entry<MpsData.Cell, Long> e : cells.entrySet()) {
      MpsData.Cell c = e.getKey();
      if (c.month().equals(m) && areaCodes.contains(c.area())) {
        if (e.getValue() == null) {
          return null;
        }
        sum += e.getValue();
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return name + " (" + first() + " to " + last() + ")";
  }
}
