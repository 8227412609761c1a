package saferstats.ingest.mps;

import java.util.List;
import java.util.regex.Pattern;
import saferstats.model.Rejection;
import saferstats.mps.MpsLayout;

/**
 * Totals rows added to an MPS table by hand or by a spreadsheet ("Total", "Grand Total", "Harrow
 * Total"). A total of other rows is no count of its own: read as one, it became a category or a
 * borough of its own and counted its rows twice in London's figures. It is skipped (a rejected row,
 * listed by inspect) and noted; figures are summed from the table's own rows.
 */
final class MpsTotals {
  static final String TOTAL_ROW = "totals row";

  /** A name that is a total: "Total", "Totals", "Grand Total", "Subtotal", "Harrow Total". */
  private static final Pattern TOTAL =
      Pattern.compile("(?i)(.*\\s)?(grand\\s+)?(sub\\s*)?totals?:?");

  private final String file;
  private final List<String> header;
  private long rows;
  private String first;
  private long firstLine;

  MpsTotals(String file, List<String> header) {
    this.file = file;
    this.header = header;
  }

  /** The row's rejection when one of its names is a total, else null. */
  Rejection rejection(List<String> fields, MpsLayout layout, long line) {
    for (int c :
        List.of(
            layout.borough(),
            layout.areaName(),
            layout.areaCode(),
            layout.major(),
            layout.minor())) {
      String v = fields.get(c).strip();
      if (TOTAL.matcher(v).matches()) {
        String what = "'" + v + "' in " + header.get(c);
        if (rows++ == 0) {
          first = what;
          firstLine = line;
        }
        return new Rejection(file, line, TOTAL_ROW, what + ": a total of other rows, not counted");
      }
    }
    return null;
  }

  List<String> notes() {
    if (rows == 0) {
      return List.of();
    }
    return List.of(
        file
            + ": "
            + (rows == 1 ? "1 totals row" : rows + " totals rows")
            + " skipped (the first at line "
            + firstLine
            + ", "
            + first
            + "): every figure is summed from the table's own rows, so a total would count them"
            + " twice.");
  }
}
