package saferstats.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import saferstats.load.AreaContext;
import saferstats.load.SeriesSpan;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.stats.ControlChart;
import saferstats.stats.MannKendall;
import saferstats.stats.QuasiPoissonTest;
import saferstats.stats.SenSlope;

/**
 * The statistics of SPEC 4.2 for one priority's series, computed by the pure functions of {@code
 * saferstats.stats}; null where they cannot be (an incomplete window; too few months with data).
 * Months keep their true places in time, so a gap is never squeezed out.
 */
final class Statistics {
  /** The trend is withheld under this many months with data in the last 36 (SPEC 4.2). */
  static final int MIN_TREND_MONTHS = 24;

  /** The control chart is withheld under this many months with data in the last 36. */
  static final int MIN_CONTROL_MONTHS = 12;

  /**
   * How the series statistics treat gaps and short series, for the notes of every report: over how
   * many of the last 36 months they ran, and which months are missing (SPEC 4.5 "Short series").
   */
  static String note(AreaContext area) {
    List<Month> months = SeriesSpan.TREND.months(area.windows());
    ForceCoverage coverage = area.at(SeriesSpan.TREND).coverage();
    List<Month> missing = months.stream().filter(m -> !coverage.covers(m)).toList();
    String over =
        missing.isEmpty()
            ? "the last " + months.size() + " months"
            : (months.size() - missing.size())
                + " of the last "
                + months.size()
                + " months ("
                + Month.ranges(missing)
                + " missing)";
    return "Trend and control chart run over "
        + over
        + "; missing months are left out (never"
        + " zero) and no slope, moving range or run reaches across them. The trend is withheld"
        + " under "
        + MIN_TREND_MONTHS
        + " months with data, the control chart under "
        + MIN_CONTROL_MONTHS
        + " (flag "
        + PriorityTrend.SHORT_SERIES
        + "). Significance is the exact Poisson test, or the quasi-Poisson test when the 24"
        + " months vary more than Poisson counts do (dispersion above 1).";
  }

  private Statistics() {}

  /** The test of a comparison's two windows, their monthly counts from {@code series}. */
  static SignificanceFigures significance(MonthlySeries series, PairFigures pair) {
    WindowCount current = pair.now();
    WindowCount previous = pair.yearEarlier();
    if (!current.complete() || !previous.complete()) {
      return null;
    }
    QuasiPoissonTest.Result r =
        QuasiPoissonTest.compare(counts(series, current), counts(series, previous));
    return new SignificanceFigures(r.test(), r.p(), r.exactP(), r.dispersion(), r.significance());
  }

  static TrendFigures trend(MonthlySeries series, AreaContext area) {
    Span span = Span.of(series.monthly(area.end()));
    if (span.withData().size() < MIN_TREND_MONTHS) {
      return null;
    }
    double[] x = span.values();
    MannKendall.Result mk = MannKendall.test(x);
    return new TrendFigures(
        TrendFigures.TEST,
        mk.n(),
        span.of(),
        span.missing(),
        mk.s(),
        mk.tau(),
        mk.p(),
        SenSlope.of(span.positions(), x),
        mk.direction());
  }

  /**
   * The one-phase chart over the trend months: where steps are found before any re-phasing (SPEC
   * 4.6).
   */
  static ControlFigures control(MonthlySeries series, AreaContext area) {
    return control(series, area, List.of());
  }

  /**
   * The chart recalculated in phases, one starting at each of {@code starts} that falls after the
   * first month with data; a phase under 12 months with data has no limits of its own.
   */
  static ControlFigures control(
      MonthlySeries series, AreaContext area, List<ControlPhases.Start> starts) {
    Span span = Span.of(series.monthly(area.end()));
    List<MonthCount> months = span.withData();
    if (months.size() < MIN_CONTROL_MONTHS || !span.hasConsecutiveMonths()) {
      return null;
    }
    // Each start becomes the index of its first month with data; one at index 0 is the chart's own.
    List<ControlPhases.Start> kept = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (ControlPhases.Start st : starts) {
      int i = firstFrom(months, st.month());
      if (i > 0 && !indices.contains(i)) {
        indices.add(i);
        kept.add(st);
      }
    }
    List<ControlChart.Phase> phases =
        ControlChart.phases(
            span.positions(),
            span.values(),
            indices.stream().mapToInt(Integer::intValue).toArray(),
            MIN_CONTROL_MONTHS);
    List<ControlFigures.Phase> figures = new ArrayList<>();
    for (ControlChart.Phase ph : phases) {
      String reason =
          ph.from() == 0 ? ControlFigures.START : kept.get(indices.indexOf(ph.from())).reason();
      figures.add(
          new ControlFigures.Phase(
              months.get(ph.from()).month(),
              months.get(ph.to() - 1).month(),
              ph.to() - ph.from(),
              ph.mean(),
              ph.lcl(),
              ph.ucl(),
              reason));
    }
    List<ControlFigures.Signal> signals = new ArrayList<>();
    for (int rule = 1; rule <= 3; rule++) {
      int r = rule;
      List<Month> flagged =
          phases.stream()
              .flatMap(ph -> ph.signals().stream())
              .filter(sg -> sg.rule() == r)
              .flatMapToInt(sg -> Arrays.stream(sg.indices()))
              .sorted()
              .mapToObj(i -> months.get(i).month())
              .toList();
      if (!flagged.isEmpty()) {
        signals.add(new ControlFigures.Signal(rule, flagged));
      }
    }
    ControlFigures.Phase latest = figures.get(figures.size() - 1);
    return new ControlFigures(
        months.size(),
        span.of(),
        span.missing(),
        latest.mean(),
        latest.lcl(),
        latest.ucl(),
        signals,
        ControlFigures.LatestSignal.of(signals),
        figures);
  }

  /** The index of the first month with data at or after {@code m}, or -1 when none is. */
  private static int firstFrom(List<MonthCount> months, Month m) {
    for (int i = 0; i < months.size(); i++) {
      if (!months.get(i).month().isBefore(m)) {
        return i;
      }
    }
    return -1;
  }

  /** Flags for statistics withheld on a short series, so their absence carries its reason. */
  static List<String> withheld(MonthlySeries series, AreaContext area) {
    int n = Span.of(series.monthly(area.end())).withData().size();
    return n < MIN_TREND_MONTHS ? List.of(PriorityTrend.SHORT_SERIES) : List.of();
  }

  /** The monthly counts of a complete window, in month order. */
  private static long[] counts(MonthlySeries series, WindowCount w) {
    return w.from().through(w.to()).stream().mapToLong(series::count).toArray();
  }

  static List<Month> months(List<MonthCount> m) {
    return m.stream().map(MonthCount::month).toList();
  }

  /** The months shown, split into those with data (with their places in time) and those missing. */
  private record Span(List<MonthCount> withData, int of, List<Month> missing) {
    static Span of(List<MonthCount> shown) {
      return new Span(
          shown.stream().filter(m -> m.count() != null).toList(),
          shown.size(),
          shown.stream().filter(m -> m.count() == null).map(MonthCount::month).toList());
    }

    double[] values() {
      return withData.stream().mapToDouble(m -> m.count().doubleValue()).toArray();
    }

    int[] positions() {
      return withData.stream().mapToInt(m -> m.month().index()).toArray();
    }

    boolean hasConsecutiveMonths() {
      int[] t = positions();
      for (int i = 1; i < t.length; i++) {
        if (t[i] - t[i - 1] == 1) {
          return true;
        }
      }
      return false;
    }
  }
}
