package saferstats.load;

import static saferstats.model.StreetColumns.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.ingest.PoliceRow;
import saferstats.model.Month;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The selected police.uk rows as a Tablesaw table, and the counts later stages need from it. */
public final class AreaTable {
  private AreaTable() {}

  public static Table of(String name, List<PoliceRow> rows) {
    int n = rows.size();
    StringColumn month = StringColumn.create(MONTH, n);
    StringColumn crimeId = StringColumn.create(CRIME_ID, n);
    StringColumn reportedBy = StringColumn.create(REPORTED_BY, n);
    StringColumn fallsWithin = StringColumn.create(FALLS_WITHIN, n);
    DoubleColumn lon = DoubleColumn.create(LONGITUDE, n);
    DoubleColumn lat = DoubleColumn.create(LATITUDE, n);
    StringColumn location = StringColumn.create(LOCATION, n);
    StringColumn lsoaCode = StringColumn.create(LSOA_CODE, n);
    StringColumn lsoaName = StringColumn.create(LSOA_NAME, n);
    StringColumn category = StringColumn.create(CATEGORY, n);
    StringColumn outcome = StringColumn.create(OUTCOME, n);
    for (int i = 0; i < n; i++) {
      PoliceRow r = rows.get(i);
      month.set(i, r.month().toString());
      crimeId.set(i, r.crimeId());
      reportedBy.set(i, r.reportedBy());
      fallsWithin.set(i, r.fallsWithin());
      if (r.longitude() != null) {
        lon.set(i, r.longitude().doubleValue());
        lat.set(i, r.latitude().doubleValue());
      }
      location.set(i, r.location());
      lsoaCode.set(i, r.lsoaCode());
      lsoaName.set(i, r.lsoaName());
      category.set(i, r.category());
      outcome.set(i, r.lastOutcome());
    }
    return Table.create(
        name,
        month,
        crimeId,
        reportedBy,
        fallsWithin,
        lon,
        lat,
        location,
        lsoaCode,
        lsoaName,
        category,
        outcome);
  }

  /** Row counts by category then month, from Tablesaw's cross-tabulation. */
  public static Map<String, Map<Month, Long>> countsByCategoryAndMonth(Table table) {
    Map<String, Map<Month, Long>> counts = new TreeMap<>();
    if (table.rowCount() == 0) {
      return counts;
    }
    Table grouped = table.countBy(table.stringColumn(CATEGORY), table.stringColumn(MONTH));
    StringColumn cats = grouped.stringColumn(CATEGORY);
    StringColumn months = grouped.stringColumn(MONTH);
    for (int i = 0; i < grouped.rowCount(); i++) {
      Month m = Month.parse(months.get(i)).orElseThrow();
      counts
          .computeIfAbsent(cats.get(i), c -> new TreeMap<>())
          .put(m, ((Number) grouped.column("Count").get(i)).longValue());
    }
    return counts;
  }

  /** The {@code Falls within} value most of the rows carry: the area's force (SPEC 1.1). */
  public static String mostCommonForce(Table table) {
    Table byForce = table.countBy(table.stringColumn(FALLS_WITHIN));
    return byForce.sortDescendingOn("Count").stringColumn(FALLS_WITHIN).get(0);
  }
}
