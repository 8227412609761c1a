package saferstats.load;

import static saferstats.model.StreetColumns.*;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.RecordRow;
import saferstats.model.WindowSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Local record extracts as an area of their own: a Tablesaw table of the incidents (LSOA names
 * blank: an extract gives codes), counts by tidied category and month, and the months the extracts
 * cover. A month inside that span with no incident at all is taken as missing (an extract with a
 * gap), never as zero; a month with incidents but none of a category is a true zero for that
 * category.
 */
public final class RecordsTable {
  private RecordsTable() {}

  /**
   * The records' context, windows ending at {@code end} (the police figures' end month when there
   * are any, so the two sources compare like for like), else the records' own last month.
   */
  public static AreaContext of(String area, List<RecordRow> rows, Optional<Month> end) {
    Table table = table(area + " local records", rows);
    SortedSet<Month> present = new TreeSet<>();
    rows.forEach(r -> present.add(r.month()));
    ForceCoverage coverage = ForceCoverage.of("local records", present);
    Month last = end.orElse(coverage.last());
    MonthlyCounts counts = AreaTable.counts(table, coverage);
    return new AreaContext(
        area,
        "local records",
        table,
        WindowSet.endingAt(last),
        counts,
        MonthlyCounts.empty(coverage),
        new TreeSet<>(counts.categories()),
        null);
  }

  /** The records as a table in the area schema (months as {@link Month#index()}). */
  public static Table table(String name, List<RecordRow> rows) {
    int n = rows.size();
    IntColumn month = IntColumn.create(MONTH, n);
    StringColumn id = StringColumn.create(CRIME_ID, n);
    StringColumn category = StringColumn.create(CATEGORY, n);
    StringColumn lsoa = StringColumn.create(LSOA_CODE, n);
    StringColumn lsoaName = StringColumn.create(LSOA_NAME, n);
    StringColumn ward = StringColumn.create(WARD, n);
    StringColumn location = StringColumn.create(LOCATION, n);
    DoubleColumn lon = DoubleColumn.create(LONGITUDE, n);
    DoubleColumn lat = DoubleColumn.create(LATITUDE, n);
    DoubleColumn east = DoubleColumn.create(EASTING, n);
    DoubleColumn north = DoubleColumn.create(NORTHING, n);
    for (int i = 0; i < n; i++) {
      RecordRow r = rows.get(i);
      month.set(i, r.month().index());
      id.set(i, r.id());
      category.set(i, r.category());
      lsoa.set(i, r.lsoaCode());
      lsoaName.set(i, "");
      ward.set(i, r.ward());
      location.set(i, r.location());
      if (r.longitude() != null) {
        lon.set(i, r.longitude().doubleValue());
        lat.set(i, r.latitude().doubleValue());
      }
      if (r.easting() != null) {
        east.set(i, r.easting().doubleValue());
        north.set(i, r.northing().doubleValue());
      }
    }
    return Table.create(
        name, month, id, category, lsoa, lsoaName, ward, location, lon, lat, east, north);
  }
}
