package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import saferstats.priorities.InputKind;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/** Monthly counts and windows for each measurable priority of the area (SPEC 4.1). */
public final class TrendsAnalysis {
  private TrendsAnalysis() {}

  /** One trend per measurable priority: the monthly sum of the source categories it takes. */
  public static List<PriorityTrend> byPriority(
      AreaContext area,
      ResolvedSet set,
      AreaPopulation population,
      InputKind source,
      OutcomeShares outcomes) {
    List<PriorityTrend> trends = new ArrayList<>();
    for (ResolvedPriority p : set.measurable()) {
      trends.add(
          trend(
              p,
              source,
              new MonthlySeries(sum(area.counts(), p), area.coverage()),
              area,
              population,
              outcomes));
    }
    return trends;
  }

  /** A priority's monthly counts: the sum over the source categories it takes. */
  static Map<Month, Long> sum(Map<String, Map<Month, Long>> counts, ResolvedPriority p) {
    Map<Month, Long> sum = new TreeMap<>();
    for (String category : p.categories()) {
      counts.getOrDefault(category, Map.of()).forEach((m, n) -> sum.merge(m, n, Long::sum));
    }
    return sum;
  }

  static PriorityTrend trend(
      ResolvedPriority p,
      InputKind source,
      MonthlySeries series,
      AreaContext area,
      AreaPopulation population,
      OutcomeShares outcomes) {
    WindowSet w = area.windows();
    WindowCount c12 = series.window(w.current12());
    WindowCount p12 = series.window(w.previous12());
    WindowCount q = series.window(w.quarter());
    WindowCount qly = series.window(w.quarterLastYear());
    WindowCount fy = series.window(w.fytd());
    WindowCount fyly = series.window(w.fytdLastYear());
    Comparison twelve = Comparison.of(c12, p12);
    Comparison quarter = Comparison.of(q, qly);
    Comparison fytd = Comparison.of(fy, fyly);
    WindowFigures figures =
        new WindowFigures(
            c12,
            p12,
            twelve.change(),
            twelve.changePct(),
            q,
            qly,
            quarter.change(),
            quarter.changePct(),
            fy,
            fyly,
            fytd.change(),
            fytd.changePct());
    return new PriorityTrend(
        p.name(),
        source.id(),
        p.group(),
        true,
        p.approximate(),
        p.note(),
        series.monthly(area.end()),
        figures,
        population == null ? null : population.rate(c12.count()),
        Statistics.significance(series, c12, p12),
        Statistics.trend(series, area),
        Statistics.control(series, area),
        area.comparatorName() == null
            ? null
            : Comparators.of(area.comparatorName(), p, area, c12, p12),
        flags(Statistics.withheld(series, area), twelve, quarter, fytd),
        outcomes == null ? null : outcomes.figures(area.table(), p, w.current12()));
  }

  private static List<String> flags(List<String> withheld, Comparison... comparisons) {
    List<String> flags = new ArrayList<>(withheld);
    for (Comparison c : comparisons) {
      if (c.smallNumbers() && !flags.contains(PriorityTrend.SMALL_NUMBERS)) {
        flags.add(PriorityTrend.SMALL_NUMBERS);
      }
      if (c.incomplete() && !flags.contains(PriorityTrend.INCOMPLETE)) {
        flags.add(PriorityTrend.INCOMPLETE);
      }
    }
    return flags;
  }
}
