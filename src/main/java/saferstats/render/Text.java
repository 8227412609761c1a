package saferstats.render;

import java.util.List;
import saferstats.analysis.InputSummary;

/** Assembles a text report: headings, paragraphs and tables, plain or Markdown. */
final class Text {
  private final boolean md;
  private final StringBuilder sb = new StringBuilder();

  Text(boolean markdown) {
    this.md = markdown;
  }

  void title(String s) {
    sb.append(md ? "# " + s : s + "\n" + "=".repeat(s.length())).append("\n\n");
  }

  void heading(String s) {
    sb.append(md ? "## " + s : s + "\n" + "-".repeat(s.length())).append("\n\n");
  }

  void para(String s) {
    sb.append(s).append("\n\n");
  }

  void table(TextTable t) {
    if (!t.isEmpty()) {
      sb.append(t.render(md)).append('\n');
    }
  }

  void list(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(heading);
    items.forEach(i -> sb.append("- ").append(i).append('\n'));
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
