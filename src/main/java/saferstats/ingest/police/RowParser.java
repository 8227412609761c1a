package saferstats.ingest.police;

import java.util.Optional;
import saferstats.area.LsoaNames;
import saferstats.ingest.csv.HeaderRecognizer;
import saferstats.ingest.csv.LineFields;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;

/**
 * Validates one police.uk street or outcomes record on its own; the first nine columns are shared.
 * Whether its month is the file's is decided once the whole file is read ({@link RowMonths}).
 */
final class RowParser {
  private final String file;
  private final int fields;
  private final boolean street;
  private final Month current;
  private String lastMonthText;
  private Optional<Month> lastMonth = Optional.empty();
  private String spreadsheetMonth;
  private long emptyColumnsDropped;

  /** {@code current} is this month: a later month cannot have been published yet. */
  RowParser(String file, SourceKind kind, Month current) {
    this.file = file;
    this.current = current;
    this.street = kind == SourceKind.POLICE_UK_STREET;
    this.fields = street ? HeaderRecognizer.STREET.size() : HeaderRecognizer.OUTCOMES.size();
  }

  /** Either the row and its fields, or why it was rejected. */
  record Result(PoliceRow row, String[] fields, Rejection rejection) {}

  /** Parses one physical line; police.uk fields never hold a line break. */
  Result parse(String text, long line) {
    LineFields.Split split = LineFields.split(text);
    if (split.fields() == null) {
      return reject(
          line,
          Rejection.BAD_QUOTES,
          split.problem() + " on this line (police.uk fields never hold a line break)");
    }
    return parse(split.fields(), line);
  }

  private Result parse(String[] fieldsRead, long line) {
    String[] r = withoutEmptyTail(fieldsRead);
    if (r.length != fields) {
      return reject(
          line,
          Rejection.FIELD_COUNT,
          (r.length < fields ? "too few" : "too many")
              + " fields: expected "
              + fields
              + ", found "
              + r.length);
    }
    Optional<Month> month = month(r[1]);
    if (month.isEmpty()) {
      return reject(line, Rejection.BAD_MONTH, "bad month '" + r[1] + "' (expected YYYY-MM)");
    }
    // A month not yet published is rejected, so it never counts towards the file's month.
    if (month.get().isAfter(current)) {
      return reject(
          line,
          Rejection.FUTURE_MONTH,
          "month " + month.get() + " is after the current month " + current);
    }
    String lon = r[4].strip();
    String lat = r[5].strip();
    Double longitude = null;
    Double latitude = null;
    if (!lon.isEmpty() || !lat.isEmpty()) {
      longitude = coordinate(lon, 180);
      latitude = coordinate(lat, 90);
      if (longitude == null || latitude == null) {
        return reject(
            line, Rejection.BAD_COORDINATES, "unparseable coordinates '" + lon + "," + lat + "'");
      }
    }
    return new Result(row(r, month.get(), longitude, latitude), r, null);
  }

  /** How many fields a row has: 12 for street files, 10 for outcomes files. */
  int fields() {
    return fields;
  }

  /** True for street files, whose rows have a last outcome. */
  boolean street() {
    return street;
  }

  /**
   * The month a row's month text names when it is one {@link #parse} accepts (neither bad nor after
   * this month), else null: then {@link #parse} says why.
   */
  Month acceptedMonth(String text) {
    Optional<Month> month = month(text);
    return month.isEmpty() || month.get().isAfter(current) ? null : month.get();
  }

  /** Every row of a file carries the same month text, so parse it once. */
  private Optional<Month> month(String text) {
    if (text.equals(lastMonthText)) {
      return lastMonth;
    }
    lastMonthText = text;
    lastMonth = Month.parse(text);
    if (lastMonth.isEmpty()) {
      lastMonth = Month.parseSpreadsheet(text);
      if (lastMonth.isPresent() && spreadsheetMonth == null) {
        spreadsheetMonth = text.strip();
      }
    }
    return lastMonth;
  }

  /**
   * A spreadsheet saves every column of its used range, so rows can end in empty columns past the
   * last real one; they are dropped. A row with text past its last column is left as it is.
   */
  private String[] withoutEmptyTail(String[] r) {
    if (r.length <= fields) {
      return r;
    }
    for (int i = fields; i < r.length; i++) {
      if (!r[i].isBlank()) {
        return r;
      }
    }
    emptyColumnsDropped++;
    return java.util.Arrays.copyOf(r, fields);
  }

  /**
   * What a spreadsheet changed in this file, for a note: the first month it rewrote (null if none)
   * and how many rows ended in empty columns.
   */
  record SpreadsheetChanges(String month, long rowsWithEmptyColumns) {
    boolean any() {
      return month != null || rowsWithEmptyColumns > 0;
    }
  }

  SpreadsheetChanges spreadsheetChanges() {
    return new SpreadsheetChanges(spreadsheetMonth, emptyColumnsDropped);
  }

  private PoliceRow row(String[] r, Month month, Double lon, Double lat) {
    return new PoliceRow(
        r[0].strip(),
        month,
        r[2].strip(),
        r[3].strip(),
        lon,
        lat,
        r[6],
        LsoaNames.code(r[7]),
        r[8].strip(),
        r[9].strip(),
        street ? r[10].strip() : "");
  }

  private static Double coordinate(String text, double limit) {
    try {
      double v = Double.parseDouble(text);
      return Double.isFinite(v) && Math.abs(v) <= limit ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Result reject(long line, String reason, String detail) {
    return new Result(null, null, new Rejection(file, line, reason, detail));
  }
}
