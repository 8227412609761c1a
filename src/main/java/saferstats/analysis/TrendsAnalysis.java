package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import saferstats.model.Month;
import saferstats.model.WindowSet;

/** Monthly counts and windows for each category of the area (SPEC 4.1). */
public final class TrendsAnalysis {
  private TrendsAnalysis() {}

  /** Categories: every one the area's force published, so a category absent locally shows 0. */
  public static List<PriorityTrend> byCategory(AreaContext area) {
    Map<String, Map<Month, Long>> counts = AreaTable.countsByCategoryAndMonth(area.table());
    Set<String> categories = new TreeSet<>(counts.keySet());
    area.forceCounts().values().forEach(byCat -> categories.addAll(byCat.keySet()));
    List<PriorityTrend> trends = new ArrayList<>();
    for (String category : categories) {
      MonthlySeries series =
          new MonthlySeries(counts.getOrDefault(category, Map.of()), area.coverage());
      trends.add(trend(category, series, area));
    }
    return trends;
  }

  static PriorityTrend trend(String name, MonthlySeries series, AreaContext area) {
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
        name,
        null,
        true,
        false,
        null,
        series.monthly(area.end()),
        figures,
        flags(twelve, quarter, fytd));
  }

  private static List<String> flags(Comparison... comparisons) {
    List<String> flags = new ArrayList<>();
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
