package saferstats.render;

import java.util.List;
import java.util.Locale;
import saferstats.analysis.BenchmarkReport;

/** {@code benchmark} for people: one table per priority, aligned or in Markdown. */
final class BenchmarkText {
  private BenchmarkText() {}

  static String render(BenchmarkReport r, TextLayout layout) {
    Text out = new Text(layout);
    if (r.priorities().isEmpty()) {
      // No peers (a force with one partnership): the notes say why and where to compare instead.
      out.title("Benchmark — " + r.area() + ": no peers");
      out.list("Notes", r.notes());
      out.para(Text.inputsLine(r.inputs()));
      return out.toString();
    }
    out.title("Benchmark — " + r.area() + " among " + r.peerGroup());
    out.para(
        "12 months "
            + r.from()
            + " to "
            + r.end()
            + "; rates per 1,000 residents ("
            + (r.population().year() == null
                ? "population of unknown year"
                : "mid-" + r.population().year() + " population")
            + "); priorities: "
            + r.categories()
            + ".");
    for (BenchmarkReport.Priority p : r.priorities()) {
      priority(out, p);
    }
    out.list("Notes", r.notes());
    out.para(Text.inputsLine(r.inputs()));
    return out.toString();
  }

  private static void priority(Text out, BenchmarkReport.Priority p) {
    out.heading(p.name());
    out.para(p.sentence());
    if (p.pooledRatePer1000() == null) {
      return;
    }
    out.para(methodLine(p));
    if (p.changeMethod() != null) {
      out.para("Ranks on change: " + p.changeMethod() + ".");
    }
    TextTable t =
        new TextTable(
            "Rank>",
            "Interval",
            "Area",
            "Count>",
            "Population>",
            "Per 1,000>",
            "Funnel",
            "Change %>",
            "Change rank",
            "Flags");
    t.notes(9);
    int decimals = places(p.pooledRatePer1000());
    for (BenchmarkReport.Place x : p.places()) {
      t.row(
          x.rank() == null ? Fmt.NA : String.valueOf(x.rank()),
          x.rank() == null ? Fmt.NA : x.rankLow() + "–" + x.rankHigh(),
          x.name(),
          Fmt.count(x.count()),
          Fmt.count(x.population()),
          x.ratePer1000() == null ? Fmt.NA : Fmt.decimal(x.ratePer1000(), decimals),
          x.funnel() == null ? Fmt.NA : x.funnel().toString(),
          Fmt.pct(x.changePct()),
          x.changeRank() == null
              ? Fmt.NA
              : x.changeRank() + " (" + x.changeRankLow() + "–" + x.changeRankHigh() + ")",
          flags(x.flags()));
    }
    out.table(t);
  }

  /** Decimals that show a rate of this size: 1 from 10 per 1,000 up, more for rare crimes. */
  /** "Pooled rate 35.00 per 1,000; φ = 58.36, τ² = 537.7; random effects: …": the fit's method. */
  static String methodLine(BenchmarkReport.Priority p) {
    return String.format(
        Locale.UK,
        "Pooled rate %s per 1,000; φ = %s, τ² = %s; %s.",
        Fmt.decimal(p.pooledRatePer1000(), places(p.pooledRatePer1000()) + 1),
        Fmt.decimal(p.dispersion(), 2),
        String.format(Locale.UK, "%.4g", p.tau2()),
        p.method());
  }

  static int places(double rate) {
    return rate >= 10 ? 1 : rate >= 1 ? 2 : rate >= 0.1 ? 3 : 4;
  }

  private static String flags(List<String> flags) {
    return flags.isEmpty() ? "" : String.join(", ", flags);
  }
}
