package saferstats.load;

import static saferstats.model.StreetColumns.*;

import java.util.List;
import java.util.function.Supplier;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.Window;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The selected police.uk rows as a Tablesaw table (months as {@link Month#index()} integers), and
 * the counts later stages need from it, from Tablesaw's own grouping.
 */
public final class AreaTable {
  private AreaTable() {}

  /**
   * The rows as a table. Text columns are appended to, not sized and set: Tablesaw keeps them as a
   * dictionary that widens (byte, short, int keys) as distinct values come, and widening a column
   * sized for every row copies every row.
   */
  public static Table of(String name, List<PoliceRow> rows) {
    int n = rows.size();
    IntColumn month = IntColumn.create(MONTH, n);
    StringColumn crimeId = StringColumn.create(CRIME_ID);
    StringColumn fallsWithin = StringColumn.create(FALLS_WITHIN);
    DoubleColumn lon = DoubleColumn.create(LONGITUDE, n);
    DoubleColumn lat = DoubleColumn.create(LATITUDE, n);
    StringColumn location = StringColumn.create(LOCATION);
    StringColumn lsoaCode = StringColumn.create(LSOA_CODE);
    StringColumn lsoaName = StringColumn.create(LSOA_NAME);
    StringColumn category = StringColumn.create(CATEGORY);
    StringColumn outcome = StringColumn.create(OUTCOME);
    for (int i = 0; i < n; i++) {
      PoliceRow r = rows.get(i);
      month.set(i, r.month().index());
      crimeId.append(r.crimeId());
      fallsWithin.append(r.fallsWithin());
      if (r.longitude() != null) {
        lon.set(i, r.longitude().doubleValue());
        lat.set(i, r.latitude().doubleValue());
      }
      location.append(r.location());
      lsoaCode.append(r.lsoaCode());
      lsoaName.append(r.lsoaName());
      category.append(r.category());
      outcome.append(r.lastOutcome());
    }
    return Table.create(
        name,
        month,
        crimeId,
        fallsWithin,
        lon,
        lat,
        location,
        lsoaCode,
        lsoaName,
        category,
        outcome);
  }

  /**
   * The rows as a table, built once when first asked for (by any thread) and kept: most commands
   * and options never ask, and Tablesaw's first table scans the classpath.
   */
  public static Supplier<Table> lazy(String name, List<PoliceRow> rows) {
    return new Supplier<>() {
      private Table table;

      @Override
      public synchronized Table get() {
        if (table == null) {
          table = of(name, rows);
        }
        return table;
      }
    };
  }

  /**
   * Initialises Tablesaw's table classes and its grouping on an empty table, for a thread that
   * wants them ready before the rows arrive (cli's warm-up).
   */
  public static void warm() {
    Table t = of("warm-up", List.of());
    tally(t);
  }

  /** The rows of a table whose month falls in {@code w}. */
  public static Selection in(Table table, Window w) {
    return table.intColumn(MONTH).isBetweenInclusive(w.from().index(), w.to().index());
  }

  /** Row counts by category and month, read against the months {@code coverage} says hold data. */
  public static MonthlyCounts counts(Table table, ForceCoverage coverage) {
    return tally(table).build(coverage);
  }

  /**
   * Each month's rows, their categories counted from Tablesaw's dictionary ({@code
   * countByCategory}), which costs a pass over the month's rows and no key per row as a two-column
   * {@code countBy} does.
   */
  private static MonthlyCounts.Builder tally(Table table) {
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    IntColumn months = table.intColumn(MONTH);
    StringColumn categories = table.stringColumn(CATEGORY);
    for (int m : months.unique().asIntArray()) {
      Table byCategory = categories.where(months.isEqualTo(m)).countByCategory();
      StringColumn category = byCategory.stringColumn(COUNT_CATEGORY);
      IntColumn n = byCategory.intColumn(COUNT_BY);
      for (int i = 0; i < byCategory.rowCount(); i++) {
        counts.add(category.get(i), Month.ofIndex(m), (long) n.getInt(i));
      }
    }
    return counts;
  }

  /**
   * A grouped table (one row per category and month, its figure in {@code value}) as counts read
   * against {@code coverage}; a category × month absent from the table is no cell, so 0 in a
   * covered month.
   */
  public static MonthlyCounts counts(Table grouped, String value, ForceCoverage coverage) {
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    StringColumn cats = grouped.stringColumn(CATEGORY);
    IntColumn months = grouped.intColumn(MONTH);
    NumericColumn<?> n = grouped.numberColumn(value);
    for (int i = 0; i < grouped.rowCount(); i++) {
      counts.add(cats.get(i), Month.ofIndex(months.getInt(i)), Math.round(n.getDouble(i)));
    }
    return counts.build(coverage);
  }
}
