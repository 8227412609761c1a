package saferstats.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.UserError;

/** Reads an MPS wide table (one column per month) into rows of canonical categories. */
final class MpsReader {
  static final String BAD_COUNT = "bad count";

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
    List<MpsRow> rows = new ArrayList<>();
    RejectionLog rejections = new RejectionLog(options.strict());
    long read = 0;
    Iterator<CSVRecord> records = csv.records();
    while (records.hasNext()) {
      CSVRecord r = records.next();
      read++;
      Rejection why = check(name, r, csv.line(r), csv.header().size(), layout);
      if (why != null) {
        rejections.add(why);
        continue;
      }
      rows.add(row(r, layout));
    }
    return new FileResult(
        name,
        csv.kind(),
        read,
        List.of(),
        rejections.byReason(),
        rejections.shown(),
        new MpsFile(name, layout, rows),
        null);
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

  private static Rejection check(
      String file, CSVRecord r, long line, int fields, MpsLayout layout) {
    if (r.size() != fields) {
      return new Rejection(
          file, line, Rejection.FIELD_COUNT, "expected " + fields + " fields, found " + r.size());
    }
    for (int c : layout.monthColumns()) {
      String v = r.get(c).strip();
      if (!v.isEmpty() && !v.matches("\\d+")) {
        return new Rejection(
            file,
            line,
            BAD_COUNT,
            "bad count '" + v + "' for " + layout.months().get(layout.monthColumns().indexOf(c)));
      }
    }
    return null;
  }

  private MpsRow row(CSVRecord r, MpsLayout layout) {
    Long[] counts = new Long[layout.monthColumns().size()];
    for (int i = 0; i < counts.length; i++) {
      String v = r.get(layout.monthColumns().get(i)).strip();
      counts[i] = v.isEmpty() ? null : Long.parseLong(v);
    }
    return new MpsRow(
        layout.level(),
        r.get(layout.areaCode()).strip(),
        r.get(layout.areaName()).strip(),
        r.get(layout.borough()).strip(),
        categories.canonical(r.get(layout.major()), r.get(layout.minor())),
        layout.months(),
        counts);
  }
}
