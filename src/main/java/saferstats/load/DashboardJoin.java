package saferstats.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.Names;
import saferstats.model.UserError;
import saferstats.model.WindowSet;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;

/**
 * The MPS Monthly Crime Dashboard's figures for an area chosen from the MPS tables (SPEC 1.4b): the
 * borough's own dashboard rows, or a ward's (by code), with London's boroughs as the comparator.
 * Each of its categories sits beside the tables' in every span, its months the dashboard covers
 * counted (0 where it has no row) and the others null.
 */
final class DashboardJoin {
  private final DashboardData dashboard;
  private final Level level;
  private final Set<String> areas;
  private final Set<String> london;

  private DashboardJoin(DashboardData dashboard, Level level, Set<String> areas) {
    this.dashboard = dashboard;
    this.level = level;
    this.areas = areas;
    this.london =
        dashboard.areas(Level.BOROUGH).values().stream()
            .filter(a -> a.code().matches("E09\\d{6}") && !MpsData.isPseudoBorough(a.borough()))
            .map(DashboardData.Area::code)
            .collect(Collectors.toSet());
  }

  /**
   * The join for the tables' selection: a ward code found among the dashboard's SNT rows, else the
   * borough {@code borough} at its borough level; empty when the dashboard has neither.
   */
  static Optional<DashboardJoin> of(DashboardData dashboard, Set<String> codes, String borough) {
    if (dashboard == null || dashboard.isEmpty()) {
      return Optional.empty();
    }
    Set<String> wards =
        dashboard.areas(Level.WARD).keySet().stream()
            .filter(c -> codes.stream().anyMatch(x -> Names.same(x, c)))
            .collect(Collectors.toSet());
    if (!wards.isEmpty() && codes.size() == wards.size()) {
      return Optional.of(new DashboardJoin(dashboard, Level.WARD, wards));
    }
    Set<String> boroughs =
        dashboard.areas(Level.BOROUGH).values().stream()
            .filter(a -> Names.same(a.name(), borough) || Names.same(a.borough(), borough))
            .map(DashboardData.Area::code)
            .collect(Collectors.toSet());
    return boroughs.isEmpty()
        ? Optional.empty()
        : Optional.of(new DashboardJoin(dashboard, Level.BOROUGH, boroughs));
  }

  /**
   * The area from the dashboard alone, when no MPS table was given: its subgroups are the area's
   * categories and London's boroughs its comparator, over the months the dashboard covers. It has
   * no rows to map or rank by place.
   */
  static AreaContext alone(DashboardData dashboard, String area, Optional<Month> requestedEnd) {
    DashboardJoin j =
        of(dashboard, Set.of(area), area)
            .orElseThrow(
                () ->
                    UserError.notCovered(
                        "no area '" + area + "' in the MPS Monthly Crime Dashboard",
                        "give a borough as the dashboard names it, or a ward code of its"
                            + " Safer Neighbourhood Team rows"));
    SortedSet<Month> months = dashboard.months(j.level);
    ForceCoverage coverage =
        ForceCoverage.over("MPS Monthly Crime Dashboard", months.first(), months.last(), months);
    MonthlyCounts none = MonthlyCounts.empty(coverage);
    Month end = StreetLoader.checkEnd(requestedEnd.orElse(coverage.last()), coverage);
    String name =
        j.areas.size() == 1 ? dashboard.areas(j.level).get(j.areas.iterator().next()).name() : area;
    return new AreaContext(
        name,
        MpsLoader.FORCE,
        () -> {
          throw UserError.input(
              "the MPS Monthly Crime Dashboard holds counts by area and month, no rows to place",
              "give the MPS ward tables for places and maps");
        },
        WindowSet.endingAt(end),
        none.with(j.area(DashboardMeasure.OFFENCES, none)),
        none.with(j.london(none)),
        j.categories(),
        "London (all boroughs)",
        Map.of(),
        null);
  }

  /** The area's positive outcomes over {@code context}'s months, as beside the tables. */
  MonthlyCounts positiveOutcomes(AreaContext context) {
    return MonthlyCounts.empty(context.coverage())
        .with(area(DashboardMeasure.POSITIVE_OUTCOMES, context.counts()));
  }

  /** The last month the dashboard covers at the area's level. */
  Month last() {
    return dashboard.months(level).last();
  }

  /** The area's dashboard categories, {@code Group/Subgroup} as published. */
  Set<String> categories() {
    return counts(areas, DashboardMeasure.OFFENCES, dashboard.months(level)).keySet();
  }

  /**
   * The area's counts of {@code measure}, with the months of {@code over} it does not cover null.
   */
  Map<String, SortedMap<Month, Long>> area(DashboardMeasure measure, MonthlyCounts over) {
    return counts(areas, measure, months(over));
  }

  /** London's offences over the months of {@code over}, as {@link #area}. */
  Map<String, SortedMap<Month, Long>> london(MonthlyCounts over) {
    return counts(london, DashboardMeasure.OFFENCES, months(over));
  }

  /** The counts and their comparator with the dashboard's categories beside the tables'. */
  SpanSource onto(SpanSource s) {
    return new SpanSource(
        s.counts().with(area(DashboardMeasure.OFFENCES, s.counts())),
        s.comparator().with(london(s.comparator())),
        s.origin(),
        s.splice());
  }

  private static SortedSet<Month> months(MonthlyCounts over) {
    return new java.util.TreeSet<>(over.coverage().first().through(over.coverage().last()));
  }

  private Map<String, SortedMap<Month, Long>> counts(
      Set<String> codes, DashboardMeasure measure, SortedSet<Month> months) {
    Map<String, SortedMap<Month, Long>> out = new HashMap<>();
    Level at = codes == london ? Level.BOROUGH : level;
    SortedSet<Month> covered = dashboard.months(at);
    dashboard
        .counts(at, codes, measure)
        .forEach(
            (category, byMonth) -> {
              SortedMap<Month, Long> row = new TreeMap<>();
              for (Month m : months) {
                row.put(m, covered.contains(m) ? byMonth.getOrDefault(m, 0L) : null);
              }
              out.put(category, row);
            });
    return out;
  }
}
