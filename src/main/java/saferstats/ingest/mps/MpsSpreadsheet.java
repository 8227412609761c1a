package saferstats.ingest.mps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * What a spreadsheet program changed in one MPS table when it was saved, undone as the table is
 * read, and the one note saying so: empty columns after the last (a spreadsheet saves every column
 * of its used range), rows of nothing but commas (rows it cleared), and counts written with
 * thousands separators ("1,815", quoted). A table read this way is read as the MPS published it.
 */
final class MpsSpreadsheet {
  private static final Pattern PLAIN = Pattern.compile("\\d{1,15}");

  /** Thousands separators, grouped as a spreadsheet groups them: "1,815", "12,345,678". */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3}){1,4}");

  private final int width;
  private final int emptyHeaderColumns;
  private long rowsWithEmptyColumns;
  private long emptyRows;
  private String separated;

  /**
   * @param width the header's named columns
   * @param emptyHeaderColumns empty columns after the header's last named one
   */
  MpsSpreadsheet(int width, int emptyHeaderColumns) {
    this.width = width;
    this.emptyHeaderColumns = emptyHeaderColumns;
  }

  /**
   * The record's fields without the empty columns past the header's last, or null for a row with
   * nothing in it: like an empty line, it is no row of the table. A row with text past the last
   * column keeps all its fields (it is shifted, and reported as such).
   */
  List<String> fields(CSVRecord r) {
    List<String> fields = new ArrayList<>(r.size());
    int lastFilled = -1;
    for (int i = 0; i < r.size(); i++) {
      String f = r.get(i);
      fields.add(f);
      if (!f.isBlank()) {
        lastFilled = i;
      }
    }
    if (lastFilled < 0) {
      emptyRows++;
      return null;
    }
    if (fields.size() > width && lastFilled < width) {
      rowsWithEmptyColumns++;
      return fields.subList(0, width);
    }
    return fields;
  }

  /** The count a cell holds, or null when it is not a count. */
  Long count(String cell) {
    String v = cell.strip();
    if (PLAIN.matcher(v).matches()) {
      return Long.parseLong(v);
    }
    if (GROUPED.matcher(v).matches()) {
      if (separated == null) {
        separated = v;
      }
      return Long.parseLong(v.replace(",", ""));
    }
    return null;
  }

  /** The note for {@code file}, if a spreadsheet changed it. */
  List<String> notes(String file) {
    List<String> what = new ArrayList<>();
    if (emptyHeaderColumns > 0 || rowsWithEmptyColumns > 0) {
      what.add("empty columns added after the last");
    }
    if (emptyRows > 0) {
      what.add(emptyRows + (emptyRows == 1 ? " row" : " rows") + " of nothing but commas");
    }
    if (separated != null) {
      what.add("counts written with thousands separators, such as '" + separated + "'");
    }
    if (what.isEmpty()) {
      return List.of();
    }
    return List.of(
        file
            + " was saved by a spreadsheet program such as Excel, which changed it ("
            + String.join("; ", what)
            + "); it was read as the MPS published it. Keep the original download where you can.");
  }
}
