package saferstats.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.Names;
import saferstats.model.UserError;

/**
 * Reads an MPS wide table (one column per month) into rows of canonical categories. A cell that
 * cannot be counted is null (a missing month for that area and category), never zero, and is
 * reported with file, line and column.
 */
final class MpsReader {
  static final String BAD_COUNT = "bad count";
  static final String BLANK_CELL = "blank cell";
  static final String SHIFTED_ROW = "wrong number of fields: every month of the row missing";
  static final String DUPLICATE_MONTH = "duplicated month column";
  static final String DUPLICATE_ROW = "duplicated row";

  private final MpsCategories categories;
  private final ReadOptions options;

  MpsReader(MpsCategories categories, ReadOptions options) {
    this.categories = categories;
    this.options = options;
  }

  FileResult read(CsvInput csv) {
    MpsLayout layout = csv.mpsLayout().orElseThrow();
    String name = csv.file().name();
    refuseFutureMonths(name, csv.headerLine(), layout);
    RejectionLog rejections = new RejectionLog(options.strict());
    RejectionLog cellIssues = new RejectionLog(options.strict());
    Map<Month, List<Integer>> columns = columnsByMonth(layout);
    reportDuplicateColumns(name, columns, cellIssues);
    Map<List<String>, MpsRow> rows = new LinkedHashMap<>();
    MpsSpellings spellings = new MpsSpellings();
    long read = 0;
    long duplicates = 0;
    Iterator<CSVRecord> records = csv.records();
    while (records.hasNext()) {
      CSVRecord r = records.next();
      read++;
      if (!locatable(r, layout)) {
        rejections.add(
            new Rejection(
                name,
                csv.line(r),
                Rejection.FIELD_COUNT,
                "expected " + csv.header().size() + " fields, found " + r.size()));
        continue;
      }
      spellings.add(r.get(layout.borough()).strip());
      boolean aligned = r.size() == csv.header().size();
      MpsRow row = row(r, layout, columns, aligned, new Cells(name, r, csv.line(r), cellIssues));
      if (!aligned) {
        cellIssues.add(
            new Rejection(
                name,
                csv.line(r),
                SHIFTED_ROW,
                "expected "
                    + csv.header().size()
                    + " fields, found "
                    + r.size()
                    + " (an unquoted 1,234?): "
                    + row.category()
                    + " for "
                    + row.areaName()
                    + " is missing in every month"));
      }
      List<String> key = key(r, layout);
      MpsRow earlier = rows.get(key);
      if (earlier == null) {
        rows.put(key, row);
      } else {
        duplicates++;
        rows.put(key, reconcile(name, csv.line(r), earlier, row, cellIssues));
      }
    }
    return new FileResult(
        name,
        csv.kind(),
        read,
        List.of(),
        rejections.byReason(),
        rejections.shown(),
        new MpsFile(
            name,
            layout,
            rows.values().stream().map(r -> r.withBorough(spellings.chosen(r.borough()))).toList(),
            cellIssues.byReason(),
            cellIssues.shown(),
            duplicates),
        null,
        spellings.notes(name));
  }

  /**
   * A month column after the current month cannot hold published counts, and would move the end of
   * the data to where every window is missing. It is in the header, which every row shares, so the
   * table is refused rather than one row.
   */
  private void refuseFutureMonths(String name, long headerLine, MpsLayout layout) {
    Month current = Month.of(options.today().getYear(), options.today().getMonthValue());
    layout.months().stream()
        .filter(m -> m.isAfter(current))
        .findFirst()
        .ifPresent(
            m -> {
              throw UserError.input(
                  name
                      + ", line "
                      + headerLine
                      + ": month column "
                      + m
                      + " is after the current month "
                      + current,
                  "check the table's header, or the computer's date");
            });
  }

  /** The month columns in header order; a month named twice keeps both of its columns. */
  private static Map<Month, List<Integer>> columnsByMonth(MpsLayout layout) {
    Map<Month, List<Integer>> columns = new LinkedHashMap<>();
    for (int i = 0; i < layout.months().size(); i++) {
      columns
          .computeIfAbsent(layout.months().get(i), m -> new ArrayList<>())
          .add(layout.monthColumns().get(i));
    }
    return columns;
  }

  private static void reportDuplicateColumns(
      String name, Map<Month, List<Integer>> columns, RejectionLog issues) {
    columns.forEach(
        (m, cs) -> {
          if (cs.size() > 1) {
            issues.add(
                new Rejection(
                    name,
                    1,
                    DUPLICATE_MONTH,
                    "month "
                        + m
                        + " is in columns "
                        + cs.stream().map(c -> String.valueOf(c + 1)).toList()
                        + "; never added: a row whose columns disagree has that month missing"));
          }
        });
  }

  /** A row can be placed when its key columns are there; they come before the months. */
  private static boolean locatable(CSVRecord r, MpsLayout layout) {
    int last =
        Math.max(
            Math.max(layout.major(), layout.minor()),
            Math.max(layout.borough(), Math.max(layout.areaCode(), layout.areaName())));
    int firstMonth = layout.monthColumns().stream().min(Integer::compare).orElseThrow();
    return last < firstMonth && r.size() > last;
  }

  private MpsRow row(
      CSVRecord r, MpsLayout layout, Map<Month, List<Integer>> columns, boolean aligned, Cells c) {
    List<Month> months = List.copyOf(columns.keySet());
    Long[] counts = new Long[months.size()];
    for (int i = 0; i < counts.length && aligned; i++) {
      counts[i] = c.count(months.get(i), columns.get(months.get(i)));
    }
    return new MpsRow(
        layout.level(),
        r.get(layout.areaCode()).strip(),
        r.get(layout.areaName()).strip(),
        r.get(layout.borough()).strip(),
        categories.canonical(r.get(layout.major()), r.get(layout.minor())),
        months,
        counts);
  }

  /**
   * A row's identity is its area, borough and category as published, case and spaces aside: two
   * published minors that map to one canonical category (a release renaming "Burglary in a
   * Dwelling" mid-way), or one ward under two borough values (Heathrow Villages under Hillingdon
   * and Aviation Security), are both counted; a borough's category again under another spelling of
   * its name ("HARROW" for "Harrow") is the row repeated, as a table has one row per borough and
   * category, so it is reconciled, never added.
   */
  private static List<String> key(CSVRecord r, MpsLayout layout) {
    return List.of(
        Names.fold(r.get(layout.areaCode())),
        MpsCategories.norm(r.get(layout.borough())),
        MpsCategories.norm(r.get(layout.major())),
        MpsCategories.norm(r.get(layout.minor())));
  }

  /**
   * A second row for the same area and category is never added: where the two agree the month
   * stands, where they differ it is missing.
   */
  private static MpsRow reconcile(
      String name, long line, MpsRow earlier, MpsRow later, RejectionLog issues) {
    Long[] counts = earlier.counts().clone();
    List<Month> differ = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == null || !counts[i].equals(later.counts()[i])) {
        if (counts[i] != null || later.counts()[i] != null) {
          differ.add(earlier.months().get(i));
        }
        counts[i] = null;
      }
    }
    issues.add(
        new Rejection(
            name,
            line,
            DUPLICATE_ROW,
            later.category()
                + " for "
                + later.areaName()
                + " again; not added"
                + (differ.isEmpty()
                    ? " (identical)"
                    : "; months where they differ missing: " + differ)));
    return new MpsRow(
        earlier.level(),
        earlier.areaCode(),
        earlier.areaName(),
        earlier.borough(),
        earlier.category(),
        earlier.months(),
        counts);
  }

  /** Reads one row's cells, reporting each that cannot be counted. */
  private record Cells(String file, CSVRecord r, long line, RejectionLog issues) {
    Long count(Month m, List<Integer> cols) {
      Map<Integer, Long> values = new HashMap<>();
      for (int c : cols) {
        Long v = cell(m, c);
        if (v == null) {
          return null;
        }
        values.put(c, v);
      }
      if (values.values().stream().distinct().count() > 1) {
        issues.add(
            new Rejection(
                file,
                line,
                DUPLICATE_MONTH,
                "columns "
                    + cols.stream().map(c -> c + 1).toList()
                    + " ("
                    + m
                    + ") disagree: "
                    + cols.stream().map(values::get).toList()));
        return null;
      }
      return values.get(cols.get(0));
    }

    private Long cell(Month m, int c) {
      String v = r.get(c).strip();
      if (v.matches("\\d{1,15}")) {
        return Long.parseLong(v);
      }
      String reason = v.isEmpty() ? BLANK_CELL : BAD_COUNT;
      issues.add(
          new Rejection(
              file,
              line,
              reason,
              "column "
                  + (c + 1)
                  + " ("
                  + m
                  + ")"
                  + (v.isEmpty() ? " is blank" : ": '" + v + "'")));
      return null;
    }
  }
}
