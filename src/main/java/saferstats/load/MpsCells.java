package saferstats.load;

import static saferstats.model.StreetColumns.AREA;
import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT;
import static saferstats.model.StreetColumns.MONTH;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.util.Collection;
import saferstats.model.ForceCoverage;
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

  /** Summed over the areas: counts by category and month, read against {@code coverage}. */
  public static MonthlyCounts counts(Table cells, ForceCoverage coverage) {
    return AreaTable.counts(summed(cells, cells.name()), COUNT, coverage);
  }
}
