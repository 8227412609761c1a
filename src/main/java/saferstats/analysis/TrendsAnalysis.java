package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import saferstats.load.AreaContext;
import saferstats.load.CompareInput;
import saferstats.load.MonthlyCounts;
import saferstats.load.SeriesSpan;
import saferstats.model.InputKind;
import saferstats.model.WindowSet;
import saferstats.priorities.KnownCategories;
import saferstats.priorities.PoliceActivity;
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
      OutcomeShares outcomes,
      CompareInput compare,
      AreaHarm harm) {
    List<PriorityTrend> trends = new ArrayList<>();
    KnownBreaks breaks = KnownBreaks.shipped();
    PoliceActivity activity = PoliceActivity.shipped();
    // All crime is the same for every priority: summed once, for the rates and the
    // resident-denominator flag.
    Long allCrime = population == null ? null : allCrimeCurrent12(area);
    for (ResolvedPriority p : set.measurable()) {
      trends.add(
          trend(p, source, area, population, allCrime, outcomes, breaks, compare, harm, activity));
    }
    return trends;
  }

  /**
   * The priority's series over one span, from that span's source: the sum over the source
   * categories it takes, where a category's missing month makes the priority's month missing.
   */
  private static MonthlySeries series(AreaContext area, SeriesSpan span, ResolvedPriority p) {
    return new MonthlySeries(area.at(span).counts(), p.categories());
  }

  static PriorityTrend trend(
      ResolvedPriority p,
      InputKind source,
      AreaContext area,
      AreaPopulation population,
      Long allCrime,
      OutcomeShares outcomes,
      KnownBreaks breaks,
      CompareInput compare,
      AreaHarm harm,
      PoliceActivity activity) {
    WindowSet w = area.windows();
    // Each comparison and the trend read their own span, so each comes from one MPS release
    // where one covers it (SPEC 1.4); for other sources every span is the same series.
    MonthlySeries twelveMonths = series(area, SeriesSpan.TWELVE, p);
    MonthlySeries quarters = series(area, SeriesSpan.QUARTER, p);
    MonthlySeries years = series(area, SeriesSpan.FYTD, p);
    MonthlySeries series = series(area, SeriesSpan.TREND, p);
    WindowFigures figures =
        new WindowFigures(
            PairFigures.of(twelveMonths, w.twelve()),
            PairFigures.of(quarters, w.quarter()),
            PairFigures.of(years, w.fytd()));
    PairFigures twelve = figures.twelve();
    // Steps are found on the one-phase chart; the chart shown is recalculated in phases from
    // them and from known breaks (SPEC 4.6).
    ControlFigures oneChart = Statistics.control(series, area);
    ControlFigures control =
        Statistics.control(
            series,
            area,
            ControlPhases.of(series, area.end(), oneChart, source, p.categories(), breaks));
    ComparatorFigures comparator = comparator(p, area, twelve, compare);
    UnlocatedFigures unlocated = Unlocated.of(p, area, twelve);
    // The tables' splice is theirs alone: a priority read only from the dashboard's subgroups (one
    // file, refreshes replaced per key) is no splice of releases.
    List<String> splices =
        fromDashboardOnly(p)
            ? new ArrayList<>()
            : new ArrayList<>(area.splicedSpans().stream().map(SeriesSpan::id).toList());
    if (comparator != null && compare != null && compare.splice() != null) {
      splices.add(PriorityTrend.COMPARATOR_SPLICE);
    }
    Cautions cautions =
        CautionFinder.of(
            twelveMonths, area.end(), figures, oneChart, source, p.categories(), breaks, splices);
    return new PriorityTrend(
        p.name(),
        source,
        p.group(),
        true,
        p.approximate(),
        p.note(),
        series.monthly(area.end()),
        figures,
        population == null ? null : population.rate(twelve.now().count(), allCrime),
        Statistics.significance(series, twelve),
        Statistics.significance(quarters, figures.quarter()),
        Statistics.trend(series, area),
        control,
        comparator,
        flags(
            area,
            comparator,
            unlocated,
            population != null && population.residentDenominator(allCrime),
            Statistics.withheld(series, area),
            cautions,
            figures,
            PoliceActivityShare.dominant(area, p, source, activity)),
        cautions,
        unlocated,
        outcomes == null ? null : outcomes.figures(p, w.twelve().now()),
        harm == null ? null : harm.figures(p, source, twelve.now()));
  }

  /** Another force's totals when {@code --compare} gives them, else the area's own force's. */
  private static ComparatorFigures comparator(
      ResolvedPriority p, AreaContext area, PairFigures twelve, CompareInput compare) {
    if (compare != null) {
      return Comparators.of(compare, p, area, twelve);
    }
    return area.comparatorName() == null
        ? null
        : Comparators.of(area.comparatorName(), p, area.at(SeriesSpan.TWELVE), twelve);
  }

  /**
   * Every crime of the area over the current 12 months, from the 12-month span's source; null when
   * a month of it is missing.
   */
  public static Long allCrimeCurrent12(AreaContext area) {
    MonthlyCounts counts = area.at(SeriesSpan.TWELVE).counts();
    return new MonthlySeries(counts, counts.categories())
        .window(area.windows().twelve().now())
        .count();
  }

  private static boolean fromDashboardOnly(ResolvedPriority p) {
    return !p.categories().isEmpty()
        && p.categories().stream().allMatch(KnownCategories::isDashboard);
  }

  private static List<String> flags(
      AreaContext area,
      ComparatorFigures comparator,
      UnlocatedFigures unlocated,
      boolean residentDenominator,
      List<String> withheld,
      Cautions cautions,
      WindowFigures figures,
      boolean policeActivity) {
    List<String> flags = new ArrayList<>(withheld);
    if (!cautions.abruptMonths().isEmpty()) {
      flags.add(PriorityTrend.ABRUPT_MONTH);
    }
    if (cautions.step() != null) {
      flags.add(PriorityTrend.STEP);
    }
    if (!cautions.knownBreaks().isEmpty()) {
      flags.add(PriorityTrend.KNOWN_BREAK);
    }
    if (!cautions.splices().isEmpty()) {
      flags.add(PriorityTrend.RELEASE_SPLICE);
    }
    if (residentDenominator) {
      flags.add(PriorityTrend.RESIDENT_DENOMINATOR);
    }
    if (comparator != null && comparator.tooSmall()) {
      flags.add(PriorityTrend.COMPARATOR_TOO_SMALL);
    }
    if (unlocated != null && unlocated.shareChanged()) {
      flags.add(PriorityTrend.UNLOCATED_SHARE_CHANGED);
    }
    if (policeActivity) {
      flags.add(PriorityTrend.POLICE_ACTIVITY);
    }
    for (PairFigures pair : figures.pairs()) {
      Comparison c = pair.comparison();
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
