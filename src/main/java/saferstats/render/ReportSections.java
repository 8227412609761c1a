package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.Assessment;
import saferstats.analysis.ComparatorFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PairFigures;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.SignificanceFigures;
import saferstats.analysis.WindowCount;
import saferstats.analysis.WindowFigures;
import saferstats.draw.Drawing;
import saferstats.draw.PriorityCharts;

/** One priority's section of the report: sentence, chart, windows, comparator, outcomes, places. */
final class ReportSections {
  private ReportSections() {}

  static ReportView.Section of(
      String id, PriorityTrend p, String sentence, HotspotsReport places, Assessment a) {
    Drawing outcomes =
        p.outcomes() == null ? null : PriorityCharts.outcomes(id + "-outcomes", p.outcomes());
    return new ReportView.Section(
        id,
        p.label(),
        sentence,
        ReportView.Chart.of(
            PriorityCharts.trend(id + "-trend", p),
            // Under 12 months there is no control chart: the caption must not promise one.
            p.label()
                + ": monthly counts"
                + (p.control() == null ? "" : " with the control chart's centre and limits"),
            (int) p.monthly().stream().filter(m -> m.count() != null).count()),
        windows(p),
        comparator(p.comparator(), p.rate()),
        ReportView.Chart.of(outcomes, "Outcomes of " + p.label()),
        outcomesAbsent(p.outcomes(), outcomes),
        outcomeRows(p.outcomes()),
        places == null ? null : ReportPlaces.of(id, places, a),
        flags(p),
        p.approximate() && p.note() != null
            ? List.of("Approximate measure: " + p.note())
            : List.of());
  }

  private static List<ReportView.WindowRow> windows(PriorityTrend p) {
    WindowFigures w = p.windows();
    return List.of(
        row(w.twelve(), p.significance()),
        row(w.quarter(), p.quarterSignificance()),
        row(w.fytd(), null));
  }

  private static ReportView.WindowRow row(PairFigures pair, SignificanceFigures s) {
    WindowCount now = pair.now();
    WindowCount before = pair.yearEarlier();
    return new ReportView.WindowRow(
        now.label(),
        now.from() + " to " + now.to() + " vs " + before.from() + " to " + before.to(),
        Fmt.count(now.count()),
        Fmt.count(before.count()),
        Fmt.signed(pair.change()),
        Fmt.pct(pair.changePct()),
        s == null || s.label() == null
            ? ""
            : Fmt.text(s.label()) + " (" + s.test() + ", " + Fmt.pIs(s.p()) + ")");
  }

  private static List<String> comparator(ComparatorFigures c, saferstats.analysis.RateFigures r) {
    List<String> lines = new ArrayList<>();
    if (c == null) {
      lines.add("No comparator for these inputs.");
      return lines;
    }
    lines.add(
        c.name()
            + ": "
            + Fmt.count(c.current12())
            + " in the current 12 months against "
            + Fmt.count(c.previous12())
            + " ("
            + Fmt.pct(c.changePct())
            + ").");
    if (c.rest() != null) {
      lines.add(
          "Without the area: "
              + Fmt.count(c.rest().current12())
              + " against "
              + Fmt.count(c.rest().previous12())
              + " ("
              + Fmt.pct(c.rest().changePct())
              + ").");
    }
    if (c.tooSmall()) {
      lines.add(
          "Too small to compare (comparator-too-small): the rest of the comparator is smaller than"
              + " the area itself, so its change mostly is the area's own, and no sentence states"
              + " it. Give another force or London with --compare.");
    }
    if (!c.missing().isEmpty()) {
      lines.add("The comparator has no data for " + c.missing() + ": its counts are n/a.");
    }
    return lines;
  }

  private static String outcomesAbsent(OutcomeFigures o, Drawing chart) {
    if (o == null) {
      return "No outcomes: they come with police.uk crimes only (MPS tables, local records and"
          + " anti-social behaviour carry none).";
    }
    if (o.withOutcome() == 0) {
      return "None of this priority's " + Fmt.count(o.crimes()) + " crimes has an outcome.";
    }
    return chart == null ? "The outcomes chart could not be drawn; the shares are below." : null;
  }

  private static List<ReportView.OutcomeRow> outcomeRows(OutcomeFigures o) {
    if (o == null || o.withOutcome() == 0) {
      return List.of();
    }
    return o.shares().stream()
        .map(s -> new ReportView.OutcomeRow(s.label(), Fmt.count(s.count()), Fmt.share(s.pct())))
        .toList();
  }

  /** Each flag with its months and figures, one line each. */
  private static List<String> flags(PriorityTrend p) {
    List<String> out = new ArrayList<>(CautionsText.each(p.flags(), p.cautions(), p.unlocated()));
    if (!p.windows().missing().isEmpty()) {
      out.add("missing months " + p.windows().missing() + ": windows touching them are n/a");
    }
    if (p.flags().contains(PriorityTrend.RESIDENT_DENOMINATOR) && p.rate() != null) {
      out.add(
          "Rates are per 1,000 residents ("
              + Fmt.count(p.rate().population())
              + "); all crime is "
              + (p.rate().allCrimeCurrent12Per1000() == null
                  ? Fmt.NA
                  : Fmt.decimal(p.rate().allCrimeCurrent12Per1000(), 0))
              + " per 1,000 residents a year, so workers and visitors, who are not in the"
              + " denominator, are much of the population at risk.");
    }
    return out;
  }
}
