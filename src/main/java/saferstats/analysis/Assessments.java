package saferstats.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saferstats.geo.Boundaries;
import saferstats.geo.WardOutlines;
import saferstats.load.LoadedArea;
import saferstats.model.FileLedger;
import saferstats.model.WindowChoice;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/** Builds the {@link Assessment} from the analyses {@code trends} and {@code hotspots} run. */
public final class Assessments {
  /** Every place ranked: the choropleth shades every LSOA, not only the top ten. */
  static final int ALL_PLACES = Integer.MAX_VALUE;

  private Assessments() {}

  /**
   * @param trends the area's trends, computed once by the caller
   * @param comparatorWord how sentences name the comparator ("the force", "London")
   * @param places what hotspots is asked for each priority (its priority and top are set here)
   */
  public static Assessment of(
      LoadedArea area,
      ResolvedSet set,
      TrendsReport trends,
      String comparatorWord,
      Hotspots.Request places,
      Boundaries boundaries,
      LocalDate date) {
    // Prepared once: an MPS area's ward level is resolved and spliced once, not per priority.
    Hotspots.Ranker ranker = Hotspots.forArea(area);
    List<Assessment.PriorityPlaces> hotspots =
        set.measurable().stream()
            .map(ResolvedPriority::name)
            .map(
                name ->
                    new Assessment.PriorityPlaces(
                        name, ranker.report(set, everyPlace(places, name))))
            .toList();
    return new Assessment(
        trends,
        Quarterly.of(trends, comparatorWord),
        hotspots,
        area.inputs().files().stream().map(Assessments::months).toList(),
        List.copyOf(area.inputs().coverage().values()),
        boundaries,
        date,
        WardOutlines.of(boundaries, places.lookup(), mpsWards(hotspots)));
  }

  /**
   * Every ward the MPS ward tables rank for any priority, code → name in first-seen order: the ward
   * map draws the borough's wards once, each priority shading its own table's counts.
   */
  private static Map<String, String> mpsWards(List<Assessment.PriorityPlaces> hotspots) {
    Map<String, String> wards = new LinkedHashMap<>();
    for (Assessment.PriorityPlaces pp : hotspots) {
      HotspotsReport h = pp.hotspots();
      if (h.wardBasis() != null && h.wardBasis().fromMpsTables() && h.wards() != null) {
        h.wards().forEach(w -> wards.putIfAbsent(w.code(), w.name()));
      }
    }
    return wards;
  }

  private static Hotspots.Request everyPlace(Hotspots.Request r, String priority) {
    return new Hotspots.Request(
        priority,
        WindowChoice.CURRENT12,
        ALL_PLACES,
        r.lookup(),
        r.population(),
        r.cellSize(),
        r.periods());
  }

  private static Assessment.InputMonths months(FileLedger f) {
    return new Assessment.InputMonths(
        InputSummary.of(f),
        String.join(", ", f.forces()),
        java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(f.months())));
  }
}
