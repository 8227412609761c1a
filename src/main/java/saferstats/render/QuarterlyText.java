package saferstats.render;

import java.util.List;
import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.QuarterlyReport.Line;
import saferstats.analysis.SignificanceFigures;

/** {@code quarterly} for people: a committee paper, aligned or in Markdown. */
final class QuarterlyText {
  private QuarterlyText() {}

  static String render(QuarterlyReport r, TextLayout layout) {
    Text out = new Text(layout);
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
            "Quarter significance",
            "FYTD>",
            "Last year>",
            "%>",
            "12 months>",
            "Previous 12>",
            "%>",
            "Significance",
            "Trend",
            "Comparator %>",
            "Per 1,000 (12 months)>",
            "Flags");
    // the quarter, the financial year to date, 12 months, trend to rate; flags go to notes.
    t.groups(1, 5, 8, 12, 15).notes(15);
    for (Line l : r.priorities()) {
      t.row(
          l.approximate() ? l.name() + " ≈" : l.name(),
          Fmt.count(l.quarter().count()),
          Fmt.count(l.quarter().lastYear()),
          Fmt.pct(l.quarter().changePct()),
          significance(l.quarterSignificance()),
          Fmt.count(l.fytd().count()),
          Fmt.count(l.fytd().lastYear()),
          Fmt.pct(l.fytd().changePct()),
          Fmt.count(l.rolling12().count()),
          Fmt.count(l.rolling12().lastYear()),
          Fmt.pct(l.rolling12().changePct()),
          significance(l.significance()),
          l.direction() == null ? Fmt.NA : l.direction().id(),
          Fmt.comparatorPct(l.comparator()),
          l.rate() == null || l.rate().current12Per1000() == null
              ? Fmt.NA
              : Fmt.decimal(l.rate().current12Per1000(), 2),
          CautionsText.cell(l.flags(), l.cautions(), l.unlocated(), List.of()));
    }
    return t;
  }

  /** "significant increase (p < 0.001, quasi-poisson)", or n/a when no test was possible. */
  static String significance(SignificanceFigures s) {
    return s == null ? Fmt.NA : s.label().id() + " (" + Fmt.pIs(s.p()) + ", " + s.test() + ")";
  }
}
