package saferstats.analysis;

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

  static ControlFigures control(MonthlySeries series, AreaContext area) {
    Span span = Span.of(series.monthly(area.end()));
    List<MonthCount> months = span.withData();
    if (months.size() < MIN_CONTROL_MONTHS || !span.hasConsecutiveMonths()) {
      return null;
    }
    ControlChart.Result c = ControlChart.xmr(span.positions(), span.values());
    List<ControlFigures.Signal> signals =
        c.signals().stream()
            .map(
                s ->
                    new ControlFigures.Signal(
                        s.rule(),
                        Arrays.stream(s.indices()).mapToObj(i -> months.get(i).month()).toList()))
            .toList();
    return new ControlFigures(
        months.size(), span.of(), span.missing(), c.mean(), c.lcl(), c.ucl(), signals);
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
