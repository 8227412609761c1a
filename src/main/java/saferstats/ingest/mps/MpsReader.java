package saferstats.ingest.mps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import saferstats.ingest.csv.CsvInput;
import saferstats.ingest.csv.RejectionLog;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.Rejection;
import saferstats.model.UserError;
import saferstats.mps.MpsFile;
import saferstats.mps.MpsLayout;
import saferstats.mps.MpsRow;
import saferstats.mps.MpsSpellings;

/**
 * Reads an MPS wide table (one column per month) into rows of canonical categories. A cell that
 * cannot be counted is null (a missing month for that area and category), never zero, and is
 * reported with file, line and column.
 */
public final class MpsReader {
  static final String BAD_COUNT = "bad count";
  static final String BLANK_CELL = "blank cell";
  static final String SHIFTED_ROW = "wrong number of fields: every month of the row missing";
  public static final String DUPLICATE_MONTH = "duplicated month column";

  private final MpsCategories categories;
  private final ReadOptions options;

  public MpsReader(MpsCategories categories, ReadOptions options) {
    this.categories = categories;
    this.options = options;
  }

  public FileResult read(CsvInput csv) {
    MpsLayout layout = csv.mpsLayout().orElseThrow();
    refuseFutureMonths(csv.file().name(), csv.headerLine(), layout);
    Table table = new Table(csv, layout);
    Iterator<CSVRecord> records = csv.records();
    while (records.hasNext()) {
      table.add(records.next());
    }
    return table.result();
  }

  /** One table as it is read: its rows so far, and what was rejected or could not be counted. */
  private final class Table {
    private final CsvInput csv;
    private final MpsLayout layout;
    private final String name;
    private final int width;
    private final RejectionLog rejections = new RejectionLog(options.strict());
    private final RejectionLog cellIssues = new RejectionLog(options.strict());
    private final Map<Month, List<Integer>> columns;
    private final MpsSpreadsheet saved;
    private final MpsTotals totals;
    private final List<MpsBlankKeys.Read> rows = new ArrayList<>();
    private long read;

    Table(CsvInput csv, MpsLayout layout) {
      this.csv = csv;
      this.layout = layout;
      this.name = csv.file().name();
      this.width = csv.header().size();
      this.columns = columnsByMonth(layout);
      this.saved = new MpsSpreadsheet(width, csv.emptyHeaderColumns());
      this.totals = new MpsTotals(name, csv.header());
      reportDuplicateColumns(name, columns, cellIssues);
    }

    void add(CSVRecord r) {
      List<String> f = saved.fields(r);
      if (f == null) {
        return;
      }
      read++;
      long line = csv.line(r);
      refuseSecondHeader(name, line, f);
      if (!locatable(f, layout)) {
        rejections.add(
            new Rejection(
                name,
                line,
                Rejection.FIELD_COUNT,
                "expected " + width + " fields, found " + f.size()));
        return;
      }
      Rejection total = totals.rejection(f, layout, line);
      if (total != null) {
        rejections.add(total);
        return;
      }
      boolean aligned = f.size() == width;
      MpsRow row = row(f, layout, columns, aligned, new Cells(name, f, line, cellIssues, saved));
      if (!aligned) {
        cellIssues.add(
            new Rejection(
                name,
                line,
                SHIFTED_ROW,
                "expected "
                    + width
                    + " fields, found "
                    + f.size()
                    + " (an unquoted 1,234?): "
                    + row.category()
                    + " for "
                    + row.areaName()
                    + " is missing in every month"));
      }
      rows.add(new MpsBlankKeys.Read(line, f.get(layout.major()), f.get(layout.minor()), row));
    }

    /**
     * The table once every row is read: blank codes and boroughs placed from the other rows, then
     * repeats reconciled and spellings of a borough made one.
     */
    FileResult result() {
      MpsBlankKeys blanks = new MpsBlankKeys(name, csv.header(), layout);
      MpsRepeats repeats = new MpsRepeats(name, cellIssues);
      MpsSpellings spellings = new MpsSpellings();
      for (MpsBlankKeys.Read r : blanks.place(rows, rejections)) {
        spellings.add(r.row().borough());
        repeats.add(r);
      }
      List<String> notes = new ArrayList<>(saved.notes(name));
      notes.addAll(totals.notes());
      notes.addAll(blanks.notes());
      notes.addAll(repeats.notes());
      notes.addAll(spellings.notes(name));
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
              repeats.rows().stream()
                  .map(r -> r.withBorough(spellings.chosen(r.borough())))
                  .toList(),
              cellIssues.byReason(),
              cellIssues.shown(),
              repeats.count()),
          null,
          notes);
    }
  }

  /**
   * A row that is itself an MPS header: two tables joined into one (a {@code cat} of two
   * downloads). Read on, the second header became a borough of its own and the second table's rows
   * repeats of the first's, so the file is refused with where to split it.
   */
  private static void refuseSecondHeader(String name, long line, List<String> fields) {
    if (MpsLayout.mayBeHeader(fields) && MpsLayout.of(fields).isPresent()) {
      throw UserError.input(
          name
              + ", line "
              + line
              + ": a second header ("
              + abbreviate(String.join(",", fields))
              + "): two tables joined into one file",
          "split the file before line "
              + line
              + " and give each table as its own file; each is read as its own release");
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
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
  private static boolean locatable(List<String> f, MpsLayout layout) {
    int last =
        Math.max(
            Math.max(layout.major(), layout.minor()),
            Math.max(layout.borough(), Math.max(layout.areaCode(), layout.areaName())));
    int firstMonth = layout.monthColumns().stream().min(Integer::compare).orElseThrow();
    return last < firstMonth && f.size() > last;
  }

  private MpsRow row(
      List<String> f,
      MpsLayout layout,
      Map<Month, List<Integer>> columns,
      boolean aligned,
      Cells c) {
    List<Month> months = List.copyOf(columns.keySet());
    Long[] counts = new Long[months.size()];
    for (int i = 0; i < counts.length && aligned; i++) {
      counts[i] = c.count(months.get(i), columns.get(months.get(i)));
    }
    return new MpsRow(
        layout.level(),
        f.get(layout.areaCode()).strip(),
        f.get(layout.areaName()).strip(),
        f.get(layout.borough()).strip(),
        categories.canonical(f.get(layout.major()), f.get(layout.minor())),
        months,
        counts);
  }

  /** Reads one row's cells, reporting each that cannot be counted. */
  private record Cells(
      String file, List<String> f, long line, RejectionLog issues, MpsSpreadsheet saved) {
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
      String v = f.get(c).strip();
      Long n = saved.count(v);
      if (n != null) {
        return n;
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
