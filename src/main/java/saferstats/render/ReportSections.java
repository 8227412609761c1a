package saferstats.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import saferstats.analysis.Assessment;
import saferstats.analysis.Cautions;
import saferstats.analysis.ComparatorFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.OutcomeGroup;
import saferstats.analysis.PairFigures;
import saferstats.analysis.PositiveOutcomeFigures;
import saferstats.analysis.PriorityParts;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.SignificanceFigures;
import saferstats.analysis.Verdict;
import saferstats.analysis.WindowCount;
import saferstats.analysis.WindowFigures;
import saferstats.draw.PriorityCharts;
import saferstats.model.InputKind;
import saferstats.model.Month;

/**
 * One priority's section of the report, at most two A4 pages: sentence, chart, windows (the
 * comparator and the outcomes a line each beneath), its place among peers, where, flags.
 */
final class ReportSections {
  /** The largest outcome groups named beside charge or summons; the rest are summed. */
  static final int OUTCOMES_NAMED = 3;

  private ReportSections() {}

  static ReportView.Section of(
      String id,
      PriorityTrend p,
      String sentence,
      HotspotsReport places,
      Assessment a,
      ReportPeers peers,
      Set<String> shared) {
    return new ReportView.Section(
        id,
        p.label(),
        sentence,
        parts(a, p.name()),
        ReportView.Chart.of(
            PriorityCharts.trend(id + "-trend", p),
            // Under 12 months there is no control chart: the caption must not promise one.
            p.label()
                + ": monthly counts"
                + (p.control() == null ? "" : " with the control chart's centre and limits"),
            (int) p.monthly().stream().filter(m -> m.count() != null).count()),
        windows(p),
        comparator(p.comparator()),
        outcomes(p.outcomes(), positive(a, p.name())),
        peers.of(id, p.name()),
        places == null
            ? null
            : ReportPlaces.of(
                id,
                places,
                a,
                fromTables(p),
                shared,
                !p.flags().contains(PriorityTrend.RESIDENT_DENOMINATOR)),
        flags(p),
        p.approximate() && p.note() != null
            ? List.of("Approximate measure: " + p.note())
            : List.of());
  }

  /** The hotspots notes every measurable priority carries, said once in the appendix. */
  static Set<String> sharedNotes(Assessment a) {
    List<HotspotsReport> all = new ArrayList<>();
    for (PriorityTrend p : a.trends().priorities()) {
      HotspotsReport h = p.measurable() ? a.hotspotsOf(p) : null;
      if (h != null) {
        all.add(h);
      }
    }
    return ReportPlaces.shared(all);
  }

  /** Counted from MPS tables or the dashboard: no LSOA, street or coordinates. */
  private static boolean fromTables(PriorityTrend p) {
    return p.source() == InputKind.MPS || p.source() == InputKind.MPS_DASHBOARD;
  }

  static List<ReportView.WindowRow> windows(PriorityTrend p) {
    WindowFigures w = p.windows();
    return List.of(
        row(w.twelve().now().label(), w.twelve(), test(p.significance()), p.cautions()),
        row(w.quarter().now().label(), w.quarter(), test(p.quarterSignificance()), p.cautions()),
        row(
            yearToDate(w.fytd().now()),
            w.fytd(),
            // part of the 12 months: a test of its fewer months would repeat theirs, less surely
            "not tested (part of the 12 months, which carry the test)",
            p.cautions()));
  }

  private static String test(SignificanceFigures s) {
    return s == null || s.label() == null
        ? ""
        : Fmt.text(s.label()) + " (" + s.test() + ", " + Fmt.pIs(s.p()) + ")";
  }

  /**
   * "financial year 2024-25 to date (April to August 2024)": the window's own label, "2024-25 to
   * 2024-08", read as a range from one year to a month.
   */
  static String yearToDate(WindowCount w) {
    Month from = w.from();
    String months =
        from.equals(w.to()) ? w.to().longName() : from.monthName() + " to " + w.to().longName();
    return String.format(
        "financial year %d-%02d to date (%s)", from.year(), (from.year() + 1) % 100, months);
  }

  /**
   * One window against the same months a year before. What lies inside those months (an abrupt
   * month, a step, a known break) comes first in the test column, as it does in the verdict: a
   * change across it may be a recording change, not crime.
   */
  private static ReportView.WindowRow row(
      String label, PairFigures pair, String test, Cautions cautions) {
    WindowCount now = pair.now();
    WindowCount before = pair.yearEarlier();
    Verdict v = Verdict.of(pair, null, cautions);
    if (v.qualified()) {
      test =
          v.found()
              + (v.shift() ? "; a shift in level, not a trend" : "")
              + (test.isEmpty() ? "" : "; " + test);
    }
    return new ReportView.WindowRow(
        label,
        now.from() + " to " + now.to() + " vs " + before.from() + " to " + before.to(),
        Fmt.count(now.count()),
        Fmt.count(before.count()),
        Fmt.signed(pair.change()),
        Fmt.pct(pair.changePct()),
        test);
  }

  /** The comparator in one line: its change, the rest's, and why it does not compare if so. */
  static String comparator(ComparatorFigures c) {
    if (c == null) {
      return "Comparator: none for these inputs.";
    }
    StringBuilder line =
        new StringBuilder("Comparator: ")
            .append(c.name())
            .append(" ")
            .append(Fmt.count(c.current12()))
            .append(" against ")
            .append(Fmt.count(c.previous12()))
            .append(" (")
            .append(Fmt.pct(c.changePct()))
            .append(")");
    if (c.rest() != null) {
      line.append("; without the area ")
          .append(Fmt.count(c.rest().current12()))
          .append(" against ")
          .append(Fmt.count(c.rest().previous12()))
          .append(" (")
          .append(Fmt.pct(c.rest().changePct()))
          .append(")");
    }
    line.append(".");
    if (c.tooSmall()) {
      line.append(
          " Too small to compare: the rest is smaller than the area, so its change mostly is the"
              + " area's own (give another force or London with --compare).");
    }
    if (!c.missing().isEmpty()) {
      line.append(" No data for ").append(c.missing()).append(": its counts are n/a.");
    }
    return line.toString();
  }

  /**
   * "Outcomes of the current 12 months' 316 crimes: investigation complete, no suspect 61.2 %, …":
   * the largest groups, or why there are none.
   */
  static String outcomes(OutcomeFigures o, PositiveOutcomeFigures positive) {
    if (o == null && positive != null) {
      return positive(positive);
    }
    return outcomes(o);
  }

  /**
   * The priority's parts and the dashboard group total it takes part of, one line; null when it
   * takes no dashboard subgroup beside other parts or within a group.
   */
  private static String parts(Assessment a, String priority) {
    List<PriorityParts> all = a.trends().parts();
    return all == null
        ? null
        : all.stream()
            .filter(p -> p.priority().equals(priority))
            .findFirst()
            .map(PartsText::line)
            .orElse(null);
  }

  /** The dashboard's positive outcomes of the priority, when its categories carry any. */
  private static PositiveOutcomeFigures positive(Assessment a, String priority) {
    List<PositiveOutcomeFigures> all = a.trends().positiveOutcomes();
    return all == null
        ? null
        : all.stream().filter(f -> f.priority().equals(priority)).findFirst().orElse(null);
  }

  /**
   * "Positive outcomes (MPS Monthly Crime Dashboard, …): 74 in the current 12 months against 46 …":
   * counts and the ratio to the offences, never a monthly rate.
   */
  static String positive(PositiveOutcomeFigures f) {
    return "Positive outcomes (MPS Monthly Crime Dashboard, of "
        + String.join(", ", f.categories())
        + "): "
        + Fmt.count(f.current12())
        + " in the current 12 months against "
        + Fmt.count(f.previous12())
        + " in the previous 12"
        + (f.ratio12() == null
            ? ""
            : "; "
                + Fmt.decimal(f.ratio12(), 2)
                + " per offence of those categories ("
                + Fmt.count(f.offences12())
                + " offences)")
        + ". Outcomes recorded in a month may be of earlier offences, so this is a ratio, not a"
        + " rate; the MPS tables carry no outcomes.";
  }

  static String outcomes(OutcomeFigures o) {
    if (o == null) {
      return "Outcomes: none (they come with police.uk crimes only; MPS tables, local records and"
          + " anti-social behaviour carry none).";
    }
    if (o.withOutcome() == 0) {
      return "Outcomes: none of this priority's " + Fmt.count(o.crimes()) + " crimes has one.";
    }
    // Charge or summons first, always, even at none: the share a committee asks for (review
    // finding 18); then the largest of the rest, then what is left named by group, so "Other"
    // beside "other outcomes" can no longer read as a contradiction.
    List<OutcomeFigures.Share> named = new ArrayList<>();
    List<OutcomeFigures.Share> rest = new ArrayList<>();
    o.shares().stream()
        .filter(x -> x.group().equals(OutcomeGroup.CHARGE_SUMMONS.id()))
        .forEach(named::add);
    o.shares().stream()
        .filter(x -> !named.contains(x))
        .sorted(Comparator.comparingLong(OutcomeFigures.Share::count).reversed())
        .forEach(x -> (named.size() <= OUTCOMES_NAMED && x.count() > 0 ? named : rest).add(x));
    List<String> parts = new ArrayList<>();
    named.forEach(
        x -> parts.add(outcomeLabel(x) + " " + (x.count() == 0 ? "none" : Fmt.share(x.pct()))));
    long left = rest.stream().mapToLong(OutcomeFigures.Share::count).sum();
    if (left > 0) {
      parts.add(
          "the other "
              + Fmt.share(100.0 * left / o.withOutcome())
              + ": "
              + String.join(
                  ", ",
                  rest.stream()
                      .filter(x -> x.count() > 0)
                      .map(x -> outcomeLabel(x).toLowerCase(java.util.Locale.ROOT))
                      .toList()));
    }
    return "Outcomes of the current 12 months' "
        + Fmt.count(o.withOutcome())
        + " crimes with one: "
        + String.join("; ", parts)
        + ".";
  }

  /**
   * The group's label, said as what it holds where the bare "Other" would not: police.uk's "Status
   * update unavailable" and "Action to be taken by another organisation" (outcome-groups.csv).
   */
  private static String outcomeLabel(OutcomeFigures.Share x) {
    return x.group().equals(OutcomeGroup.OTHER.id())
        ? "Status update unavailable or passed to another organisation"
        : x.label();
  }

  /** Each flag with its months and figures, one line each. */
  private static List<String> flags(PriorityTrend p) {
    List<String> out = new ArrayList<>();
    // The flags in words with their marks, as the summary's footnotes name them (issue 26.3).
    out.addAll(CautionsText.words(p.flags(), p.cautions(), p.unlocated()));
    if (!p.windows().missing().isEmpty()) {
      out.add("missing months " + p.windows().missing() + ": windows touching them are n/a");
    }
    if (p.flags().contains(PriorityTrend.RESIDENT_DENOMINATOR) && p.rate() != null) {
      // The ¶ line with the area's own figures in place of the general one.
      out.removeIf(line -> line.startsWith("¶ "));
      out.add(
          "¶ residents are not the population at risk: all crime is "
              + (p.rate().allCrimeCurrent12Per1000() == null
                  ? Fmt.NA
                  : Fmt.decimal(p.rate().allCrimeCurrent12Per1000(), 0))
              + " per 1,000 of its "
              + Fmt.count(p.rate().population())
              + " residents a year, so workers and visitors, who are not in the denominator, are"
              + " much of the population at risk; compare on change, not rate.");
    }
    return out;
  }
}
