package saferstats.load;

import static saferstats.model.StreetColumns.AREA;
import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT;
import static saferstats.model.StreetColumns.MONTH;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import saferstats.model.Month;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * MPS cells of one level as a long Tablesaw table (area, category, integer month, count), each
 * area's month from the newest release covering it, so sums over areas are Tablesaw's grouping.
 * Only countable cells are rows: a cell that could not be counted is absent, never 0.
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

  /** The rows of {@code cells} whose area is one of {@code areas}. */
  public static Table of(Table cells, Collection<String> areas) {
    return cells.where(cells.stringColumn(AREA).isIn(areas));
  }

  /** Summed over the areas: one row per category and month, the sum in {@code COUNT}. */
  public static Table summed(Table cells, String name) {
    Table g = cells.summarize(COUNT, sum).by(CATEGORY, MONTH);
    g.column(SUM).setName(COUNT);
    return g.setName(name);
  }

  /** Summed over the areas: counts by category then month. */
  public static Map<String, Map<Month, Long>> byCategoryAndMonth(Table cells) {
    return AreaTable.byCategoryAndMonth(summed(cells, cells.name()), COUNT);
  }

  /** Summed over the areas: counts by month then category (the comparator's shape). */
  public static Map<Month, Map<String, Long>> byMonthAndCategory(Table cells) {
    Map<Month, Map<String, Long>> out = new TreeMap<>();
    byCategoryAndMonth(cells)
        .forEach(
            (c, byMonth) ->
                byMonth.forEach((m, n) -> out.computeIfAbsent(m, k -> new TreeMap<>()).put(c, n)));
    return out;
  }
}
