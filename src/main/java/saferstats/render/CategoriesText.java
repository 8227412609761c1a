package saferstats.render;

import saferstats.analysis.CategoriesReport;

/** {@code categories} for people: aligned or in Markdown. */
final class CategoriesText {
  private CategoriesText() {}

  static String render(CategoriesReport r, TextLayout layout) {
    Text out = new Text(layout);
    if (r.presets() != null) {
      out.title("Priority sets shipped in saferstats");
      TextTable t = new TextTable("Preset", "Source", "What it holds");
      r.presets().forEach(p -> t.row(p.name(), p.source(), p.description()));
      out.table(t);
      out.para(
          "saferstats categories NAME shows a preset's mapping; --categories NAME|FILE uses it.");
      return out.toString();
    }
    out.title("Priority set " + r.name() + " — " + r.source());
    TextTable t = new TextTable("Priority", "Group", "Input", "Category", "Match", "Note");
    r.mappings()
        .forEach(m -> t.row(m.priority(), m.group(), m.input(), m.category(), m.match(), m.note()));
    out.table(t);
    out.list("Notes", r.notes());
    return out.toString();
  }
}
