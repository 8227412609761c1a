package saferstats.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A table of strings printed either aligned for a terminal or as a Markdown table. */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

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
    rows.add(Arrays.stream(cells).map(Fmt::text).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(boolean markdown) {
    return markdown ? markdown() : plain();
  }

  private String plain() {
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
