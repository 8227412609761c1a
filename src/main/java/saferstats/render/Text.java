package saferstats.render;

import java.util.List;
import saferstats.analysis.InputSummary;

/**
 * Assembles a text report: headings, paragraphs and tables, for a terminal or in Markdown. In the
 * default (fitted) layout every line keeps within {@link TextLayout#COLUMNS}: paragraphs, headings
 * and list items wrap at spaces, tables fit by {@link FittedTable}.
 */
final class Text {
  private final TextLayout layout;
  private final StringBuilder sb = new StringBuilder();

  Text(TextLayout layout) {
    this.layout = layout;
  }

  boolean fitted() {
    return layout.fitted();
  }

  void title(String s) {
    underlined(s, "#", '=');
  }

  void heading(String s) {
    underlined(s, "##", '-');
  }

  private void underlined(String s, String mark, char rule) {
    if (layout.markdown()) {
      sb.append(mark).append(' ').append(s).append("\n\n");
      return;
    }
    List<String> lines = fitted() ? Wrap.lines(s, TextLayout.COLUMNS, "", "") : List.of(s);
    lines.forEach(l -> sb.append(l).append('\n'));
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    sb.append(String.valueOf(rule).repeat(longest)).append("\n\n");
  }

  void para(String s) {
    sb.append(fitted() ? Wrap.text(s, TextLayout.COLUMNS, "", "") : s + "\n").append('\n');
  }

  void table(TextTable t) {
    if (!t.isEmpty()) {
      sb.append(t.render(layout)).append('\n');
    }
  }

  void list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(heading);
    items.forEach(
        i -> sb.append(fitted() ? Wrap.text(i, TextLayout.COLUMNS, "- ", "  ") : "- " + i + "\n"));
    sb.append('\n');
  }

  static String inputsLine(List<InputSummary> inputs) {
    long read = inputs.stream().mapToLong(i -> i.rows().read()).sum();
    long kept = inputs.stream().mapToLong(i -> i.rows().kept()).sum();
    long rejected = inputs.stream().mapToLong(i -> i.rows().rejected()).sum();
    long dups = inputs.stream().mapToLong(i -> i.rows().duplicates()).sum();
    return "Inputs: "
        + inputs.size()
        + " files; "
        + Fmt.count(read)
        + " rows read = "
        + Fmt.count(kept)
        + " kept + "
        + Fmt.count(rejected)
        + " rejected + "
        + Fmt.count(dups)
        + " duplicates.";
  }

  @Override
  public String toString() {
    return sb.toString().stripTrailing() + "\n";
  }
}
