package saferstats.render;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import saferstats.analysis.Assessment;
import saferstats.analysis.Briefing;
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

  /**
   * @param peers the benchmark each priority's funnel plot comes from, or why there is none
   * @param alsoRead source kinds read beside the area's inputs (by {@code --compare}), attributed
   * @param briefing the key findings and the priority matrix the report opens with
   */
  public static ReportView of(
      Assessment a, ReportPeers peers, Collection<String> alsoRead, Briefing briefing) {
    TrendsReport t = a.trends();
    List<ReportView.SummaryRow> summary = new ArrayList<>();
    List<ReportView.Section> sections = new ArrayList<>();
    List<PriorityTrend> priorities = t.priorities();
    Set<String> shared = ReportSections.sharedNotes(a);
    for (int i = 0; i < priorities.size(); i++) {
      PriorityTrend p = priorities.get(i);
      String id = "p" + (i + 1);
      boolean section = p.measurable();
      summary.add(summaryRow(id, section, p));
      if (section) {
        sections.add(
            ReportSections.of(
                id, p, sentence(a.quarterly(), i), a.hotspotsOf(p), a, peers, shared));
      }
    }
    List<String> notes = new ArrayList<>(t.notes());
    shared.stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    return new ReportView(
        "Strategic assessment — " + t.area(),
        t.area(),
        t.force(),
        "12 months to " + t.end().longName(),
        a.date() == null ? null : a.date().format(DATE),
        t.categories(),
        priorities.isEmpty() ? "" : windows(priorities.get(0).windows()),
        BriefingViews.of(briefing, priorities),
        summary,
        sections,
        a.quarterly().unmeasurable().stream()
            .map(u -> new ReportView.Unmeasured(u.name(), u.sentence()))
            .toList(),
        ReportInputs.of(a.inputs(), Path.of("")),
        Text.inputsLine(t.inputs()),
        a.coverage().stream().map(ReportViews::gap).toList(),
        ReportPaths.relative(notes, Path.of("")),
        ReportAttribution.of(a, alsoRead));
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
        p.verdict().brief(),
        trendCell(p),
        p.control() == null ? "withheld" : latestSignal(p.control()),
        rate(p),
        p.comparator() == null
            ? Fmt.NA
            : p.comparator().tooSmall() ? "too small" : Fmt.pct(p.comparator().changePct()),
        SummaryFlags.cell(p.flags()),
        ReportView.Chart.of(
            PriorityCharts.sparkline(id + "-spark", p),
            "Monthly counts of " + p.label() + ", last 36 months"));
  }

  /**
   * The summary's Trend cell. Where the verdict beside it finds a step inside the compared months
   * ("a shift in level, not a trend"), Mann–Kendall over 36 months reads that shift as a trend, so
   * the cell says "step down †" rather than "decreasing", which would contradict the verdict.
   */
  static String trendCell(PriorityTrend p) {
    if (p.trend() == null) {
      return "withheld";
    }
    if (p.verdict().shift() && p.cautions() != null && p.cautions().step() != null) {
      return "step " + p.cautions().step().direction().id() + " " + SummaryFlags.Kind.STEP.mark;
    }
    return Fmt.text(p.trend().direction());
  }

  /** "2024-07 (1, 2)": the month and its rules, short enough not to wrap (the caption says). */
  static String latestSignal(saferstats.analysis.ControlFigures c) {
    return c.latestSignal() == null ? "none" : TrendsText.latestSignal(c).replace("(rule ", "(");
  }

  /**
   * The summary's Per 1,000 cell: "n/a ¶" where the area's residents are not its population at
   * risk, as the ¶ footnote says to compare on change, not rate (a rate printed beside it invites
   * the comparison the footnote forbids).
   */
  static String rate(PriorityTrend p) {
    if (p.flags().contains(PriorityTrend.RESIDENT_DENOMINATOR)) {
      return Fmt.NA + " " + SummaryFlags.Kind.RESIDENTS.mark;
    }
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
