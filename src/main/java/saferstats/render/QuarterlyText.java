package saferstats.render;

import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.QuarterlyReport.Line;

/** {@code quarterly} for people: a committee paper, aligned or in Markdown. */
final class QuarterlyText {
  private QuarterlyText() {}

  static String render(QuarterlyReport r, boolean md) {
    Text out = new Text(md);
    out.title("Quarterly update — " + r.area() + ", " + quarterLabel(r));
    out.para(
        "Priorities: "
            + r.categories()
            + (r.notAdditive() ? " (totals are NOT additive)" : "")
            + ". Comparator: "
            + (r.priorities().isEmpty() || r.priorities().get(0).comparator() == null
                ? "none"
                : r.priorities().get(0).comparator().name())
            + ".");
    out.heading("Summary");
    r.priorities().forEach(l -> out.para(l.sentence()));
    r.unmeasurable().forEach(u -> out.para(u.sentence()));
    out.heading("Figures");
    out.table(figures(r));
    out.list("Notes", r.notes());
    return out.toString();
  }

  private static String quarterLabel(QuarterlyReport r) {
    return r.priorities().isEmpty()
        ? r.end().longName()
        : r.priorities().get(0).quarter().label() + " (data to " + r.end().longName() + ")";
  }

  private static TextTable figures(QuarterlyReport r) {
    Line first = r.priorities().isEmpty() ? null : r.priorities().get(0);
    String q = first == null ? "Quarter" : first.quarter().label();
    TextTable t =
        new TextTable(
            "Priority",
            q + ">",
            "Last year>",
            "%>",
            "FYTD>",
            "Last year>",
            "%>",
            "12 months>",
            "Previous 12>",
            "%>",
            "Significance",
            "Trend",
            "Comparator %>",
            "Flags");
    for (Line l : r.priorities()) {
      t.row(
          l.approximate() ? l.name() + " ≈" : l.name(),
          Fmt.count(l.quarter().count()),
          Fmt.count(l.quarter().lastYear()),
          Fmt.pct(l.quarter().changePct()),
          Fmt.count(l.fytd().count()),
          Fmt.count(l.fytd().lastYear()),
          Fmt.pct(l.fytd().changePct()),
          Fmt.count(l.rolling12().count()),
          Fmt.count(l.rolling12().lastYear()),
          Fmt.pct(l.rolling12().changePct()),
          l.significance() == null
              ? Fmt.NA
              : l.significance().label().id()
                  + " ("
                  + Fmt.pIs(l.significance().p())
                  + ", "
                  + l.significance().test()
                  + ")",
          l.direction() == null ? Fmt.NA : l.direction().id(),
          Fmt.comparatorPct(l.comparator()),
          CautionsText.flags(l.flags(), l.cautions(), l.unlocated()));
    }
    return t;
  }
}
