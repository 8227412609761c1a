package saferstats.load;

import static saferstats.model.StreetColumns.AREA;
import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT;
import static saferstats.model.StreetColumns.MONTH;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * MPS cells of one level as a long Tablesaw table (area, category, integer month, count), each
 * area's month from the newest release covering it (for listings that group it), and the sums over
 * a selection of areas. Only countable cells are rows: a cell that could not be counted is absent,
 * never 0.
 */
public final class MpsCells {
  /** The column {@code summarize(COUNT, sum)} names its sum. */
  public static final String SUM = "Sum [" + COUNT + "]";

  private MpsCells() {}

  public static Table of(MpsData mps, Level level) {
    StringColumn area = StringColumn.create(AREA);
    StringColumn category = StringColumn.create(CATEGORY);
    IntColumn month = IntColumn.create(MONTH);
    LongColumn count = LongColumn.create(COUNT);
    mps.cells()
        .forEach(
            (cell, n) -> {
              if (cell.level() == level) {
                area.append(cell.area());
                category.append(cell.category());
                month.append(cell.month().index());
                count.append(n);
              }
            });
    return Table.create("MPS " + level.id() + " cells", area, category, month, count);
  }

  /**
   * The level's cells of {@code areas} summed over the areas: one row per category and month (in
   * that order), the sum in {@code COUNT} as {@code summarize(COUNT, sum)} gives it. Summed in one
   * pass over the cells: building the whole level as a table to select and group a few areas cost
   * seconds on the real London tables.
   */
  public static Table summed(MpsData mps, Level level, Set<String> areas, String name) {
    StringColumn category = StringColumn.create(CATEGORY);
    IntColumn month = IntColumn.create(MONTH);
    DoubleColumn count = DoubleColumn.create(COUNT);
    sums(mps, level, areas)
        .forEach(
            (c, byMonth) ->
                byMonth.forEach(
                    (m, n) -> {
                      category.append(c);
                      month.append(m);
                      count.append(n);
                    }));
    return Table.create(name, category, month, count);
  }

  /** The level's cells of {@code areas} summed over the areas, read against {@code coverage}. */
  public static MonthlyCounts counts(
      MpsData mps, Level level, Set<String> areas, ForceCoverage coverage) {
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    sums(mps, level, areas)
        .forEach((c, byMonth) -> byMonth.forEach((m, n) -> counts.add(c, Month.ofIndex(m), n)));
    return counts.build(coverage);
  }

  /** Category → month index → sum of the countable cells of {@code areas} at {@code level}. */
  private static SortedMap<String, SortedMap<Integer, Long>> sums(
      MpsData mps, Level level, Set<String> areas) {
    SortedMap<String, SortedMap<Integer, Long>> sums = new TreeMap<>();
    mps.cells()
        .forEach(
            (cell, n) -> {
              if (cell.level() == level && areas.contains(cell.area())) {
                sums.computeIfAbsent(cell.category(), k -> new TreeMap<>())
                    .merge(cell.month().index(), n, Long::sum);
              }
            });
    return sums;
  }
}
