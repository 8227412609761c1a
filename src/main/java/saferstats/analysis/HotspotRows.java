package saferstats.analysis;

import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT_BY;
import static saferstats.model.StreetColumns.EASTING;
import static saferstats.model.StreetColumns.LOCATION;
import static saferstats.model.StreetColumns.LONGITUDE;
import static saferstats.model.StreetColumns.LSOA_CODE;
import static saferstats.model.StreetColumns.LSOA_NAME;
import static saferstats.model.StreetColumns.WARD;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import saferstats.load.AreaTable;
import saferstats.model.Window;
import tech.tablesaw.api.Table;

/** The area's rows of some categories in a window, counted by the places hotspots ranks. */
final class HotspotRows {
  private final Table rows;

  /** The rows with an LSOA: the ones counted in places. */
  private final Table placed;

  /** Computed once: ranking asks for a place's count once per place. */
  private Map<String, Long> countsByLsoaCode;

  private Map<String, String> lsoaNames;

  private HotspotRows(Table rows) {
    this.rows = rows;
    this.placed = rows.where(rows.stringColumn(LSOA_CODE).isNotEqualTo(""));
  }

  /** Every row of the area. */
  static HotspotRows all(Table area) {
    return new HotspotRows(area);
  }

  /** Rows of {@code categories} in {@code window} (every month when null). */
  static HotspotRows of(Table area, Collection<String> categories, Window window) {
    var keep = area.stringColumn(CATEGORY).isIn(categories);
    if (window != null) {
      keep = keep.and(AreaTable.in(area, window));
    }
    return new HotspotRows(area.where(keep));
  }

  int size() {
    return rows.rowCount();
  }

  /** Rows with no LSOA: counted in the total, not in any place. */
  long unplaced() {
    return rows.rowCount() - placed.rowCount();
  }

  /**
   * Rows with an LSOA but no point (no longitude, nor easting in local records): counted in their
   * places, off the grid.
   */
  long withoutPoint() {
    var none = placed.doubleColumn(LONGITUDE).isMissing();
    if (placed.columnNames().contains(EASTING)) {
      none = none.and(placed.doubleColumn(EASTING).isMissing());
    }
    return none.size();
  }

  /**
   * LSOAs keyed on their code: police.uk sometimes publishes one code under two names (a boundary
   * change mid-series), so the name shown is the one most rows carry.
   */
  Map<PlaceRanking.Key, Long> byLsoa() {
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    Map<String, String> names = lsoaNames();
    countsByLsoaCode()
        .forEach((code, n) -> m.put(new PlaceRanking.Key(code, names.get(code), null), n));
    return m;
  }

  /**
   * Streets: the published {@code Location} within its LSOA (the same text in two LSOAs is two).
   */
  Map<PlaceRanking.Key, Long> byStreet() {
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    Map<String, String> names = lsoaNames();
    Table located = placed.where(placed.stringColumn(LOCATION).isNotEqualTo(""));
    Table g = located.countBy(LSOA_CODE, LOCATION);
    for (int i = 0; i < g.rowCount(); i++) {
      String code = g.stringColumn(LSOA_CODE).get(i);
      m.put(
          new PlaceRanking.Key(code, g.stringColumn(LOCATION).get(i), names.get(code)),
          count(g, i));
    }
    return m;
  }

  /** Local records name their ward themselves: counts by that name (blank left out). */
  Map<PlaceRanking.Key, Long> byWardColumn() {
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    Table g = rows.where(rows.stringColumn(WARD).isNotEqualTo("")).countBy(WARD);
    for (int i = 0; i < g.rowCount(); i++) {
      m.put(new PlaceRanking.Key("", g.stringColumn(WARD).get(i), null), count(g, i));
    }
    return m;
  }

  boolean hasWardColumn() {
    return rows.columnNames().contains(WARD);
  }

  /** Rows by LSOA code then LSOA name, to check the codes against a lookup. */
  Map<String, Map<String, Long>> byCodeAndName() {
    Map<String, Map<String, Long>> m = new HashMap<>();
    Table g = placed.countBy(LSOA_CODE, LSOA_NAME);
    for (int i = 0; i < g.rowCount(); i++) {
      m.computeIfAbsent(g.stringColumn(LSOA_CODE).get(i), c -> new HashMap<>())
          .put(g.stringColumn(LSOA_NAME).get(i), count(g, i));
    }
    return m;
  }

  /** One row per LSOA code, its count of rows in {@code COUNT_BY}. */
  Table lsoaCounts() {
    return placed.countBy(LSOA_CODE);
  }

  /** Counts by LSOA code (not to be changed: it is kept). */
  Map<String, Long> countsByLsoaCode() {
    if (countsByLsoaCode == null) {
      Map<String, Long> m = new HashMap<>();
      Table g = lsoaCounts();
      for (int i = 0; i < g.rowCount(); i++) {
        m.put(g.stringColumn(LSOA_CODE).get(i), count(g, i));
      }
      countsByLsoaCode = Collections.unmodifiableMap(m);
    }
    return countsByLsoaCode;
  }

  /** Each LSOA code's most common name (ties: the first alphabetically). */
  private Map<String, String> lsoaNames() {
    if (lsoaNames == null) {
      lsoaNames = mostCommonNames();
    }
    return lsoaNames;
  }

  private Map<String, String> mostCommonNames() {
    // Sorted so that each code's first row is its most common name, ties alphabetical.
    Table g = placed.countBy(LSOA_CODE, LSOA_NAME).sortOn(LSOA_CODE, "-" + COUNT_BY, LSOA_NAME);
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < g.rowCount(); i++) {
      names.putIfAbsent(g.stringColumn(LSOA_CODE).get(i), g.stringColumn(LSOA_NAME).get(i));
    }
    return names;
  }

  private static long count(Table grouped, int row) {
    return grouped.intColumn(COUNT_BY).getInt(row);
  }
}
