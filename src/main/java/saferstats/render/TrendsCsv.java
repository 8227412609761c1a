package saferstats.render;

import saferstats.analysis.MonthCount;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.TrendsReport;
import saferstats.analysis.WindowCount;
import saferstats.analysis.WindowFigures;

/** {@code trends} as tidy CSV: one row per priority × figure; empty value = null. */
final class TrendsCsv {
  private TrendsCsv() {}

  static String render(TrendsReport r) {
    Csv csv = new Csv("priority", "group", "figure", "label", "from", "to", "value", "flags");
    for (PriorityTrend p : r.priorities()) {
      String flags =
          TrendsText.flags(p)
              + (p.approximate() ? (p.flags().isEmpty() ? "" : "; ") + "approximate" : "");
      for (MonthCount m : p.monthly()) {
        csv.row(p.label(), p.group(), "month", m.month(), m.month(), m.month(), m.count(), flags);
      }
      WindowFigures w = p.windows();
      window(csv, p, "current12", w.current12(), flags);
      window(csv, p, "previous12", w.previous12(), flags);
      change(csv, p, "change", w.current12(), w.change(), flags);
      change(csv, p, "changePct", w.current12(), w.changePct(), flags);
      window(csv, p, "quarter", w.quarter(), flags);
      window(csv, p, "quarterLastYear", w.quarterLastYear(), flags);
      change(csv, p, "quarterChange", w.quarter(), w.quarterChange(), flags);
      change(csv, p, "quarterChangePct", w.quarter(), w.quarterChangePct(), flags);
      window(csv, p, "fytd", w.fytd(), flags);
      window(csv, p, "fytdLastYear", w.fytdLastYear(), flags);
      change(csv, p, "fytdChange", w.fytd(), w.fytdChange(), flags);
      change(csv, p, "fytdChangePct", w.fytd(), w.fytdChangePct(), flags);
      statistics(csv, p, w.current12(), flags);
      if (p.outcomes() != null) {
        var o = p.outcomes();
        change(csv, p, "outcomeCrimes", w.current12(), o.crimes(), flags);
        change(csv, p, "outcomeWithOutcome", w.current12(), o.withOutcome(), flags);
        change(csv, p, "outcomeNotCovered", w.current12(), o.notCovered(), flags);
        for (var s : o.shares()) {
          csv.row(
              p.label(),
              p.group(),
              "outcomeCount",
              s.group(),
              w.current12().from(),
              w.current12().to(),
              s.count(),
              flags);
          csv.row(
              p.label(),
              p.group(),
              "outcomePct",
              s.group(),
              w.current12().from(),
              w.current12().to(),
              s.pct(),
              flags);
        }
      }
    }
    r.unmeasurable()
        .forEach(
            u ->
                csv.row(
                    u.name(), null, "unmeasurable", null, null, null, null, "needs " + u.needs()));
    return csv.toString();
  }

  private static void statistics(Csv csv, PriorityTrend p, WindowCount c12, String flags) {
    if (p.significance() != null) {
      var s = p.significance();
      change(csv, p, "significanceTest", c12, s.test(), flags);
      change(csv, p, "significanceP", c12, s.p(), flags);
      change(csv, p, "significanceExactP", c12, s.exactP(), flags);
      change(csv, p, "significanceDispersion", c12, s.dispersion(), flags);
      change(csv, p, "significance", c12, s.label(), flags);
    }
    if (p.trend() != null) {
      var t = p.trend();
      csv.row(p.label(), p.group(), "trendN", "months with data", null, null, t.n(), flags);
      csv.row(p.label(), p.group(), "trendOf", "months in span", null, null, t.of(), flags);
      csv.row(p.label(), p.group(), "trendS", "mann-kendall", null, null, t.s(), flags);
      csv.row(p.label(), p.group(), "trendTau", "mann-kendall", null, null, t.tau(), flags);
      csv.row(p.label(), p.group(), "trendP", "mann-kendall", null, null, t.p(), flags);
      csv.row(p.label(), p.group(), "senSlope", "per month", null, null, t.senSlope(), flags);
      csv.row(
          p.label(), p.group(), "trendDirection", "mann-kendall", null, null, t.direction(), flags);
    }
    if (p.control() != null) {
      var c = p.control();
      csv.row(p.label(), p.group(), "controlN", "months with data", null, null, c.n(), flags);
      csv.row(p.label(), p.group(), "controlOf", "months in span", null, null, c.of(), flags);
      csv.row(p.label(), p.group(), "controlMean", "xmr", null, null, c.mean(), flags);
      csv.row(p.label(), p.group(), "controlLcl", "xmr", null, null, c.lcl(), flags);
      csv.row(p.label(), p.group(), "controlUcl", "xmr", null, null, c.ucl(), flags);
      c.signals()
          .forEach(
              s ->
                  s.months()
                      .forEach(
                          m ->
                              csv.row(
                                  p.label(),
                                  p.group(),
                                  "controlSignal",
                                  "rule " + s.rule(),
                                  m,
                                  m,
                                  s.rule(),
                                  flags)));
    }
    if (p.comparator() != null) {
      var k = p.comparator();
      csv.row(
          p.label(),
          p.group(),
          "comparatorCurrent12",
          k.name(),
          c12.from(),
          c12.to(),
          k.current12(),
          flags);
      csv.row(
          p.label(),
          p.group(),
          "comparatorPrevious12",
          k.name(),
          null,
          null,
          k.previous12(),
          flags);
      csv.row(
          p.label(), p.group(), "comparatorChangePct", k.name(), null, null, k.changePct(), flags);
      csv.row(
          p.label(),
          p.group(),
          "restCurrent12",
          k.name() + " less the area",
          null,
          null,
          k.rest().current12(),
          flags);
      csv.row(
          p.label(),
          p.group(),
          "restPrevious12",
          k.name() + " less the area",
          null,
          null,
          k.rest().previous12(),
          flags);
      csv.row(
          p.label(),
          p.group(),
          "restChangePct",
          k.name() + " less the area",
          null,
          null,
          k.rest().changePct(),
          flags);
    }
    if (p.rate() != null) {
      var r = p.rate();
      csv.row(p.label(), p.group(), "population", r.basis(), null, null, r.population(), flags);
      csv.row(
          p.label(),
          p.group(),
          "current12Per1000",
          r.populationYear(),
          c12.from(),
          c12.to(),
          r.current12Per1000(),
          flags);
      csv.row(
          p.label(), p.group(), "populationUnjoinedLsoas", null, null, null, r.unjoined(), flags);
    }
  }

  private static void window(Csv csv, PriorityTrend p, String figure, WindowCount w, String flags) {
    change(csv, p, figure, w, w.count(), flags);
  }

  private static void change(
      Csv csv, PriorityTrend p, String figure, WindowCount w, Object value, String flags) {
    csv.row(p.label(), p.group(), figure, w.label(), w.from(), w.to(), value, flags);
  }
}
