package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import saferstats.analysis.ControlFigures;
import saferstats.analysis.MonthCount;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.TrendsReport;
import saferstats.analysis.UnlocatedFigures;
import saferstats.analysis.WindowCount;
import saferstats.analysis.WindowFigures;
import saferstats.model.Month;
import saferstats.stats.ControlChart;

/** {@code trends} for people: an aligned table, or Markdown for a committee paper. */
final class TrendsText {
  private static final int MONTHS_PER_BLOCK = 12;

  private TrendsText() {}

  static String render(TrendsReport r, TextLayout layout) {
    Text out = new Text(layout);
    out.title("Trends — " + r.area() + " (" + r.force() + "), " + r.end().longName());
    PriorityTrend first = r.priorities().isEmpty() ? null : r.priorities().get(0);
    if (first != null) {
      out.para(windowsLine(first.windows()));
    }
    out.para(
        "Priorities: " + r.categories() + (r.notAdditive() ? " (totals are NOT additive)" : ""));
    out.table(windowsTable(r.priorities()));
    PartsText.section(out, r.parts());
    out.heading(
        "Statistics (12 months vs previous 12, and the quarter vs the same quarter last year; trend"
            + " and control chart over "
            + seriesMonths(r.priorities())
            + ")");
    out.table(statisticsTable(r.priorities(), layout));
    HarmText.section(out, r.priorities());
    outcomes(out, r.priorities());
    PositiveOutcomesText.section(out, r.positiveOutcomes());
    unlocated(out, r.priorities());
    out.list(
        "Control chart signals (rule 1: a month outside the limits; rule 2: "
            + ControlChart.RUN
            + " or more months on one side of the mean; rule 3: "
            + ControlChart.RUN
            + " or more months each rising or each falling)",
        r.priorities().stream()
            .filter(p -> p.control() != null && !p.control().signals().isEmpty())
            .map(p -> p.label() + " (" + span(p.control()) + "): " + signals(p.control()))
            .toList());
    approximations(out, r);
    unmeasurable(out, r);
    out.heading("Monthly counts (n/a = no data for that month)");
    for (TextTable block : monthlyBlocks(r.priorities())) {
      out.table(block);
    }
    out.list("Notes", r.notes());
    out.para(Text.inputsLine(r.inputs()));
    return out.toString();
  }

  private static TextTable statisticsTable(List<PriorityTrend> priorities, TextLayout layout) {
    TextTable t =
        new TextTable(
            "Priority",
            "Significance",
            "Test",
            "p>",
            "Exact p>",
            "Dispersion>",
            "Quarter vs last year",
            "Trend",
            "Months>",
            "Sen slope/month>",
            "Mean>",
            "Lower limit>",
            "Upper limit>",
            "Latest signal",
            "Comparator 12m %>",
            "Rest %>",
            "Per 1,000>");
    // significance of the 12 months; the quarter's; trend; control chart; comparator; rate.
    t.groups(1, 6, 7, 10, 14, 16);
    for (PriorityTrend p : priorities) {
      var s = p.significance();
      var tr = p.trend();
      var c = p.control();
      var cmp = p.comparator();
      t.row(
          p.label(),
          significance(p, layout),
          s == null ? Fmt.NA : s.test(),
          s == null ? Fmt.NA : Fmt.p(s.p()),
          s == null ? Fmt.NA : Fmt.p(s.exactP()),
          s == null ? Fmt.NA : Fmt.decimal(s.dispersion(), 2),
          QuarterlyText.significance(p.quarterSignificance()),
          tr == null ? Fmt.NA : tr.direction().id(),
          c == null ? Fmt.NA : c.n() + " of " + c.of(),
          tr == null ? Fmt.NA : Fmt.decimal(tr.senSlope(), 2),
          c == null ? Fmt.NA : Fmt.decimal(c.mean(), 1),
          c == null || c.lcl() == null ? Fmt.NA : Fmt.decimal(c.lcl(), 1),
          c == null || c.ucl() == null ? Fmt.NA : Fmt.decimal(c.ucl(), 1),
          c == null ? Fmt.NA : latestSignal(c),
          Fmt.comparatorPct(cmp),
          cmp == null ? Fmt.NA : Fmt.pct(cmp.rest().changePct()),
          p.rate() == null || p.rate().current12Per1000() == null
              ? Fmt.NA
              : Fmt.decimal(p.rate().current12Per1000(), 2));
    }
    return t;
  }

  /**
   * The Significance column: the verdict the report's summary gives ({@code Verdict.brief}: a step,
   * abrupt months or a known break before the test's word, SPEC 4.6); {@code --wide} keeps the
   * test's word alone, as before issue 26.
   */
  private static String significance(PriorityTrend p, TextLayout layout) {
    if (layout == TextLayout.WIDE) {
      return p.significance() == null ? Fmt.NA : p.significance().label().id();
    }
    return p.verdict().brief();
  }

  /** The force's crimes with no place beside the area's change (SPEC 4.5; police.uk only). */
  private static void unlocated(Text out, List<PriorityTrend> priorities) {
    List<PriorityTrend> with = priorities.stream().filter(p -> p.unlocated() != null).toList();
    if (with.isEmpty()) {
      return;
    }
    out.heading(
        "Crimes with no place (the force's crimes with no location, which no area can hold; share of"
            + " all the force's crimes of the priority)");
    TextTable t =
        new TextTable(
            "Priority",
            "No place, previous 12>",
            "Share>",
            "No place, current 12>",
            "Share>",
            "Share change (points)>",
            "Area change %>",
            "With them %>");
    for (PriorityTrend p : with) {
      UnlocatedFigures u = p.unlocated();
      t.row(
          p.label(),
          Fmt.count(u.previous12().count()),
          Fmt.share(u.previous12().sharePct()),
          Fmt.count(u.current12().count()),
          Fmt.share(u.current12().sharePct()),
          u.shareChangePoints() == null ? Fmt.NA : Fmt.signedDecimal(u.shareChangePoints(), 1),
          Fmt.pct(p.windows().twelve().changePct()),
          Fmt.pct(u.changePctWithThem()));
    }
    out.table(t);
  }

  private static void outcomes(Text out, List<PriorityTrend> priorities) {
    List<PriorityTrend> with = priorities.stream().filter(p -> p.outcomes() != null).toList();
    if (with.isEmpty()) {
      return;
    }
    OutcomeFigures first = with.get(0).outcomes();
    // A crime the outcomes files do not hold still has an outcome, its street file's: the last
    // column counts those among "With outcome", not crimes without one (issue 26.7).
    out.heading(
        "Outcomes of crimes in the current 12 months (latest outcome, share of crimes with one; "
            + (first.notCovered() == null
                ? "from the street files' last outcome category)"
                : "from the outcomes files, joined on Crime ID, or for a crime they do not hold"
                    + " its street file's last outcome: From street file counts those)"));
    List<String> headers = new ArrayList<>(List.of("Priority", "Crimes>", "With outcome>"));
    first.shares().forEach(s -> headers.add(s.label() + " %>"));
    if (first.notCovered() != null) {
      headers.add("From street file>");
    }
    TextTable t = new TextTable(headers.toArray(String[]::new));
    for (PriorityTrend p : with) {
      OutcomeFigures o = p.outcomes();
      List<Object> cells =
          new ArrayList<>(List.of(p.label(), Fmt.count(o.crimes()), Fmt.count(o.withOutcome())));
      o.shares().forEach(s -> cells.add(s.pct() == null ? Fmt.NA : Fmt.decimal(s.pct(), 1)));
      if (o.notCovered() != null) {
        cells.add(Fmt.count(o.notCovered()));
      }
      t.row(cells.toArray());
    }
    out.table(t);
  }

  /** The chart's latest signal as "2023-05 (rule 1, 2)", or "none". */
  static String latestSignal(ControlFigures c) {
    ControlFigures.LatestSignal s = c.latestSignal();
    if (s == null) {
      return "none";
    }
    return s.month()
        + " (rule "
        + s.rules().stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * Over how many months trend and chart ran, as every priority's monthly counts show it: "the last
   * 36 months", or "26 of the last 36 months (2023-03 to 2023-12 missing)".
   */
  static String seriesMonths(List<PriorityTrend> priorities) {
    Set<List<Month>> gaps =
        priorities.stream().map(p -> missing(p.monthly())).collect(Collectors.toSet());
    int of = priorities.isEmpty() ? 0 : priorities.get(0).monthly().size();
    if (gaps.size() > 1) {
      return "the months with data of the last " + of + " (Months column)";
    }
    List<Month> missing = gaps.isEmpty() ? List.of() : gaps.iterator().next();
    if (missing.isEmpty()) {
      return "the last " + of + " months";
    }
    return (of - missing.size())
        + " of the last "
        + of
        + " months ("
        + Month.ranges(missing)
        + " missing)";
  }

  private static List<Month> missing(List<MonthCount> monthly) {
    return monthly.stream().filter(m -> m.count() == null).map(MonthCount::month).toList();
  }

  /** Over how many months the chart ran: "26 of 36 months; 2023-03 to 2023-12 missing". */
  static String span(ControlFigures c) {
    return c.n()
        + " of "
        + c.of()
        + " months"
        + (c.missing().isEmpty() ? "" : "; " + Month.ranges(c.missing()) + " missing");
  }

  static String signals(ControlFigures c) {
    if (c.signals().isEmpty()) {
      return "none";
    }
    return c.signals().stream()
        .map(s -> "rule " + s.rule() + ": " + Month.ranges(s.months()))
        .collect(Collectors.joining("; "));
  }

  private static void approximations(Text out, TrendsReport r) {
    List<String> notes =
        r.priorities().stream()
            .filter(PriorityTrend::approximate)
            .map(p -> p.label() + " (≈): " + p.note())
            .toList();
    out.list("Approximate measures", notes);
  }

  private static void unmeasurable(Text out, TrendsReport r) {
    out.list(
        "Not measurable from these inputs",
        r.unmeasurable().stream().map(u -> u.name() + " — needs " + u.needs()).toList());
  }

  private static String windowsLine(WindowFigures w) {
    return "Windows: current 12 months "
        + range(w.twelve().now())
        + " vs previous 12 "
        + range(w.twelve().yearEarlier())
        + "; quarter "
        + w.quarter().now().label()
        + " "
        + range(w.quarter().now())
        + " vs "
        + w.quarter().yearEarlier().label()
        + "; financial year to date "
        + range(w.fytd().now())
        + " vs "
        + range(w.fytd().yearEarlier())
        + ".";
  }

  private static String range(WindowCount w) {
    return w.from() + " to " + w.to();
  }

  private static TextTable windowsTable(List<PriorityTrend> priorities) {
    WindowFigures w0 = priorities.isEmpty() ? null : priorities.get(0).windows();
    String q = w0 == null ? "Quarter" : w0.quarter().now().label();
    String qly = w0 == null ? "Same quarter LY" : w0.quarter().yearEarlier().label();
    TextTable t =
        new TextTable(
            "Priority",
            "Current 12>",
            "Previous 12>",
            "Change>",
            "Change %>",
            q + ">",
            qly + ">",
            "Qtr %>",
            "FYTD>",
            "FYTD LY>",
            "FYTD %>",
            "Flags");
    // 12 months, quarter, financial year to date; the flags go to notes under the table.
    t.groups(1, 5, 8, 11).notes(11);
    for (PriorityTrend p : priorities) {
      WindowFigures w = p.windows();
      t.row(
          p.approximate() ? p.label() + " ≈" : p.label(),
          Fmt.count(w.twelve().now().count()),
          Fmt.count(w.twelve().yearEarlier().count()),
          Fmt.signed(w.twelve().change()),
          Fmt.pct(w.twelve().changePct()),
          Fmt.count(w.quarter().now().count()),
          Fmt.count(w.quarter().yearEarlier().count()),
          Fmt.pct(w.quarter().changePct()),
          Fmt.count(w.fytd().now().count()),
          Fmt.count(w.fytd().yearEarlier().count()),
          Fmt.pct(w.fytd().changePct()),
          flags(p));
    }
    return t;
  }

  /** The priority's flags and the months its windows miss, as one cell (notes in words). */
  private static TextTable.Noted flags(PriorityTrend p) {
    return CautionsText.cell(
        p.flags(),
        p.cautions(),
        p.unlocated(),
        p.windows().missing().isEmpty()
            ? List.of()
            : List.of("missing " + Month.ranges(p.windows().missing())));
  }

  /** Blocks of 12 months; fitted to a terminal, one that must split prints as two half-years. */
  private static List<TextTable> monthlyBlocks(List<PriorityTrend> priorities) {
    List<TextTable> blocks = new ArrayList<>();
    if (priorities.isEmpty()) {
      return blocks;
    }
    // Priorities from different sources can cover different months: align them on the union.
    List<Month> months =
        priorities.stream()
            .flatMap(p -> p.monthly().stream())
            .map(MonthCount::month)
            .distinct()
            .sorted()
            .toList();
    for (int start = 0; start < months.size(); start += MONTHS_PER_BLOCK) {
      int end = Math.min(months.size(), start + MONTHS_PER_BLOCK);
      List<String> headers = new ArrayList<>(List.of("Priority"));
      months.subList(start, end).forEach(m -> headers.add(m + ">"));
      TextTable t = new TextTable(headers.toArray(String[]::new));
      t.groups(1, 1 + MONTHS_PER_BLOCK / 2);
      for (PriorityTrend p : priorities) {
        List<Object> cells = new ArrayList<>(List.of(p.label()));
        for (Month m : months.subList(start, end)) {
          cells.add(
              Fmt.count(
                  p.monthly().stream()
                      .filter(c -> c.month().equals(m))
                      .findFirst()
                      .map(MonthCount::count)
                      .orElse(null)));
        }
        t.row(cells.toArray());
      }
      blocks.add(t);
    }
    return blocks;
  }
}
