package saferstats.ingest;

import java.util.HashMap;
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
  public record Cell(MpsLayout.Level level, String area, String category, Month month) {}

  /** An area as the tables name it. */
  public record Area(String code, String name, String borough) {}

  /** One table as inspect describes it. */
  public record Table(String name, MpsLayout layout, int rows) {}

  private final Map<Cell, Long> cells = new HashMap<>();
  private final Map<MpsLayout.Level, Map<String, Area>> areas = new TreeMap<>();
  private final Map<MpsLayout.Level, SortedSet<Month>> months = new TreeMap<>();
  private final List<Table> tables = new java.util.ArrayList<>();
  private long overlapping;
  private long revised;

  void add(MpsFile file) {
    tables.add(new Table(file.name(), file.layout(), file.rows().size()));
    MpsLayout.Level level = file.layout().level();
    months.computeIfAbsent(level, l -> new TreeSet<>()).addAll(file.layout().months());
    Map<String, Area> byCode = areas.computeIfAbsent(level, l -> new TreeMap<>());
    for (MpsRow row : file.rows()) {
      byCode.putIfAbsent(row.areaCode(), new Area(row.areaCode(), row.areaName(), row.borough()));
      for (int i = 0; i < row.counts().length; i++) {
        if (row.counts()[i] != null) {
          put(
              new Cell(level, row.areaCode(), row.category(), row.months().get(i)),
              row.counts()[i]);
        }
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
