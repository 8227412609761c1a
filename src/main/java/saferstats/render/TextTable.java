package saferstats.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of strings printed aligned for a terminal (fitted to its width by {@link FittedTable}, or
 * {@code --wide}) or as a Markdown table.
 */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> noted = new TreeSet<>();
  private final Set<Integer> groupStarts = new TreeSet<>();
  private int keys = 1;

  /** The notes of cells given as {@link Noted}, by row and column. */
  private final Map<List<Integer>, List<String>> notesOf = new HashMap<>();

  /**
   * A cell of a noted column whose notes read otherwise than its one line: flags by their names in
   * {@code --wide} and Markdown (as the goldens hold them), in words in the fitted layout's notes,
   * as the report prints them (issue 26.3).
   */
  record Noted(List<String> line, List<String> notes) {}

  /** Headers ending in ">" are right-aligned (numbers). */
  TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.rightAligned = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rightAligned[i] = headers[i].endsWith(">");
      this.headers.add(
          rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof Noted n) {
        row.add(String.join("; ", n.line()));
        notesOf.put(List.of(rows.size(), c), List.copyOf(n.notes()));
      } else {
        row.add(Fmt.text(cells[c]));
      }
    }
    rows.add(List.copyOf(row));
    return this;
  }

  /** The notes the fitted layout makes of a noted cell: its words, or its "; "-separated parts. */
  List<String> noteParts(int row, int column) {
    List<String> given = notesOf.get(List.of(row, column));
    return given != null ? given : List.of(rows.get(row).get(column).split("; "));
  }

  /**
   * Columns whose texts (flags, cautions) the fitted layout always moves to numbered notes under
   * the table, one note per "; "-separated part, the cell keeping the notes' numbers.
   */
  TextTable notes(int... columns) {
    Arrays.stream(columns).forEach(noted::add);
    return this;
  }

  /**
   * The first columns of groups that belong together (the quarter's count, last year's and the
   * change): when the fitted layout must split the table, it splits between groups if it can.
   */
  TextTable groups(int... firstColumns) {
    Arrays.stream(firstColumns).forEach(groupStarts::add);
    return this;
  }

  /**
   * How many leading columns name a row (a grid cell's row and column): a table split to fit
   * repeats them all in each part, so no part is keyed by half a name. One unless set.
   */
  TextTable keys(int leading) {
    keys = leading;
    return this;
  }

  int keys() {
    return keys;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(TextLayout layout) {
    return switch (layout) {
      case MARKDOWN -> markdown();
      case WIDE -> plain();
      case FITTED -> FittedTable.render(this, TextLayout.COLUMNS);
    };
  }

  List<String> headers() {
    return List.copyOf(headers);
  }

  boolean rightAligned(int column) {
    return rightAligned[column];
  }

  List<List<String>> rows() {
    return List.copyOf(rows);
  }

  boolean noted(int column) {
    return noted.contains(column);
  }

  boolean groupStart(int column) {
    return groupStarts.contains(column);
  }

  /** The same table with only {@code columns}, in that order, and {@code rows} for its rows. */
  TextTable select(List<Integer> columns, List<List<String>> cells) {
    TextTable t =
        new TextTable(
            columns.stream()
                .map(c -> headers.get(c) + (rightAligned[c] ? ">" : ""))
                .toArray(String[]::new));
    for (List<String> r : cells) {
      t.rows.add(columns.stream().map(r::get).toList());
    }
    return t;
  }

  String plain() {
    int[] widths = widths();
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths, "  ");
    List<String> rules = new ArrayList<>();
    for (int w : widths) {
      rules.add("-".repeat(w));
    }
    line(sb, rules, widths, "  ");
    rows.forEach(r -> line(sb, r, widths, "  "));
    return sb.toString();
  }

  private String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| ").append(String.join(" | ", escaped(headers))).append(" |\n|");
    for (boolean right : rightAligned) {
      sb.append(right ? "---:|" : "---|");
    }
    sb.append('\n');
    rows.forEach(r -> sb.append("| ").append(String.join(" | ", escaped(r))).append(" |\n"));
    return sb.toString();
  }

  private static List<String> escaped(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }

  private int[] widths() {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    return w;
  }

  private void line(StringBuilder sb, List<String> cells, int[] widths, String gap) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(widths[i] - c.length());
      line.append(rightAligned[i] ? pad + c : c + pad);
      if (i < widths.length - 1) {
        line.append(gap);
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
