package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import saferstats.load.SeriesSpan;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.Window;

/**
 * One category's monthly counts read against the force's coverage: a covered month with no rows is
 * a true zero, a month with no data is null.
 */
public final class MonthlySeries {
  /** How far back the monthly list reaches (SPEC 4.2: trends use the last 36 months). */
  public static final int MONTHS_SHOWN = SeriesSpan.TREND_MONTHS;

  private final Map<Month, Long> counts;
  private final ForceCoverage coverage;

  public MonthlySeries(Map<Month, Long> counts, ForceCoverage coverage) {
    this.counts = counts;
    this.coverage = coverage;
  }

  public Long count(Month m) {
    return coverage.covers(m) ? counts.getOrDefault(m, 0L) : null;
  }

  public WindowCount window(Window w) {
    long sum = 0;
    List<Month> missing = new ArrayList<>();
    for (Month m : w.months()) {
      Long c = count(m);
      if (c == null) {
        missing.add(m);
      } else {
        sum += c;
      }
    }
    return new WindowCount(w.label(), w.from(), w.to(), missing.isEmpty() ? sum : null, missing);
  }

  /** The last {@link #MONTHS_SHOWN} months to {@code end}, from the first month with data. */
  public List<MonthCount> monthly(Month end) {
    Month from = end.minus(MONTHS_SHOWN - 1);
    if (from.isBefore(coverage.first())) {
      from = coverage.first();
    }
    return from.through(end).stream().map(m -> new MonthCount(m, count(m))).toList();
  }
}
