package saferstats.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link TextTable} laid out within a terminal's width (issue 26.3): flags and any text too long
 * for a cell go to numbered notes under the table, like footnotes, the cell keeping the number
 * ("[2]"); a table still too wide is printed as several, each repeating the first column (the
 * priority, the file) and splitting between the table's column groups where it can. Nothing is cut:
 * every text is in a cell or a note. {@code --wide} prints {@link TextTable#plain} instead.
 */
final class FittedTable {
  /** Longer texts, outside the first column, go to notes. */
  static final int CELL = 50;

  /** A first-column text longer than this is shortened, its whole text in a note. */
  static final int KEY = 60;

  private static final String GAP = "  ";

  private final TextTable table;
  private final Map<String, Integer> notes = new LinkedHashMap<>();

  private FittedTable(TextTable table) {
    this.table = table;
  }

  static String render(TextTable table, int width) {
    return new FittedTable(table).layout(width);
  }

  private String layout(int width) {
    List<List<String>> rows = table.rows();
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      cells.add(noted(r, rows.get(r)));
    }
    int[] widths = widths(cells);
    StringBuilder sb = new StringBuilder();
    for (List<Integer> part : parts(widths, width)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(table.select(part, cells).plain());
    }
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(
          (text, n) -> {
            String mark = mark(n) + " ";
            sb.append(Wrap.text(text, width, mark, " ".repeat(mark.length())));
          });
    }
    return sb.toString();
  }

  /** A row with its long texts replaced by their notes' numbers. */
  private List<String> noted(int index, List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      String cell = row.get(c);
      if (table.noted(c) && !cell.isBlank()) {
        List<String> marks = new ArrayList<>();
        for (String part : table.noteParts(index, c)) {
          marks.add(mark(note(part)));
        }
        out.add(String.join(" ", marks));
      } else if (c == 0 && cell.length() > KEY) {
        String mark = mark(note(cell));
        out.add(cell.substring(0, KEY - mark.length() - 2) + "… " + mark);
      } else if (c > 0 && cell.length() > CELL) {
        out.add(mark(note(cell)));
      } else {
        out.add(cell);
      }
    }
    return out;
  }

  private int note(String text) {
    return notes.computeIfAbsent(text, t -> notes.size() + 1);
  }

  private static String mark(int n) {
    return "[" + n + "]";
  }

  private int[] widths(List<List<String>> cells) {
    List<String> headers = table.headers();
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : cells) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    return w;
  }

  /**
   * The columns of each printed table: the key columns (the first, or as many as the table names),
   * then as many whole groups as fit; a group wider than a table's room on its own is split column
   * by column.
   */
  private List<List<Integer>> parts(int[] widths, int width) {
    List<Integer> key = new ArrayList<>();
    for (int c = 0; c < Math.min(table.keys(), widths.length); c++) {
      key.add(c);
    }
    int room = width - span(key, widths) + GAP.length();
    List<List<Integer>> units = new ArrayList<>();
    for (List<Integer> group : groups(key.size(), widths.length)) {
      if (span(group, widths) > room) {
        group.forEach(c -> units.add(List.of(c)));
      } else {
        units.add(group);
      }
    }
    List<List<Integer>> parts = new ArrayList<>();
    List<Integer> part = new ArrayList<>(key);
    int used = 0;
    for (List<Integer> unit : units) {
      int span = span(unit, widths);
      if (part.size() > key.size() && used + span > room) {
        parts.add(part);
        part = new ArrayList<>(key);
        used = 0;
      }
      part.addAll(unit);
      used += span;
    }
    parts.add(part);
    return parts;
  }

  /**
   * Columns {@code from}.. in groups: one group per column unless the table names where groups
   * start.
   */
  private List<List<Integer>> groups(int from, int columns) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int c = from; c < columns; c++) {
      if (groups.isEmpty() || table.groupStart(c) || !hasGroups(columns)) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(c);
    }
    return groups;
  }

  private boolean hasGroups(int columns) {
    for (int c = 1; c < columns; c++) {
      if (table.groupStart(c)) {
        return true;
      }
    }
    return false;
  }

  private static int span(List<Integer> columns, int[] widths) {
    return columns.stream().mapToInt(c -> widths[c] + GAP.length()).sum();
  }
}
