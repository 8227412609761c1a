package saferstats.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import saferstats.model.Month;

/**
 * Every MPS table read, reshaped to one count per level × area × category × month; where releases
 * overlap, the input listed last wins (SPEC 1.4).
 */
public final class MpsData {
  /** One cell of the long table. */
  public record Cell(MpsLayout.Level level, String area, String category, Month month) {
    AreaMonth areaMonth() {
      return new AreaMonth(level, area, month);
    }
  }

  /** An area as the tables name it. */
  public record Area(String code, String name, String borough) {}

  /** One table as inspect describes it. */
  public record Table(String name, MpsLayout layout, int rows) {}

  private final Map<Cell, Long> cells = new HashMap<>();
  private final Map<MpsLayout.Level, Map<String, Area>> areas = new TreeMap<>();
  private final Map<MpsLayout.Level, SortedSet<Month>> months = new TreeMap<>();
  private final List<Table> tables = new java.util.ArrayList<>();

  private record AreaMonth(MpsLayout.Level level, String area, Month month) {}

  private final Map<AreaMonth, Set<String>> categoriesByAreaMonth = new HashMap<>();
  private long overlapping;
  private long dropped;
  private long revised;

  /**
   * Adds a release. Where it covers an area's month, it replaces the earlier releases' cells for
   * that area and month: cell by cell (counting revisions), and dropping earlier categories it does
   * not publish, because releases differ in detail (an aggregate minor in one, its parts in
   * another) and keeping both would count those crimes twice.
   */
  void add(MpsFile file) {
    tables.add(new Table(file.name(), file.layout(), file.rows().size()));
    MpsLayout.Level level = file.layout().level();
    months.computeIfAbsent(level, l -> new TreeSet<>()).addAll(file.layout().months());
    Map<String, Area> byCode = areas.computeIfAbsent(level, l -> new TreeMap<>());
    Map<AreaMonth, Set<String>> incoming = new HashMap<>();
    for (MpsRow row : file.rows()) {
      byCode.putIfAbsent(row.areaCode(), new Area(row.areaCode(), row.areaName(), row.borough()));
      forEachCount(
          level,
          row,
          (cell, n) ->
              incoming
                  .computeIfAbsent(cell.areaMonth(), k -> new HashSet<>())
                  .add(cell.category()));
    }
    incoming.forEach(this::dropCategoriesNotRepublished);
    for (MpsRow row : file.rows()) {
      forEachCount(
          level,
          row,
          (cell, n) -> {
            put(cell, n);
            categoriesByAreaMonth
                .computeIfAbsent(cell.areaMonth(), k -> new HashSet<>())
                .add(cell.category());
          });
    }
  }

  private static void forEachCount(
      MpsLayout.Level level, MpsRow row, java.util.function.BiConsumer<Cell, Long> action) {
    for (int i = 0; i < row.counts().length; i++) {
      if (row.counts()[i] != null) {
        action.accept(
            new Cell(level, row.areaCode(), row.category(), row.months().get(i)), row.counts()[i]);
      }
    }
  }

  private void dropCategoriesNotRepublished(AreaMonth key, Set<String> republished) {
    Set<String> earlier = categoriesByAreaMonth.get(key);
    if (earlier == null) {
      return;
    }
    for (java.util.Iterator<String> it = earlier.iterator(); it.hasNext(); ) {
      String category = it.next();
      if (!republished.contains(category)) {
        cells.remove(new Cell(key.level(), key.area(), category, key.month()));
        it.remove();
        dropped++;
      }
    }
  }

  private void put(Cell cell, long count) {
    Long earlier = cells.put(cell, count);
    if (earlier != null) {
      overlapping++;
      if (earlier != count) {
        revised++;
      }
    }
  }

  public boolean isEmpty() {
    return tables.isEmpty();
  }

  public List<Table> tables() {
    return tables;
  }

  public Map<Cell, Long> cells() {
    return cells;
  }

  public Map<String, Area> areas(MpsLayout.Level level) {
    return areas.getOrDefault(level, Map.of());
  }

  public SortedSet<Month> months(MpsLayout.Level level) {
    return months.getOrDefault(level, new TreeSet<>());
  }

  public Set<MpsLayout.Level> levels() {
    return months.keySet();
  }

  /** Cells supplied by more than one release, and how many of those changed value. */
  public long overlappingCells() {
    return overlapping;
  }

  public long revisedCells() {
    return revised;
  }

  /** Cells of an earlier release dropped because a later one covering the month lacks them. */
  public long droppedCells() {
    return dropped;
  }

  /** Borough values that are not London boroughs: airports, aviation security, unknown. */
  public SortedSet<String> pseudoBoroughs() {
    SortedSet<String> pseudo = new TreeSet<>();
    areas
        .values()
        .forEach(
            m ->
                m.values()
                    .forEach(
                        a -> {
                          if (isPseudoBorough(a.borough())) {
                            pseudo.add(a.borough());
                          }
                        }));
    return pseudo;
  }

  public static boolean isPseudoBorough(String borough) {
    String b = borough.toLowerCase(Locale.ROOT);
    return b.contains("airport")
        || b.contains("aviation")
        || b.contains("heathrow")
        || b.equals("unknown")
        || b.isBlank();
  }
}
