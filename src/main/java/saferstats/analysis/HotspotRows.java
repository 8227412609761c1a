package saferstats.analysis;

import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.LOCATION;
import static saferstats.model.StreetColumns.LSOA_CODE;
import static saferstats.model.StreetColumns.LSOA_NAME;
import static saferstats.model.StreetColumns.MONTH;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import saferstats.load.RecordsTable;
import saferstats.model.Month;
import saferstats.model.Window;
import tech.tablesaw.api.Table;

/** The area's rows of some categories in a window, counted by the places hotspots ranks. */
final class HotspotRows {
  private final Table rows;

  private HotspotRows(Table rows) {
    this.rows = rows;
  }

  /** Rows of {@code categories} in {@code window} (every month when null). */
  static HotspotRows of(Table area, Collection<String> categories, Window window) {
    var keep = area.stringColumn(CATEGORY).isIn(categories);
    if (window != null) {
      keep =
          keep.and(
              area.stringColumn(MONTH)
                  .isIn(window.months().stream().map(Month::toString).toList()));
    }
    return new HotspotRows(area.where(keep));
  }

  int size() {
    return rows.rowCount();
  }

  /** Rows with no LSOA: counted in the total, not in any place. */
  long unplaced() {
    return rows.stringColumn(LSOA_CODE).isEqualTo("").size();
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
    for (int i = 0; i < rows.rowCount(); i++) {
      String code = rows.stringColumn(LSOA_CODE).get(i);
      String location = rows.stringColumn(LOCATION).get(i);
      if (!code.isEmpty() && !location.isEmpty()) {
        m.merge(new PlaceRanking.Key(code, location, names.get(code)), 1L, Long::sum);
      }
    }
    return m;
  }

  /** Local records name their ward themselves: counts by that name (blank left out). */
  Map<PlaceRanking.Key, Long> byWardColumn() {
    Map<PlaceRanking.Key, Long> m = new HashMap<>();
    rows.stringColumn(RecordsTable.WARD)
        .forEach(
            w -> {
              if (!w.isBlank()) {
                m.merge(new PlaceRanking.Key("", w.strip(), null), 1L, Long::sum);
              }
            });
    return m;
  }

  boolean hasWardColumn() {
    return rows.columnNames().contains(RecordsTable.WARD);
  }

  /** Counts by LSOA code. */
  Map<String, Long> countsByLsoaCode() {
    Map<String, Long> m = new HashMap<>();
    rows.stringColumn(LSOA_CODE)
        .forEach(
            code -> {
              if (!code.isEmpty()) {
                m.merge(code, 1L, Long::sum);
              }
            });
    return m;
  }

  /** Each LSOA code's most common name (ties: the first alphabetically). */
  private Map<String, String> lsoaNames() {
    Map<String, Map<String, Long>> seen = new HashMap<>();
    for (int i = 0; i < rows.rowCount(); i++) {
      String code = rows.stringColumn(LSOA_CODE).get(i);
      if (!code.isEmpty()) {
        seen.computeIfAbsent(code, c -> new java.util.TreeMap<>())
            .merge(rows.stringColumn(LSOA_NAME).get(i), 1L, Long::sum);
      }
    }
    Map<String, String> names = new HashMap<>();
    seen.forEach(
        (code, byName) ->
            names.put(
                code,
                byName.entrySet().stream()
                    .max(
                        java.util.Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(
                                java.util.Map.Entry.<String, Long>comparingByKey().reversed()))
                    .orElseThrow()
                    .getKey()));
    return names;
  }
}
