package saferstats.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import saferstats.analysis.Assessment;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.TrendsReport;
import saferstats.analysis.WindowFigures;
import saferstats.draw.PriorityCharts;
import saferstats.model.ForceCoverage;

/** Turns an {@link Assessment} into the {@link ReportView} the template lays out. */
public final class ReportViews {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReportViews() {}

  public static ReportView of(Assessment a) {
    TrendsReport t = a.trends();
    List<ReportView.SummaryRow> summary = new ArrayList<>();
    List<ReportView.Section> sections = new ArrayList<>();
    List<PriorityTrend> priorities = t.priorities();
    for (int i = 0; i < priorities.size(); i++) {
      PriorityTrend p = priorities.get(i);
      String id = "p" + (i + 1);
      boolean section = p.measurable();
      summary.add(summaryRow(id, section, p));
      if (section) {
        sections.add(ReportSections.of(id, p, sentence(a.quarterly(), i), a.hotspotsOf(p), a));
      }
    }
    return new ReportView(
        "Strategic assessment — " + t.area(),
        t.area(),
        t.force(),
        "12 months to " + t.end().longName(),
        a.date() == null ? null : a.date().format(DATE),
        t.categories(),
        priorities.isEmpty() ? "" : windows(priorities.get(0).windows()),
        summary,
        a.quarterly().priorities().stream().map(QuarterlyReport.Line::sentence).toList(),
        sections,
        a.quarterly().unmeasurable().stream()
            .map(u -> new ReportView.Unmeasured(u.name(), u.sentence()))
            .toList(),
        a.inputs().stream().map(ReportViews::input).toList(),
        Text.inputsLine(t.inputs()),
        a.coverage().stream().map(ReportViews::gap).toList(),
        t.notes(),
        a.boundaries() != null);
  }

  /** The quarterly line of the same priority: quarterly keeps the trends' order, one to one. */
  private static String sentence(QuarterlyReport q, int index) {
    return q.priorities().get(index).sentence();
  }

  private static ReportView.SummaryRow summaryRow(String id, boolean section, PriorityTrend p) {
    WindowFigures w = p.windows();
    return new ReportView.SummaryRow(
        section ? id : null,
        p.approximate() ? p.label() + " ≈" : p.label(),
        Fmt.count(w.twelve().now().count()),
        Fmt.count(w.twelve().yearEarlier().count()),
        Fmt.pct(w.twelve().changePct()),
        // the verdict leads with a step, abrupt months or a known break before the test (SPEC 4.6)
        p.verdict().withoutChange(),
        p.trend() == null ? "withheld" : Fmt.text(p.trend().direction()),
        p.control() == null ? "withheld" : TrendsText.latestSignal(p.control()),
        rate(p),
        p.comparator() == null
            ? Fmt.NA
            : p.comparator().tooSmall() ? "too small" : Fmt.pct(p.comparator().changePct()),
        CautionsText.flags(p.flags(), p.cautions(), p.unlocated()),
        ReportView.Chart.of(
            PriorityCharts.sparkline(id + "-spark", p),
            "Monthly counts of " + p.label() + ", last 36 months"),
        HarmText.cell(p.harm()));
  }

  static String rate(PriorityTrend p) {
    return p.rate() == null || p.rate().current12Per1000() == null
        ? Fmt.NA
        : Fmt.decimal(p.rate().current12Per1000(), 1);
  }

  private static String windows(WindowFigures w) {
    return "Current 12 months "
        + w.twelve().now().from()
        + " to "
        + w.twelve().now().to()
        + " against the previous 12, "
        + w.twelve().yearEarlier().from()
        + " to "
        + w.twelve().yearEarlier().to()
        + "; quarter "
        + w.quarter().now().label()
        + " against "
        + w.quarter().yearEarlier().label()
        + "; financial year to date "
        + w.fytd().now().from()
        + " to "
        + w.fytd().now().to()
        + " against the same months a year before.";
  }

  private static ReportView.InputRow input(Assessment.InputMonths i) {
    var rows = i.input().rows();
    return new ReportView.InputRow(
        i.input().path(),
        i.input().kind(),
        i.forces(),
        i.first() == null
            ? "none"
            : i.first().equals(i.last())
                ? i.first().toString()
                : i.first() + " to " + i.last() + " (" + i.months() + ")",
        Fmt.count(rows.read()),
        Fmt.count(rows.kept()),
        Fmt.count(rows.rejected()),
        Fmt.count(rows.duplicates()));
  }

  private static String gap(ForceCoverage c) {
    return c.force()
        + ": "
        + c.first()
        + " to "
        + c.last()
        + ", "
        + c.present()
        + " months with street files; "
        + (c.missing().isEmpty()
            ? "no missing months"
            : "missing "
                + String.join(", ", c.missing().stream().map(Object::toString).toList())
                + " (n/a, never zero, in every window they touch)");
  }
}
