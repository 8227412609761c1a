package saferstats.ingest;

import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.Month;
import saferstats.model.SourceKind;

/** Validates one police.uk street or outcomes record; the first nine columns are shared. */
final class RowParser {
  private final String file;
  private final int fields;
  private final boolean street;
  private Month fileMonth;
  private long fileMonthLine;
  private String lastMonthText;
  private Optional<Month> lastMonth = Optional.empty();

  RowParser(String file, SourceKind kind) {
    this.file = file;
    this.street = kind == SourceKind.POLICE_UK_STREET;
    this.fields = street ? HeaderRecognizer.STREET.size() : HeaderRecognizer.OUTCOMES.size();
  }

  /** Either the row or why it was rejected. */
  record Result(PoliceRow row, Rejection rejection) {}

  Result parse(CSVRecord r, long line) {
    if (r.size() != fields) {
      return reject(
          line,
          Rejection.FIELD_COUNT,
          (r.size() < fields ? "too few" : "too many")
              + " fields: expected "
              + fields
              + ", found "
              + r.size());
    }
    Optional<Month> month = month(r.get(1));
    if (month.isEmpty()) {
      return reject(line, Rejection.BAD_MONTH, "bad month '" + r.get(1) + "' (expected YYYY-MM)");
    }
    if (fileMonth == null) {
      fileMonth = month.get();
      fileMonthLine = line;
    } else if (!fileMonth.equals(month.get())) {
      return reject(
          line,
          Rejection.OTHER_MONTH,
          "month "
              + month.get()
              + " differs from the file's month "
              + fileMonth
              + " (set by line "
              + fileMonthLine
              + ")");
    }
    String lon = r.get(4).strip();
    String lat = r.get(5).strip();
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
    return new Result(row(r, month.get(), longitude, latitude), null);
  }

  /** Every row of a file carries the same month text, so parse it once. */
  private Optional<Month> month(String text) {
    if (text.equals(lastMonthText)) {
      return lastMonth;
    }
    lastMonthText = text;
    lastMonth = Month.parse(text);
    return lastMonth;
  }

  private PoliceRow row(CSVRecord r, Month month, Double lon, Double lat) {
    return new PoliceRow(
        r.get(0).strip(),
        month,
        r.get(2).strip(),
        r.get(3).strip(),
        lon,
        lat,
        r.get(6),
        r.get(7).strip(),
        r.get(8).strip(),
        r.get(9).strip(),
        street ? r.get(10).strip() : "");
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
    return new Result(null, new Rejection(file, line, reason, detail));
  }
}
