package saferstats.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import saferstats.model.Month;
import saferstats.model.Window;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsLayout.Level;

/**
 * A borough's wards as the MPS Monthly Crime Dashboard's Safer Neighbourhood Team rows count them
 * (SPEC 1.4b), for the priorities the dashboard measures: the MPS ward tables hold no domestic
 * abuse, hate crime or knife crime. A priority's subgroup is counted alone, never with its group's
 * other subgroups (they overlap); each key's newest refresh is the one read ({@link DashboardData}
 * merged them). Absence follows the dashboard's own rule: it publishes no zero rows, so in a month
 * the borough's SNT rows cover a ward with no row of the subgroup counts 0; a month they do not
 * cover is missing, never 0.
 */
final class DashboardWards {
  /** Ward codes as ONS gives them; the dashboard's rows without a code are in no ward. */
  private static final String WARD_CODE = "E05\\d{6}";

  private final DashboardData dashboard;
  private final String borough;
  private final Map<String, DashboardData.Area> wards;
  private final SortedSet<Month> months;
  private final Set<String> categories;

  private DashboardWards(
      DashboardData dashboard,
      String borough,
      Map<String, DashboardData.Area> wards,
      SortedSet<Month> months,
      Set<String> categories) {
    this.dashboard = dashboard;
    this.borough = borough;
    this.wards = wards;
    this.months = months;
    this.categories = categories;
  }

  /**
   * The borough's SNT rows, for the dashboard's {@code categories} ({@code Group/Subgroup} as the
   * area's priorities name them); empty when the dashboard has no SNT row for the borough.
   */
  static Optional<DashboardWards> of(
      DashboardData dashboard, String borough, Set<String> categories) {
    if (dashboard == null || dashboard.isEmpty() || categories.isEmpty()) {
      return Optional.empty();
    }
    Map<String, DashboardData.Area> wards = new HashMap<>();
    dashboard
        .wards(borough)
        .forEach(
            (code, a) -> {
              if (code.matches(WARD_CODE)) {
                wards.put(code, a);
              }
            });
    return wards.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new DashboardWards(
                dashboard, borough, wards, dashboard.wardMonths(borough), Set.copyOf(categories)));
  }

  /** The dashboard's categories among {@code chosen}: the ones these wards count. */
  Set<String> among(Set<String> chosen) {
    return chosen.stream()
        .filter(categories::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The borough as the area was asked for. */
  String borough() {
    return borough;
  }

  /** Whether the borough's SNT rows cover month {@code m}. */
  boolean covers(Month m) {
    return months.contains(m);
  }

  /** The ward's name as most of its rows give it. */
  String name(String code) {
    return wards.get(code).name();
  }

  /**
   * Each ward's offences of {@code chosen} over the months of {@code window} the SNT rows cover
   * (every covered month when null), 0 for a ward with no row in them.
   */
  Map<String, Long> counts(Set<String> chosen, Window window) {
    Set<Month> over =
        window == null
            ? months
            : window.months().stream().filter(this::covers).collect(Collectors.toSet());
    Map<String, Long> out = new HashMap<>();
    for (String category : chosen) {
      dashboard
          .byArea(Level.WARD, wards.keySet(), category, DashboardMeasure.OFFENCES, over)
          .forEach((code, n) -> out.merge(code, n, Long::sum));
    }
    return out;
  }

  /** The note saying where the ward counts come from and how a ward with no row is read. */
  String source(Set<String> chosen) {
    return "Wards counted from the MPS Monthly Crime Dashboard's Safer Neighbourhood Team rows for "
        + borough
        + ": "
        + String.join(", ", chosen)
        + " (the subgroup the priority maps to, alone: a group's subgroups overlap, so they are"
        + " never added up; where a later refresh gives a key, it replaces the earlier). The"
        + " dashboard publishes no zero rows, so in a month its SNT rows for "
        + borough
        + " cover ("
        + Month.ranges(List.copyOf(months))
        + ") a ward with no row counts 0; a month they do not cover is missing, not 0.";
  }
}
