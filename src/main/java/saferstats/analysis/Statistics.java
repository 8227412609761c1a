package saferstats.analysis;

import java.util.Arrays;
import java.util.List;
import saferstats.model.Month;
import saferstats.stats.ControlChart;
import saferstats.stats.ExactPoissonTest;
import saferstats.stats.MannKendall;
import saferstats.stats.SenSlope;

/**
 * The statistics of SPEC 4.2 for one priority's series, computed by the pure functions of {@code
 * saferstats.stats}; null where they cannot be (an incomplete window; fewer than 12 months).
 */
final class Statistics {
  /** Trend tests need at least a year of months with data. */
  static final int MIN_TREND_MONTHS = 12;

  private Statistics() {}

  static SignificanceFigures significance(WindowCount current, WindowCount previous) {
    if (!current.complete() || !previous.complete()) {
      return null;
    }
    ExactPoissonTest.Result r = ExactPoissonTest.compare(current.count(), previous.count());
    return new SignificanceFigures(SignificanceFigures.TEST, r.p(), r.label());
  }

  static TrendFigures trend(MonthlySeries series, AreaContext area) {
    List<MonthCount> months = withData(series, area);
    if (months.size() < MIN_TREND_MONTHS) {
      return null;
    }
    double[] x = values(months);
    MannKendall.Result mk = MannKendall.test(x);
    return new TrendFigures(
        TrendFigures.TEST, mk.n(), mk.s(), mk.tau(), mk.p(), SenSlope.of(x), mk.direction());
  }

  static ControlFigures control(MonthlySeries series, AreaContext area) {
    List<MonthCount> months = withData(series, area);
    if (months.size() < MIN_TREND_MONTHS) {
      return null;
    }
    ControlChart.Result c = ControlChart.xmr(values(months));
    List<ControlFigures.Signal> signals =
        c.signals().stream()
            .map(
                s ->
                    new ControlFigures.Signal(
                        s.rule(),
                        Arrays.stream(s.indices()).mapToObj(i -> months.get(i).month()).toList()))
            .toList();
    return new ControlFigures(c.mean(), c.lcl(), c.ucl(), signals);
  }

  /** The last 36 months to the end month, leaving out months with no data. */
  private static List<MonthCount> withData(MonthlySeries series, AreaContext area) {
    return series.monthly(area.end()).stream().filter(m -> m.count() != null).toList();
  }

  private static double[] values(List<MonthCount> months) {
    return months.stream().mapToDouble(m -> m.count().doubleValue()).toArray();
  }

  static List<Month> months(List<MonthCount> m) {
    return m.stream().map(MonthCount::month).toList();
  }
}
