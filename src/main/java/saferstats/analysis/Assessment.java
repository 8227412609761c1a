package saferstats.analysis;

import java.time.LocalDate;
import java.util.List;
import saferstats.geo.Boundaries;
import saferstats.geo.WardOutlines;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * What {@code saferstats report} lays out (SPEC 4.6): the trends, the quarterly update and each
 * priority's hotspots, computed once by the same analyses that write them as JSON.
 *
 * @param places each measurable priority's hotspots, every LSOA ranked (the report shows the top
 *     ten and maps them all); priorities from local records beside the police files have none
 * @param inputs every input with the months it holds
 * @param coverage each force's months and its missing ones (the gaps)
 * @param boundaries LSOA outlines from {@code --boundaries}, or null
 * @param date the date the report carries, or null (same inputs, same bytes)
 * @param wards the outlines of the wards the MPS ward tables name, for the ward maps; null when the
 *     inputs give none (no ward table, or no ward polygons and no lookup to dissolve LSOAs with)
 */
public record Assessment(
    TrendsReport trends,
    QuarterlyReport quarterly,
    List<PriorityPlaces> places,
    List<InputMonths> inputs,
    List<ForceCoverage> coverage,
    Boundaries boundaries,
    LocalDate date,
    WardOutlines wards) {

  /** An assessment with no ward outlines. */
  public Assessment(
      TrendsReport trends,
      QuarterlyReport quarterly,
      List<PriorityPlaces> places,
      List<InputMonths> inputs,
      List<ForceCoverage> coverage,
      Boundaries boundaries,
      LocalDate date) {
    this(trends, quarterly, places, inputs, coverage, boundaries, date, null);
  }

  /** One priority's hotspots, by its name in the priority set. */
  public record PriorityPlaces(String priority, HotspotsReport hotspots) {}

  /** One input, its row ledger, and every month it supplied (inputs grouped count each once). */
  public record InputMonths(
      InputSummary input, String forces, java.util.SortedSet<Month> supplied) {}

  /** The hotspots of the trend priority {@code p}, or null (local records, unmeasurable). */
  public HotspotsReport hotspotsOf(PriorityTrend p) {
    if (p.source() == saferstats.model.InputKind.RECORDS) {
      return null;
    }
    return places.stream()
        .filter(pp -> pp.priority().equals(p.name()))
        .map(PriorityPlaces::hotspots)
        .findFirst()
        .orElse(null);
  }
}
