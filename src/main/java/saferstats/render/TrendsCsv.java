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
        csv.row(p.name(), p.group(), "month", m.month(), m.month(), m.month(), m.count(), flags);
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
    }
    r.unmeasurable()
        .forEach(
            u ->
                csv.row(
                    u.name(), null, "unmeasurable", null, null, null, null, "needs " + u.needs()));
    return csv.toString();
  }

  private static void window(Csv csv, PriorityTrend p, String figure, WindowCount w, String flags) {
    change(csv, p, figure, w, w.count(), flags);
  }

  private static void change(
      Csv csv, PriorityTrend p, String figure, WindowCount w, Object value, String flags) {
    csv.row(p.name(), p.group(), figure, w.label(), w.from(), w.to(), value, flags);
  }
}
