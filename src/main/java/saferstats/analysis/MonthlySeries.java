package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import saferstats.load.MonthlyCounts;
import saferstats.load.SeriesSpan;
import saferstats.model.Month;
import saferstats.model.Window;

/**
 * The monthly sum of some categories of {@link MonthlyCounts} (a priority's, or all of them): a
 * covered month with no rows is a true zero, a month with no data is null.
 */
public final class MonthlySeries {
  /** How far back the monthly list reaches (SPEC 4.2: trends use the last 36 months). */
  public static final int MONTHS_SHOWN = SeriesSpan.TREND_MONTHS;

  private final MonthlyCounts counts;
  private final Collection<String> categories;

  public MonthlySeries(MonthlyCounts counts, Collection<String> categories) {
    this.counts = counts;
    this.categories = categories;
  }

  public Long count(Month m) {
    return counts.count(categories, m);
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
    if (from.isBefore(counts.coverage().first())) {
      from = counts.coverage().first();
    }
    return from.through(end).stream().map(m -> new MonthCount(m, count(m))).toList();
  }
}
