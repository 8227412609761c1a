package saferstats.ingest.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import saferstats.area.LsoaNames;
import saferstats.ingest.csv.ColumnMap.Field;
import saferstats.ingest.csv.CsvInput;
import saferstats.ingest.csv.RejectionLog;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.Month;
import saferstats.model.RecordRow;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;

/**
 * Reads a local record extract through its column map: one incident a row. Rows without a usable
 * date or category are rejected with file, line and reason; rows without a place are kept.
 */
public final class RecordsReader {
  private final ReadOptions options;
  private final LocalDate today;

  public RecordsReader(ReadOptions options, LocalDate today) {
    this.options = options;
    this.today = today;
  }

  public FileResult read(CsvInput csv) {
    String name = csv.file().name();
    Map<Field, Integer> at = csv.columnIndexes();
    int width = csv.header().size();
    List<RecordRow> rows = new ArrayList<>();
    RejectionLog rejections = new RejectionLog(options.strict());
    long read = 0;
    Iterator<CSVRecord> records = csv.records();
    while (records.hasNext()) {
      CSVRecord r = records.next();
      read++;
      Object parsed = parse(r, csv.line(r), at, width, name);
      if (parsed instanceof Rejection rejection) {
        rejections.add(rejection);
      } else {
        rows.add((RecordRow) parsed);
      }
    }
    return new FileResult(
        name,
        SourceKind.RECORDS,
        read,
        List.of(),
        rejections.byReason(),
        rejections.shown(),
        null,
        rows);
  }

  /** A {@link RecordRow}, or the {@link Rejection} saying why the row cannot be used. */
  private Object parse(CSVRecord r, long line, Map<Field, Integer> at, int width, String file) {
    if (r.size() != width) {
      return new Rejection(
          file,
          line,
          Rejection.FIELD_COUNT,
          (r.size() < width ? "too few" : "too many")
              + " fields: expected "
              + width
              + ", found "
              + r.size());
    }
    String dateText = get(r, at, Field.DATE);
    LocalDate date = RecordDates.parse(dateText).orElse(null);
    if (date == null) {
      return new Rejection(
          file,
          line,
          Rejection.BAD_DATE,
          (dateText.isEmpty() ? "no date" : "bad date '" + dateText + "'")
              + " (expected YYYY-MM-DD, DD/MM/YYYY or DD/MM/YYYY HH:MM)");
    }
    if (date.isAfter(today)) {
      return new Rejection(
          file, line, Rejection.FUTURE_DATE, "date " + dateText + " is in the future");
    }
    String category = tidy(get(r, at, Field.CATEGORY));
    if (category.isEmpty()) {
      return new Rejection(file, line, Rejection.NO_CATEGORY, "no category");
    }
    Double lon = number(get(r, at, Field.LON), -180, 180);
    Double lat = number(get(r, at, Field.LAT), -90, 90);
    Double east = number(get(r, at, Field.EASTING), 0, 800_000);
    Double north = number(get(r, at, Field.NORTHING), 0, 1_400_000);
    if (badPair(r, at, Field.LON, Field.LAT, lon, lat)
        || badPair(r, at, Field.EASTING, Field.NORTHING, east, north)) {
      return new Rejection(
          file, line, Rejection.BAD_COORDINATES, "unparseable or out-of-range coordinates");
    }
    return new RecordRow(
        get(r, at, Field.ID),
        date,
        Month.of(date.getYear(), date.getMonthValue()),
        category,
        LsoaNames.code(get(r, at, Field.LSOA)),
        get(r, at, Field.WARD),
        get(r, at, Field.LOCATION),
        lon,
        lat,
        east,
        north);
  }

  /** A pair of coordinates is fine when both parse or both are blank. */
  private static boolean badPair(
      CSVRecord r, Map<Field, Integer> at, Field a, Field b, Double va, Double vb) {
    boolean blank = get(r, at, a).isEmpty() && get(r, at, b).isEmpty();
    return !blank && (va == null || vb == null);
  }

  private static String get(CSVRecord r, Map<Field, Integer> at, Field f) {
    Integer i = at.get(f);
    return i == null ? "" : r.get(i).strip();
  }

  private static Double number(String text, double min, double max) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      double v = Double.parseDouble(text);
      return Double.isFinite(v) && v >= min && v <= max ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** " NOISE nuisance " → "Noise nuisance": one category however it was typed. */
  static String tidy(String category) {
    String t = category.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
